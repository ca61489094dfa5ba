/// What a formatter needs to know about the run besides the diagnostics themselves.
public struct ReportContext: Sendable {
    /// Looks up the text of a 1-based line of a file, without its line break; `nil` if unknown.
    public typealias SourceLines = @Sendable (_ file: String, _ line: Int) -> String?

    public var toolName: String
    public var toolVersion: String
    /// Every rule the tool knows, reported or not: SARIF lists them all so viewers can describe them.
    public var rules: [RuleDescription]
    /// Every file that was checked, including clean ones, so that reports can say they passed.
    public var checkedFiles: [String]
    /// Source text for the caret display in the text format.
    public var sourceLines: SourceLines
    /// Whether the text format may use ANSI colours; only true when writing to a terminal.
    public var useColor: Bool

    public init(
        toolName: String = "pathguide",
        toolVersion: String,
        rules: [RuleDescription] = [],
        checkedFiles: [String] = [],
        sourceLines: @escaping SourceLines = { _, _ in nil },
        useColor: Bool = false
    ) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.rules = rules
        self.checkedFiles = checkedFiles
        self.sourceLines = sourceLines
        self.useColor = useColor
    }

    /// A `sourceLines` lookup over file contents the caller has already read, keyed by the file
    /// names that diagnostics use. Lines are split once up front rather than on every lookup.
    public static func sourceLines(from contents: [String: String]) -> SourceLines {
        let linesByFile = contents.mapValues { text in
            // "\r\n" is a single Character in Swift, so CRLF files need it named explicitly.
            text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
                .map(String.init)
        }
        return { file, line in
            guard let lines = linesByFile[file], line >= 1, line <= lines.count else { return nil }
            return lines[line - 1]
        }
    }
}
