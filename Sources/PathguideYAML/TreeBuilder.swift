import CYAML

/// Folds libyaml's event stream into a `YAMLTree` and enforces the limits.
///
/// Finished nodes wait in one flat `pending` stack of indices until their container closes; the
/// container then moves its children's indices into the tree's `children` in one go. Nothing is
/// allocated per node: records, child indices and scalar bytes each grow in one array.
struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var start: yaml_mark_t
        var tag: Int
        var anchor: String?
        /// Index in `pending` of this container's first child.
        var firstChild: Int
        /// `nodeCount` before this container, to size its subtree for aliases.
        var nodeCountBefore: Int
    }

    private struct Anchored {
        var node: Int
        /// Nodes in the subtree, aliases expanded; what each alias to it costs.
        var nodeCount: Int
    }

    let limits: YAMLLimits
    private var records: [YAMLTree.Record] = []
    private var children: [Int] = []
    /// Scalars' text: the first `used` bytes, sized ahead so that each scalar is one copy.
    private var bytes: [UInt8]
    private var used = 0
    private var tags: [String] = []
    private var documents: [Int] = []
    private var pending: [Int] = []
    private var frames: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var origins: [Int: Int] = [:]
    private var uses: [Int: [Int]] = [:]
    private var nodeCount = 0

    init(limits: YAMLLimits, inputSize: Int) {
        self.limits = limits
        // Scalars' text is about as long as the input; nodes run about one per 20 bytes.
        bytes = [UInt8](repeating: 0, count: inputSize)
        records.reserveCapacity(inputSize / 16)
        children.reserveCapacity(inputSize / 16)
        pending.reserveCapacity(64)
    }

    /// The nodes of every document consumed so far.
    consuming func finish() -> YAMLTree {
        bytes.removeLast(bytes.count - used)
        return YAMLTree(records: records, children: children, bytes: bytes, tags: tags, documents: documents,
                        origins: origins, uses: uses)
    }

    mutating func consume(_ event: UnsafePointer<yaml_event_t>) throws(YAMLError) {
        // Fields are read through the pointer: the event is large, and most of it is a union.
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            try scalar(event)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close(at: event.pointee.end_mark)
        case YAML_MAPPING_START_EVENT:
            try open(isMapping: true, at: event.pointee.start_mark,
                     tag: event.pointee.data.mapping_start.tag, anchor: event.pointee.data.mapping_start.anchor)
        case YAML_SEQUENCE_START_EVENT:
            try open(isMapping: false, at: event.pointee.start_mark,
                     tag: event.pointee.data.sequence_start.tag, anchor: event.pointee.data.sequence_start.anchor)
        case YAML_DOCUMENT_START_EVENT:
            // Anchors are scoped to their document.
            anchors.removeAll(keepingCapacity: true)
            pending.removeAll(keepingCapacity: true)
        case YAML_DOCUMENT_END_EVENT:
            if let root = pending.popLast() { documents.append(root) }
        case YAML_ALIAS_EVENT:
            let start = event.pointee.start_mark
            let name = event.pointee.data.alias.anchor.map { String(cString: $0) } ?? ""
            guard let anchored = anchors[name] else {
                throw YAMLError(kind: .undefinedAlias, message: "undefined alias '\(name)'", mark: YAMLMark(start))
            }
            try count(anchored.nodeCount, at: start)
            var record = records[anchored.node]
            record.sharing = .alias
            let alias = append(record, start: start, end: event.pointee.end_mark)
            records[anchored.node].sharing = .anchored
            origins[alias] = anchored.node
            uses[anchored.node, default: []].append(alias)
            pending.append(alias)
        default:
            break
        }
    }

    private mutating func scalar(_ event: UnsafePointer<yaml_event_t>) throws(YAMLError) {
        try count(1, at: event.pointee.start_mark)
        let length = event.pointee.data.scalar.length
        let offset = used
        var high: UInt8 = 0
        if length > 0, let value = event.pointee.data.scalar.value {
            let text = UnsafeBufferPointer(start: value, count: length)
            for byte in text { high |= byte }
            if used + length > bytes.count {
                // Escapes such as \L write more bytes than they take in the input.
                bytes.append(contentsOf: repeatElement(0, count: max(length, bytes.count)))
            }
            bytes.withUnsafeMutableBufferPointer { all in
                (all.baseAddress! + offset).update(from: value, count: length)
            }
            used += length
        }
        let node = append(YAMLTree.Record(
            kind: .scalar, style: Self.style(event.pointee.data.scalar.style), ascii: high < 0x80,
            tag: tag(event.pointee.data.scalar.tag),
            startLine: 0, startColumn: 0, endLine: 0, endColumn: 0, first: offset, count: length),
            start: event.pointee.start_mark, end: event.pointee.end_mark)
        if let anchor = event.pointee.data.scalar.anchor {
            anchors[String(cString: anchor)] = Anchored(node: node, nodeCount: 1)
        }
        pending.append(node)
    }

    private mutating func append(_ record: YAMLTree.Record, start: yaml_mark_t, end: yaml_mark_t) -> Int {
        var record = record
        record.startLine = Int(truncatingIfNeeded: start.line) + 1
        record.startColumn = Int(truncatingIfNeeded: start.column) + 1
        record.endLine = Int(truncatingIfNeeded: end.line) + 1
        record.endColumn = Int(truncatingIfNeeded: end.column) + 1
        records.append(record)
        return records.count - 1
    }

    private mutating func open(
        isMapping: Bool, at start: yaml_mark_t,
        tag: UnsafeMutablePointer<yaml_char_t>?, anchor: UnsafeMutablePointer<yaml_char_t>?
    ) throws(YAMLError) {
        guard frames.count < limits.maxDepth else {
            throw YAMLError(
                kind: .tooDeep,
                message: "sequences and mappings nest deeper than \(limits.maxDepth) levels", mark: YAMLMark(start))
        }
        let before = nodeCount
        try count(1, at: start)
        frames.append(Frame(
            isMapping: isMapping, start: start, tag: self.tag(tag), anchor: anchor.map { String(cString: $0) },
            firstChild: pending.count, nodeCountBefore: before))
    }

    private mutating func close(at end: yaml_mark_t) {
        // libyaml only emits balanced events, so an empty stack means a bug upstream; ignore rather than trap.
        guard let frame = frames.popLast() else { return }
        if frame.isMapping { mergeKeys(from: frame.firstChild) }
        let first = children.count
        let count = pending.count - frame.firstChild
        children.append(contentsOf: pending[frame.firstChild..<pending.count])
        pending.removeLast(count)
        let node = append(YAMLTree.Record(
            kind: frame.isMapping ? .mapping : .sequence, style: .plain, ascii: true, tag: frame.tag,
            startLine: 0, startColumn: 0, endLine: 0, endColumn: 0, first: first, count: count),
            start: frame.start, end: end)
        if let anchor = frame.anchor {
            anchors[anchor] = Anchored(node: node, nodeCount: nodeCount - frame.nodeCountBefore)
        }
        pending.append(node)
    }

    /// Replaces each merge key (`<<: *base`, or `<<: [*a, *b]`, YAML 1.1's merge) among the pairs
    /// pending from `start` with the pairs of the mappings it names, the way most YAML readers do:
    /// a key written in the mapping itself wins over a merged one, and an earlier mapping in the
    /// list wins over a later one. Merged pairs are the named mapping's own nodes, so they keep the
    /// positions where they are written, and cost nothing: the alias already counted them.
    /// A `<<` whose value is not a mapping or a list of mappings stays, for the reader to report.
    private mutating func mergeKeys(from start: Int) {
        var sources: [Int: [Int]] = [:]
        var i = start
        while i + 1 < pending.count {
            if isMergeKey(pending[i]) {
                let value = records[pending[i + 1]]
                if value.kind == .mapping {
                    sources[i] = [pending[i + 1]]
                } else if value.kind == .sequence {
                    let items = Array(children[value.first..<value.first + value.count])
                    if !items.isEmpty, items.allSatisfy({ records[$0].kind == .mapping }) { sources[i] = items }
                }
            }
            i += 2
        }
        guard !sources.isEmpty else { return }
        var seen = Set<ArraySlice<UInt8>>()
        i = start
        while i + 1 < pending.count {
            if sources[i] == nil, let key = scalarText(pending[i]) { seen.insert(key) }
            i += 2
        }
        var pairs: [Int] = []
        i = start
        while i + 1 < pending.count {
            if let mappings = sources[i] {
                for mapping in mappings {
                    let record = records[mapping]
                    var j = record.first
                    while j + 1 < record.first + record.count {
                        let key = children[j]
                        if let text = scalarText(key) {
                            if seen.insert(text).inserted { pairs += [key, children[j + 1]] }
                        } else {
                            pairs += [key, children[j + 1]]
                        }
                        j += 2
                    }
                }
            } else {
                pairs += [pending[i], pending[i + 1]]
            }
            i += 2
        }
        pending.replaceSubrange(start..<pending.count, with: pairs)
    }

    private func isMergeKey(_ node: Int) -> Bool {
        let record = records[node]
        guard record.kind == .scalar, record.count == 2,
              bytes[record.first] == UInt8(ascii: "<"), bytes[record.first + 1] == UInt8(ascii: "<") else { return false }
        if record.tag >= 0 { return tags[record.tag] == "tag:yaml.org,2002:merge" }
        return record.style == .plain
    }

    private func scalarText(_ node: Int) -> ArraySlice<UInt8>? {
        let record = records[node]
        guard record.kind == .scalar else { return nil }
        return bytes[record.first..<record.first + record.count]
    }

    private mutating func count(_ added: Int, at mark: yaml_mark_t) throws(YAMLError) {
        let (sum, overflow) = nodeCount.addingReportingOverflow(added)
        nodeCount = overflow ? Int.max : sum
        if nodeCount > limits.maxNodes {
            throw YAMLError(
                kind: .tooManyNodes,
                message: "more than \(limits.maxNodes) nodes once aliases are expanded", mark: YAMLMark(mark))
        }
    }

    private mutating func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> Int {
        guard let pointer else { return -1 }
        tags.append(String(cString: pointer))
        return tags.count - 1
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
