/// How many findings of each severity a run produced, and over how many files.
///
/// Its `description` is the closing sentence of the text and GitHub reports,
/// such as `2 errors, 1 warning in 3 files`.
public struct ReportSummary: Hashable, Sendable, CustomStringConvertible {
    public var errors: Int
    public var warnings: Int
    /// Diagnostics whose own severity is `note`; notes attached to other diagnostics are not counted.
    public var notes: Int
    public var files: Int

    public init(errors: Int, warnings: Int, notes: Int, files: Int) {
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
        self.files = files
    }

    public init(diagnostics: [Diagnostic], files: Int) {
        self.init(
            errors: diagnostics.count { $0.severity == .error },
            warnings: diagnostics.count { $0.severity == .warning },
            notes: diagnostics.count { $0.severity == .note },
            files: files
        )
    }

    public var description: String {
        let counts = [(errors, "error"), (warnings, "warning"), (notes, "note")]
            .filter { $0.0 > 0 }
            .map { Self.count($0.0, $0.1) }
        let found = counts.isEmpty ? "no problems" : counts.joined(separator: ", ")
        return "\(found) in \(Self.count(files, "file"))"
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
