/// The shapes a report can take, named as the `--format` option spells them.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Compiler-style lines with the source line and a caret, for people at a terminal.
    case text
    /// GitHub Actions workflow commands, which become annotations on the pull request.
    case github
    /// One JSON document, for scripts.
    case json
    /// JUnit XML, which Jenkins, GitLab and most CI dashboards can show as test results.
    case junit
    /// SARIF 2.1.0, for code scanning (GitHub) and SARIF viewers.
    case sarif

    /// A printer for this format.
    public var formatter: any DiagnosticFormatter {
        switch self {
        case .text: TextFormatter()
        case .github: GitHubFormatter()
        case .json: JSONFormatter()
        case .junit: JUnitFormatter()
        case .sarif: SARIFFormatter()
        }
    }
}

/// A printer for `format`; the same as `format.formatter`.
public func formatter(for format: ReportFormat) -> any DiagnosticFormatter {
    format.formatter
}
