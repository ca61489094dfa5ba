/// How many findings of each severity a run produced, and over how many files.
///
/// Its `description` is the closing sentence of the text and GitHub reports,
/// such as `2 errors, 1 warning in 3 files`, or, when warnings fail the run,
/// `2 warnings in 3 files (--strict: warnings are failures)`.
public struct ReportSummary: Hashable, Sendable, CustomStringConvertible {
    public var errors: Int
    public var warnings: Int
    /// Diagnostics whose own severity is `note`; notes attached to other diagnostics are not counted.
    public var notes: Int
    public var files: Int
    /// Whether warnings fail the run as errors do (`--strict`).
    public var strict: Bool

    public init(errors: Int, warnings: Int, notes: Int, files: Int, strict: Bool = false) {
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
        self.files = files
        self.strict = strict
    }

    public init(diagnostics: [Diagnostic], files: Int, strict: Bool = false) {
        self.init(
            errors: diagnostics.count { $0.severity == .error },
            warnings: diagnostics.count { $0.severity == .warning },
            notes: diagnostics.count { $0.severity == .note },
            files: files,
            strict: strict
        )
    }

    /// Whether the run fails: on any error, and under `strict` on any warning too. The exit
    /// status of `check` is read the same way, so every report agrees with it.
    public var failed: Bool { failureReason != nil }

    /// Why the run fails, in a few words for scripts; `nil` when it passes. Errors are named
    /// first: they fail a run with or without `strict`.
    public var failureReason: String? {
        if errors > 0 { return "errors were found" }
        if strict, warnings > 0 { return "warnings count as failures (--strict)" }
        return nil
    }

    /// Whether `severity` fails the run.
    public func fails(_ severity: Severity) -> Bool {
        severity == .error || (strict && severity == .warning)
    }

    public var description: String {
        let counts = [(errors, "error"), (warnings, "warning"), (notes, "note")]
            .filter { $0.0 > 0 }
            .map { Self.count($0.0, $0.1) }
        let found = counts.isEmpty ? "no problems" : counts.joined(separator: ", ")
        let strictness = strict && warnings > 0 ? " (--strict: warnings are failures)" : ""
        return "\(found) in \(Self.count(files, "file"))\(strictness)"
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
