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
        (ReportSummary(errors: 0, warnings: 2, notes: 0, files: 2, strict: true), "2 warnings in 2 files (--strict: warnings are failures)"),
        (ReportSummary(errors: 1, warnings: 1, notes: 0, files: 1, strict: true), "1 error, 1 warning in 1 file (--strict: warnings are failures)"),
        (ReportSummary(errors: 1, warnings: 0, notes: 1, files: 1, strict: true), "1 error, 1 note in 1 file"),
        (ReportSummary(errors: 0, warnings: 0, notes: 0, files: 1, strict: true), "no problems in 1 file"),
    ])
    func wording(summary: ReportSummary, text: String) {
        #expect(summary.description == text)
    }

    @Test func countsOnlyTopLevelSeverities() {
        let summary = ReportSummary(diagnostics: Fixtures.diagnostics, files: 3)
        // The attached notes of `unreachable` and `noGuides` are not findings of their own.
        #expect(summary == ReportSummary(errors: 3, warnings: 2, notes: 1, files: 3))
    }

    @Test(arguments: [
        (ReportSummary(errors: 0, warnings: 0, notes: 2, files: 1), nil),
        (ReportSummary(errors: 0, warnings: 3, notes: 0, files: 1), nil),
        (ReportSummary(errors: 0, warnings: 3, notes: 0, files: 1, strict: true), "warnings count as failures (--strict)"),
        (ReportSummary(errors: 1, warnings: 3, notes: 0, files: 1), "errors were found"),
        (ReportSummary(errors: 1, warnings: 3, notes: 0, files: 1, strict: true), "errors were found"),
        (ReportSummary(errors: 0, warnings: 0, notes: 2, files: 1, strict: true), nil),
    ] as [(ReportSummary, String?)])
    func failure(summary: ReportSummary, reason: String?) {
        #expect(summary.failureReason == reason)
        #expect(summary.failed == (reason != nil))
    }

    @Test func whichSeveritiesFail() {
        let lenient = ReportSummary(errors: 0, warnings: 0, notes: 0, files: 0)
        let strict = ReportSummary(errors: 0, warnings: 0, notes: 0, files: 0, strict: true)
        #expect([Severity.error, .warning, .note].map(lenient.fails) == [true, false, false])
        #expect([Severity.error, .warning, .note].map(strict.fails) == [true, true, false])
    }
}
