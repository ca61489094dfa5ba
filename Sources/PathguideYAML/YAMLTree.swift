/// A parsed YAML stream kept flat: one record per node, every scalar's text in one byte buffer.
///
/// Nodes are named by their index. A container's children are a run of indices (a mapping's are
/// key, value, key, value…), so reading a document allocates nothing per node and a scalar's
/// text becomes a `String` only when a reader asks for one. Aliases are already resolved: an
/// alias is a copy of the anchored node's record whose position is the alias's own, sharing the
/// anchored node's children and text. `origin(_:)` and `aliases(of:)` tell a reader which nodes
/// are one block written once, so that it can read the block once and report its problems once.
///
/// A class, so handing the tree around or keeping it in a reader costs one reference, not one
/// per array, and its arrays never change once built.
public final class YAMLTree: Sendable {
    /// What a node is.
    public enum Kind: UInt8, Sendable {
        case scalar, sequence, mapping
    }

    /// Whether a node is one block that aliases repeat.
    @usableFromInline
    enum Sharing: UInt8, Sendable {
        case none
        /// An anchored node that at least one alias repeats.
        case anchored
        /// An alias: a copy of an anchored node's record.
        case alias
    }

    @usableFromInline
    struct Record: Sendable {
        @usableFromInline var kind: Kind
        @usableFromInline var style: YAMLScalar.Style
        /// Whether a scalar's text is all ASCII (true for containers).
        @usableFromInline var ascii: Bool
        @usableFromInline var sharing: Sharing = .none
        /// Index in `tags`, or -1.
        @usableFromInline var tag: Int
        @usableFromInline var startLine: Int
        @usableFromInline var startColumn: Int
        @usableFromInline var endLine: Int
        @usableFromInline var endColumn: Int
        /// A scalar's text as an offset and length in `bytes`; a container's children as an
        /// offset and count in `children`.
        @usableFromInline var first: Int
        @usableFromInline var count: Int
    }

    @usableFromInline let records: [Record]
    @usableFromInline let children: [Int]
    @usableFromInline let bytes: [UInt8]
    @usableFromInline let tags: [String]
    /// The root node of each document, in stream order.
    public let documents: [Int]
    /// The anchored node each alias repeats, by alias.
    private let origins: [Int: Int]
    /// The aliases that repeat each anchored node, in document order.
    private let uses: [Int: [Int]]

    init(records: [Record] = [], children: [Int] = [], bytes: [UInt8] = [], tags: [String] = [], documents: [Int] = [],
         origins: [Int: Int] = [:], uses: [Int: [Int]] = [:]) {
        self.records = records
        self.children = children
        self.bytes = bytes
        self.tags = tags
        self.documents = documents
        self.origins = origins
        self.uses = uses
    }

    /// Whether any alias repeats a node.
    public var hasAliases: Bool { !origins.isEmpty }

    /// Whether `node` is an alias, or an anchored node that an alias repeats.
    @inlinable public func isShared(_ node: Int) -> Bool { records[node].sharing != .none }

    /// The anchored node an alias repeats; any other node itself. The two share children and
    /// text, and differ only in where they start and end.
    public func origin(_ node: Int) -> Int {
        records[node].sharing == .alias ? origins[node] ?? node : node
    }

    /// The aliases that repeat `node` (or the node it is an alias of), in document order.
    public func aliases(of node: Int) -> [Int] {
        uses[origin(node)] ?? []
    }

    @inlinable public func kind(_ node: Int) -> Kind { records[node].kind }

    @inlinable public func isScalar(_ node: Int) -> Bool { records[node].kind == .scalar }

    /// How a scalar was written; `.plain` for containers.
    @inlinable public func style(_ node: Int) -> YAMLScalar.Style { records[node].style }

    @inlinable public func hasTag(_ node: Int) -> Bool { records[node].tag >= 0 }

    /// The explicit tag as libyaml resolved it, or nil.
    @inlinable public func tag(_ node: Int) -> String? {
        let tag = records[node].tag
        return tag < 0 ? nil : tags[tag]
    }

    @inlinable public func start(_ node: Int) -> YAMLMark {
        let record = records[node]
        return YAMLMark(line: record.startLine, column: record.startColumn)
    }

