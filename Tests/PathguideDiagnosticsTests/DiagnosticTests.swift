import Testing
@testable import PathguideDiagnostics

@Suite struct DiagnosticTests {
    typealias Location = PathguideDiagnostics.SourceLocation

    /// Diagnostics alike but for their explanation or notes still have one order, so a sort,
    /// and the findings a report chooses, do not depend on the order rules reported in.
    @Test func onlyEqualDiagnosticsTie() {
        let place = Location(file: "a.yaml", line: 4, column: 2)
        let base = Diagnostic(ruleID: .duplicateID, severity: .error, location: place, message: "duplicate id 'home'")
        func variant(explanation: String? = nil, notes: [(Int, String)] = []) -> Diagnostic {
            var diagnostic = base
            diagnostic.explanation = explanation
            diagnostic.notes = notes.map { .init(location: $0.0 == 0 ? nil : Location(file: "a.yaml", line: $0.0, column: 1), message: $0.1) }
            return diagnostic
        }
        let ordered = [
            variant(),
            variant(notes: [(0, "ids are unique")]),
            variant(notes: [(1, "first defined here")]),
            variant(notes: [(1, "first defined here"), (2, "and here")]),
            variant(notes: [(2, "first defined here")]),
            variant(explanation: ""),
            variant(explanation: "Rename one of them."),
        ]
        for (index, diagnostic) in ordered.enumerated() {
            #expect(!(diagnostic < diagnostic))
            for later in ordered[(index + 1)...] {
                #expect(diagnostic < later)
                #expect(!(later < diagnostic))
            }
        }
        #expect(ordered.reversed().sorted() == ordered)
    }
}
