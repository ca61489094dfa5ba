import Testing
@testable import PathguideDiagnostics

@Suite struct ReportSummaryTests {
    @Test(arguments: [
        (ReportSummary(errors: 0, warnings: 0, notes: 0, files: 3), "no problems in 3 files"),
        (ReportSummary(errors: 0, warnings: 0, notes: 0, files: 1), "no problems in 1 file"),
        (ReportSummary(errors: 0, warnings: 0, notes: 0, files: 0), "no problems in 0 files"),
        (ReportSummary(errors: 2, warnings: 1, notes: 0, files: 3), "2 errors, 1 warning in 3 files"),
        (ReportSummary(errors: 1, warnings: 0, notes: 0, files: 1), "1 error in 1 file"),
        (ReportSummary(errors: 0, warnings: 2, notes: 0, files: 2), "2 warnings in 2 files"),
        (ReportSummary(errors: 0, warnings: 0, notes: 1, files: 2), "1 note in 2 files"),
        (ReportSummary(errors: 3, warnings: 2, notes: 1, files: 3), "3 errors, 2 warnings, 1 note in 3 files"),
    ])
    func wording(summary: ReportSummary, text: String) {
        #expect(summary.description == text)
    }

    @Test func countsOnlyTopLevelSeverities() {
        let summary = ReportSummary(diagnostics: Fixtures.diagnostics, files: 3)
        // The attached notes of `unreachable` and `noGuides` are not findings of their own.
        #expect(summary == ReportSummary(errors: 3, warnings: 2, notes: 1, files: 3))
    }
}
