/// A node of a parsed YAML document, with the source range it came from.
///
/// Aliases are already resolved: an alias becomes a copy of the anchored node
/// whose `start` and `end` point at the alias itself, so diagnostics about it
/// point where the reader sees it. Copies share storage, so this is cheap.
public struct YAMLNode: Hashable, Sendable {
    /// What the node holds.
    public enum Kind: Hashable, Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var kind: Kind
    /// Where the node begins; for an alias, where the alias begins.
    public var start: YAMLMark
    /// Where the node ends (exclusive); for an alias, where the alias ends.
    public var end: YAMLMark
    /// The explicit tag as libyaml resolved it (`!!str` becomes
    /// `tag:yaml.org,2002:str`), or nil when the node has none.
    public var tag: String?

    public init(kind: Kind, start: YAMLMark, end: YAMLMark, tag: String? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.tag = tag
    }

    /// The scalar, if this node is one.
    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = kind { return scalar }
        return nil
    }

    /// The items, if this node is a sequence.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The pairs in source order, if this node is a mapping.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The value of the first pair whose key is a scalar equal to `key`.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar?.value == key }?.value
    }

    /// Whether this is a YAML null: a plain `""`, `~`, `null`, `Null` or `NULL`.
    ///
    /// An explicit tag other than `!!null` (for example `!!str null`) makes the
    /// author's intent a string, so such a node is not null.
    public var isNull: Bool {
        guard case .scalar(let scalar) = kind, scalar.style == .plain else { return false }
        guard tag == nil || tag == YAMLNode.nullTag else { return false }
        switch scalar.value {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// "scalar", "sequence" or "mapping", for messages such as "expected a mapping, found a sequence".
    public var typeName: String {
        switch kind {
        case .scalar: "scalar"
        case .sequence: "sequence"
        case .mapping: "mapping"
        }
    }

    static let nullTag = "tag:yaml.org,2002:null"
}
