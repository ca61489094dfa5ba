import CYAML

/// Folds libyaml's event stream into positioned nodes and enforces the limits.
///
/// Finished nodes wait in one flat `pending` array until their container
/// closes; the container then takes its children as a single exactly-sized
/// array. That keeps allocation to one array per container no matter how the
/// document is shaped, which matters for keeping up with libyaml itself.
struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var start: YAMLMark
        var tag: String?
        var anchor: String?
        /// Index in `pending` of this container's first child.
        var firstChild: Int
        /// `nodeCount` before this container, to size its subtree for aliases.
        var nodeCountBefore: Int
    }

    private struct Anchored {
        var node: YAMLNode
        /// Nodes in the subtree, aliases expanded; what each alias to it costs.
        var nodeCount: Int
    }

    let limits: YAMLLimits
    private(set) var documents: [YAMLNode] = []
    private var pending: [YAMLNode] = []
    private var frames: [Frame] = []
    private var anchors: [String: Anchored] = [:]
    private var nodeCount = 0

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    mutating func consume(_ event: UnsafePointer<yaml_event_t>) throws(YAMLError) {
        let e = event.pointee
        switch e.type {
        case YAML_DOCUMENT_START_EVENT:
            // Anchors are scoped to their document.
            anchors.removeAll(keepingCapacity: true)
            pending.removeAll(keepingCapacity: true)
        case YAML_DOCUMENT_END_EVENT:
            if let root = pending.popLast() { documents.append(root) }
        case YAML_SCALAR_EVENT:
            let data = e.data.scalar
            let start = YAMLMark(e.start_mark)
            try count(1, at: start)
            let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let node = YAMLNode(
                kind: .scalar(YAMLScalar(value: value, style: Self.style(data.style))),
                start: start, end: YAMLMark(e.end_mark), tag: Self.string(data.tag))
            if let anchor = Self.string(data.anchor) {
                anchors[anchor] = Anchored(node: node, nodeCount: 1)
            }
            pending.append(node)
        case YAML_SEQUENCE_START_EVENT:
            let data = e.data.sequence_start
            try open(isMapping: false, at: YAMLMark(e.start_mark), tag: data.tag, anchor: data.anchor)
        case YAML_MAPPING_START_EVENT:
            let data = e.data.mapping_start
            try open(isMapping: true, at: YAMLMark(e.start_mark), tag: data.tag, anchor: data.anchor)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close(at: YAMLMark(e.end_mark))
        case YAML_ALIAS_EVENT:
            let start = YAMLMark(e.start_mark)
            let name = Self.string(e.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                throw YAMLError(kind: .undefinedAlias, message: "undefined alias '\(name)'", mark: start)
            }
            try count(anchored.nodeCount, at: start)
            var node = anchored.node
            node.start = start
            node.end = YAMLMark(e.end_mark)
            pending.append(node)
        default:
            break
        }
    }

    private mutating func open(
        isMapping: Bool, at start: YAMLMark,
        tag: UnsafeMutablePointer<yaml_char_t>?, anchor: UnsafeMutablePointer<yaml_char_t>?
    ) throws(YAMLError) {
        guard frames.count < limits.maxDepth else {
            throw YAMLError(
                kind: .tooDeep,
                message: "sequences and mappings nest deeper than \(limits.maxDepth) levels", mark: start)
        }
        let before = nodeCount
        try count(1, at: start)
        frames.append(Frame(
            isMapping: isMapping, start: start, tag: Self.string(tag), anchor: Self.string(anchor),
            firstChild: pending.count, nodeCountBefore: before))
    }

    private mutating func close(at end: YAMLMark) {
        // libyaml only emits balanced events, so an empty stack means a bug upstream; ignore rather than trap.
        guard let frame = frames.popLast() else { return }
        let kind = frame.isMapping
            ? YAMLNode.Kind.mapping(pairs(from: frame.firstChild))
            : YAMLNode.Kind.sequence(Array(pending[frame.firstChild...]))
        // Only after the children are copied out: a live slice would make this copy all of `pending`.
        pending.removeSubrange(frame.firstChild...)
        let node = YAMLNode(kind: kind, start: frame.start, end: end, tag: frame.tag)
        if let anchor = frame.anchor {
            anchors[anchor] = Anchored(node: node, nodeCount: nodeCount - frame.nodeCountBefore)
        }
        pending.append(node)
    }

    private func pairs(from first: Int) -> [YAMLPair] {
        var pairs: [YAMLPair] = []
        pairs.reserveCapacity((pending.count - first) / 2)
        var i = first
        while i + 1 < pending.count {
            pairs.append(YAMLPair(key: pending[i], value: pending[i + 1]))
            i += 2
        }
        return pairs
    }

    private mutating func count(_ added: Int, at mark: YAMLMark) throws(YAMLError) {
        let (sum, overflow) = nodeCount.addingReportingOverflow(added)
        nodeCount = overflow ? Int.max : sum
        if nodeCount > limits.maxNodes {
            throw YAMLError(
                kind: .tooManyNodes,
                message: "more than \(limits.maxNodes) nodes once aliases are expanded", mark: mark)
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
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
