/// Bounds on the work and memory one parse may use.
///
/// The defaults are generous for hand-written files while still stopping
/// hostile input (huge files, deep nesting, alias bombs) early.
public struct YAMLLimits: Hashable, Sendable {
    /// Largest input accepted, in bytes.
    public var maxBytes: Int
    /// Deepest nesting of sequences and mappings; a document's root container is depth 1.
    ///
    /// Nodes are recursive values, so comparing or freeing a tree recurses this
    /// deep; keep it in the hundreds at most.
    public var maxDepth: Int
    /// Most nodes a stream may produce, counting every node an alias expands to.
    public var maxNodes: Int

    public init(maxBytes: Int = 8 * 1024 * 1024, maxDepth: Int = 64, maxNodes: Int = 1_000_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    public static let `default` = YAMLLimits()
}
