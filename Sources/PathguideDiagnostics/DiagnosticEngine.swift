/// Collects diagnostics from every stage of a run so that all problems are reported together.
public struct DiagnosticEngine: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func emit(contentsOf more: some Sequence<Diagnostic>) {
        diagnostics.append(contentsOf: more)
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// The diagnostics in report order: by file, line, column, then severity and rule.
    public var sorted: [Diagnostic] { diagnostics.sorted() }

    /// Whether the run should fail: any error, or any warning when `strict`.
    public func hasFailures(strict: Bool) -> Bool {
        errorCount > 0 || (strict && warningCount > 0)
    }
}
