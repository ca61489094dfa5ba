import Testing
@testable import PathguideDiagnostics

@Suite struct ReportSelectionTests {
    typealias Location = PathguideDiagnostics.SourceLocation

    private static func finding(
        _ message: String, line: Int, file: String? = "a.yaml", rule: String = "r", severity: Severity = .error
    ) -> Diagnostic {
        Diagnostic(
            ruleID: RuleID(rawValue: rule), severity: severity, location: file.map { Location(file: $0, line: line, column: 1) }, message: message
        )
    }

    private static func lines(_ diagnostics: [Diagnostic]) -> [Int] {
        diagnostics.map { $0.location?.line ?? 0 }
    }

    @Test func tenAlikePerFile() throws {
        let alike = (1...25).reversed().map { Self.finding("same", line: $0) }
        let selection = ReportSelection(alike, limits: ReportLimits())
        let group = try #require(selection.groups.first)
        #expect(selection.groups.count == 1)
        #expect(Self.lines(group.shown) == Array(1...10))
        #expect(group.total == 25)
        #expect(group.errors == 25)
        #expect(group.omitted == 15)
        #expect(group.omissionMessage == "15 more findings in this file are not shown (25 in all)")
    }

    @Test func aHundredPerFile() throws {
        let distinct = (1...150).map { Self.finding("message \($0)", line: $0) }
        let group = try #require(ReportSelection(distinct, limits: ReportLimits()).groups.first)
        #expect(Self.lines(group.shown) == Array(1...100))
        #expect(group.omissionMessage == "50 more findings in this file are not shown (150 in all)")
    }

    @Test func theSameMessageUnderAnotherRuleIsCountedApart() throws {
        let findings = (1...4).map { Self.finding("same", line: $0, rule: $0 % 2 == 0 ? "even" : "odd") }
        let limits = ReportLimits(findingsPerMessage: 1, findingsPerFile: 100)
        let group = try #require(ReportSelection(findings, limits: limits).groups.first)
        #expect(Self.lines(group.shown) == [1, 2])
    }

    @Test func errorsAreChosenBeforeWarningsAndListedInOrder() throws {
        let warnings = (1...120).map { Self.finding("warning \($0)", line: $0, severity: .warning) }
        let error = Self.finding("error", line: 200)
        let note = Self.finding("note", line: 0, severity: .note)
        let group = try #require(ReportSelection(warnings + [note, error], limits: ReportLimits()).groups.first)
        #expect(Self.lines(group.shown) == Array(1...99) + [200])
        #expect(group.omissionMessage == "22 more findings in this file are not shown (122 in all)")
    }

    @Test func eachFileHasItsOwnLimitsAndFindingsWithoutAFileComeFirst() {
        let findings = (1...12).map { Self.finding("b", line: $0, file: "b.yaml") }
            + (1...11).map { Self.finding("a", line: $0, file: "a.yaml") }
            + (1...3).map { Self.finding("none \($0 % 2)", line: 0, file: nil) }
        let selection = ReportSelection(findings, limits: ReportLimits(findingsPerMessage: 10, findingsPerFile: 10))
        #expect(selection.groups.map(\.file) == [nil, "a.yaml", "b.yaml"])
        #expect(selection.groups.map(\.shown.count) == [3, 10, 10])
        #expect(selection.groups.map(\.omissionMessage) == [
            nil,
            "1 more finding in this file is not shown (11 in all)",
            "2 more findings in this file are not shown (12 in all)",
        ])
        #expect(selection.omitted == 3)
        #expect(selection.shown.count == 23)
    }

    @Test func findingsWithoutAFileSaySo() {
        let findings = (1...12).map { _ in Self.finding("none", line: 0, file: nil) }
        let selection = ReportSelection(findings, limits: ReportLimits())
        #expect(selection.groups.map(\.omissionMessage) == ["2 more findings without a file are not shown (12 in all)"])
    }

    @Test func limitsBelowOneAreReadAsOne() {
        let findings = [Self.finding("w", line: 1, severity: .warning), Self.finding("e", line: 2)]
        let selection = ReportSelection(findings, limits: ReportLimits(findingsPerMessage: 0, findingsPerFile: -5))
        #expect(Self.lines(selection.shown) == [2])
        #expect(selection.omitted == 1)
    }

    @Test func anEmptyRunHasNoGroups() {
        #expect(ReportSelection([], limits: ReportLimits()).groups.isEmpty)
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (45_006, "45,006"), (1_234_567, "1,234,567"), (-1_234, "-1,234")])
    func numbersAreGroupedInThousands(number: Int, text: String) {
        #expect(ReportSelection.Group.grouped(number) == text)
    }
}