    @inlinable public func end(_ node: Int) -> YAMLMark {
        let record = records[node]
        return YAMLMark(line: record.endLine, column: record.endColumn)
    }

    /// Items of a sequence, pairs of a mapping, 0 for a scalar.
    @inlinable public func count(_ node: Int) -> Int {
        let record = records[node]
        switch record.kind {
        case .scalar: return 0
        case .sequence: return record.count
        case .mapping: return record.count / 2
        }
    }

    /// The `i`-th item of a sequence.
    @inlinable public func item(_ node: Int, _ i: Int) -> Int { children[records[node].first + i] }

    /// The key of a mapping's `i`-th pair.
    @inlinable public func key(_ node: Int, _ i: Int) -> Int { children[records[node].first + 2 * i] }

    /// The value of a mapping's `i`-th pair.
    @inlinable public func value(_ node: Int, _ i: Int) -> Int { children[records[node].first + 2 * i + 1] }

    /// A scalar's text as UTF-8 (empty for containers), for the length of `body` only.
    @inlinable public func withUTF8<R>(_ node: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let record = records[node]
        guard record.kind == .scalar else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[record.first..<record.first + record.count]))
        }
    }

    /// A scalar's text; "" for containers.
    @inlinable public func string(_ node: Int) -> String {
        withUTF8(node) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether a scalar's text is exactly `text`, byte for byte.
    @inlinable public func scalar(_ node: Int, equals text: StaticString) -> Bool {
        let record = records[node]
        guard record.kind == .scalar, record.count == text.utf8CodeUnitCount else { return false }
        if record.count == 0 { return true }
        return bytes.withUnsafeBufferPointer { all in
            let base = all.baseAddress! + record.first
            let other = text.utf8Start
            for i in 0..<record.count where base[i] != other[i] { return false }
            return true
        }
    }

    /// Whether two scalars have the same text, compared the way `String` compares (canonical
    /// equivalence), with equal bytes as the fast path.
    public func scalar(_ a: Int, equals b: Int) -> Bool {
        let ra = records[a], rb = records[b]
        guard ra.kind == .scalar, rb.kind == .scalar else { return false }
        let sameBytes = ra.count == rb.count && (ra.count == 0 || bytes.withUnsafeBufferPointer { all in
            let pa = all.baseAddress! + ra.first, pb = all.baseAddress! + rb.first
            for i in 0..<ra.count where pa[i] != pb[i] { return false }
            return true
        })
        if sameBytes { return true }
        // Different bytes can still be the same text when either holds non-ASCII: é as one
        // scalar or as e and an accent, or the Kelvin sign, which is K.
        guard !(ra.ascii && rb.ascii) else { return false }
        return string(a) == string(b)
    }

    /// Whether a scalar's text is all ASCII (true for containers).
    @inlinable public func isASCII(_ node: Int) -> Bool { records[node].ascii }

    /// The node as a self-contained `YAMLNode` tree.
    public func node(_ node: Int) -> YAMLNode {
        var converted = [YAMLNode?](repeating: nil, count: records.count)
        return convert(node, &converted)
    }

    /// Every document as a `YAMLNode` tree; nodes reached twice (through aliases) share storage.
    public func nodes() -> [YAMLNode] {
        var converted = [YAMLNode?](repeating: nil, count: records.count)
        return documents.map { convert($0, &converted) }
    }

    private func convert(_ node: Int, _ converted: inout [YAMLNode?]) -> YAMLNode {
        if let done = converted[node] { return done }
        let record = records[node]
        let kind: YAMLNode.Kind
        switch record.kind {
        case .scalar:
            kind = .scalar(YAMLScalar(value: string(node), style: record.style))
        case .sequence:
            kind = .sequence((0..<record.count).map { convert(children[record.first + $0], &converted) })
        case .mapping:
            kind = .mapping((0..<record.count / 2).map {
                YAMLPair(key: convert(children[record.first + 2 * $0], &converted),
                         value: convert(children[record.first + 2 * $0 + 1], &converted))
            })
        }
        let result = YAMLNode(kind: kind, start: start(node), end: end(node), tag: tag(node))
        converted[node] = result
        return result
    }
}
