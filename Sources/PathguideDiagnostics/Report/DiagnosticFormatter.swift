/// Turns a run's diagnostics into the text of one report.
///
/// Formatters only build strings; writing them to standard output or a file is the caller's job,
/// which keeps them trivially testable. Every formatter sorts the diagnostics itself, so the
/// same findings always give byte-for-byte the same report whatever order the rules ran in,
/// and every report ends with a newline.
public protocol DiagnosticFormatter: Sendable {
    func format(_ diagnostics: [Diagnostic], context: ReportContext) -> String
}
