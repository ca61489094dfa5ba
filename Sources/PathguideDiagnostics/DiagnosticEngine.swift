/// Collects diagnostics from every stage of a run so that all problems are reported together.
///
/// A finding emitted twice is kept once: rules that walk a graph with shared parts (YAML aliases,
/// a screen reached by many paths) can otherwise report the same problem at the same place
/// hundreds of thousands of times. Two diagnostics are the same when every field is equal —
/// rule id, severity, location, message, explanation and notes — which a hash set decides
/// in constant time per emit, so the engine stays linear in what it is given.
public struct DiagnosticEngine: Sendable {
    /// Every distinct diagnostic, in the order first emitted.
    public private(set) var diagnostics: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []

    public init() {}

    public mutating func emit(_ diagnostic: Diagnostic) {
        if seen.insert(diagnostic).inserted {
            diagnostics.append(diagnostic)
        }
    }

    public mutating func emit(contentsOf more: some Sequence<Diagnostic>) {
        for diagnostic in more {
            emit(diagnostic)
        }
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
