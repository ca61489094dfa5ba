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
    /// How many findings each file may list; the rest are counted, not shown.
    public var limits: ReportLimits
    /// Whether warnings fail the run as errors do (`--strict`), so that the reports CI
    /// dashboards read fail exactly when the exit status does.
    public var strict: Bool

    public init(
        toolName: String = "pathguide",
        toolVersion: String,
        rules: [RuleDescription] = [],
        checkedFiles: [String] = [],
        sourceLines: @escaping SourceLines = { _, _ in nil },
        useColor: Bool = false,
        limits: ReportLimits = ReportLimits(),
        strict: Bool = false
    ) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.rules = rules
        self.checkedFiles = checkedFiles
        self.sourceLines = sourceLines
        self.useColor = useColor
        self.limits = limits
        self.strict = strict
    }

    /// A `sourceLines` lookup over file contents the caller has already read, keyed by the file
    /// names that diagnostics use. Lines are split once up front rather than on every lookup,
    /// at the same breaks libyaml counts (see `lines(of:)`), so line numbers agree with the parser's.
    public static func sourceLines(from contents: [String: String]) -> SourceLines {
        let linesByFile = contents.mapValues(lines(of:))
        return { file, line in
            guard let lines = linesByFile[file], line >= 1, line <= lines.count else { return nil }
            return lines[line - 1]
        }
    }

    /// The lines of `text`, without their breaks, in one pass.
    ///
    /// libyaml ends a line at LF, CR LF, a lone CR, NEL (U+0085), LS (U+2028) and PS (U+2029),
    /// so all of them end a line here too; a break at the very end leaves an empty last line.
    static func lines(of text: String) -> [String] {
        let scalars = text.unicodeScalars
        var lines: [String] = []
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            switch scalar.value {
            case 0x0A, 0x85, 0x2028, 0x2029:
                lines.append(String(scalars[start..<index]))
                start = next
            case 0x0D:
                lines.append(String(scalars[start..<index]))
                start = next < scalars.endIndex && scalars[next] == "\n" ? scalars.index(after: next) : next
            default:
                break
            }
            index = max(next, start)
        }
        lines.append(String(scalars[start...]))
        return lines
    }
}
