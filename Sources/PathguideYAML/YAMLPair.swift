/// One entry of a mapping, in source order.
///
/// Mappings are kept as arrays of pairs rather than dictionaries so that order,
/// duplicate keys and the positions of keys all survive for diagnostics.
public struct YAMLPair: Hashable, Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
