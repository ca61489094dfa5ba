import Testing
@testable import PathguideDiagnostics

@Suite struct DiagnosticEngineTests {
    typealias Location = PathguideDiagnostics.SourceLocation

    private static func missing(_ key: String, line: Int, column: Int = 3, severity: Severity = .error) -> Diagnostic {
        Diagnostic(
            ruleID: .missingField, severity: severity, location: Location(file: "a.yaml", line: line, column: column),
            message: "a channel is missing required key '\(key)'"
        )
    }

    @Test func exactDuplicatesAreKeptOnce() {
        var engine = DiagnosticEngine()
        engine.emit(Self.missing("kind", line: 2))
        engine.emit(Self.missing("name", line: 2))
        engine.emit(Self.missing("kind", line: 2))
        engine.emit(contentsOf: [Self.missing("name", line: 2), Self.missing("kind", line: 1)])
        #expect(engine.diagnostics == [Self.missing("kind", line: 2), Self.missing("name", line: 2), Self.missing("kind", line: 1)])
        #expect(engine.errorCount == 3)
    }

    @Test func anyDifferenceKeepsBoth() {
        let base = Self.missing("kind", line: 2)
        var noted = base
        noted.notes = [.init(location: Location(file: "a.yaml", line: 1, column: 1), message: "anchored here")]
        var explained = base
        explained.explanation = "Every channel says what kind it is."
        var otherRule = base
        otherRule.ruleID = .unknownKey
        let variants = [
            base, noted, explained, otherRule,
            Self.missing("kind", line: 2, severity: .warning),
            Self.missing("kind", line: 3),
            Self.missing("kind", line: 2, column: 4),
            Diagnostic(ruleID: .missingField, severity: .error, location: nil, message: base.message),
        ]
        var engine = DiagnosticEngine()
        engine.emit(contentsOf: variants + variants)
        #expect(engine.diagnostics == variants)
    }

    /// An alias that repeats a node repeats the findings inside it, at the same places.
    @Test func repetitionThroughAliasesCollapses() {
        let distinct = (1...36).map { Self.missing("key\($0 % 3)", line: $0) }
        var engine = DiagnosticEngine()
        for _ in 0..<12_500 {
            engine.emit(contentsOf: distinct)
        }
        #expect(engine.diagnostics == distinct)
        #expect(engine.errorCount == 36)
        #expect(engine.hasFailures(strict: false))
    }

    @Test func warningsFailOnlyWhenStrict() {
        var engine = DiagnosticEngine()
        engine.emit(Self.missing("kind", line: 1, severity: .warning))
        engine.emit(Self.missing("kind", line: 1, severity: .warning))
        #expect(engine.warningCount == 1)
        #expect(!engine.hasFailures(strict: false))
        #expect(engine.hasFailures(strict: true))
    }
}
