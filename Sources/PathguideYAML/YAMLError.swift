/// Why a YAML input could not be turned into nodes, and where.
public struct YAMLError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// libyaml rejected the text.
        case syntax
        /// The input is not UTF-8: another encoding's byte order mark, or bytes that are not
        /// UTF-8 (`encodingProblem` says which).
        case notUTF8
        /// The input is larger than `YAMLLimits.maxBytes`.
        case tooLarge
        /// Sequences and mappings nest deeper than `YAMLLimits.maxDepth`.
        case tooDeep
        /// The stream, with aliases expanded, has more than `YAMLLimits.maxNodes` nodes.
        case tooManyNodes
        /// An alias names an anchor not defined earlier in the same document.
        case undefinedAlias
    }

    public var kind: Kind
    /// Human-readable text; for syntax errors, libyaml's own wording.
    public var message: String
    /// Where the problem was found.
    public var mark: YAMLMark
    /// For `.notUTF8`, what the input is instead.
    public var encodingProblem: YAMLEncodingProblem?

    public init(kind: Kind, message: String, mark: YAMLMark, encodingProblem: YAMLEncodingProblem? = nil) {
        self.kind = kind
        self.message = message
        self.mark = mark
        self.encodingProblem = encodingProblem
    }

    public var description: String { "\(mark): \(message)" }
}
