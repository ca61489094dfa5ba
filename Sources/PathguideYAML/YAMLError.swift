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

    /// A place that helps to understand the error: where libyaml gave up, where a list began.
    public struct Note: Hashable, Sendable {
        public var mark: YAMLMark
        public var message: String

        public init(mark: YAMLMark, message: String) {
            self.mark = mark
            self.message = message
        }
    }

    public var kind: Kind
    /// Human-readable text: for syntax errors, what is wrong in plain words and what to write
    /// instead, or libyaml's own wording when the mistake is not one it recognises.
    public var message: String
    /// Where the mistake starts: an unclosed quote's opening quote, the tab, the unclosed bracket.
    public var mark: YAMLMark
    /// For `.notUTF8`, what the input is instead.
    public var encodingProblem: YAMLEncodingProblem?
    public var notes: [Note]

    public init(kind: Kind, message: String, mark: YAMLMark, encodingProblem: YAMLEncodingProblem? = nil,
                notes: [Note] = []) {
        self.kind = kind
        self.message = message
        self.mark = mark
        self.encodingProblem = encodingProblem
        self.notes = notes
    }

    public var description: String { "\(mark): \(message)" }
}
