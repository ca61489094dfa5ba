import Testing
@testable import PathguideDiagnostics

@Suite struct ReportFormatTests {
    @Test func namesMatchTheCommandLine() {
        #expect(ReportFormat.allCases.map(\.rawValue) == ["text", "github", "json", "junit", "sarif"])
    }

    @Test func factoryPicksTheFormatter() {
        #expect(formatter(for: .text) is TextFormatter)
        #expect(formatter(for: .github) is GitHubFormatter)
        #expect(ReportFormat.json.formatter is JSONFormatter)
        #expect(ReportFormat.junit.formatter is JUnitFormatter)
        #expect(ReportFormat.sarif.formatter is SARIFFormatter)
    }

    /// The order rules report in must not show in the output.
    @Test(arguments: ReportFormat.allCases)
    func deterministicWhateverTheInputOrder(format: ReportFormat) {
        let formatter = format.formatter
        let context = Fixtures.context()
        let expected = formatter.format(Fixtures.diagnostics, context: context)
        #expect(expected.hasSuffix("\n"))
        #expect(formatter.format(Fixtures.diagnostics.reversed(), context: context) == expected)
        #expect(formatter.format(Fixtures.diagnostics.sorted(), context: context) == expected)
        #expect(formatter.format([], context: context).hasSuffix("\n"))
    }

    @Test func sourceLinesFromContents() {
        let lines = ReportContext.sourceLines(from: ["a.yaml": "one\r\ntwo\n\nfour", "b.yaml": ""])
        #expect(lines("a.yaml", 1) == "one")
        #expect(lines("a.yaml", 2) == "two")
        #expect(lines("a.yaml", 3) == "")
        #expect(lines("a.yaml", 4) == "four")
        #expect(lines("a.yaml", 5) == nil)
        #expect(lines("a.yaml", 0) == nil)
        #expect(lines("b.yaml", 1) == "")
        #expect(lines("c.yaml", 1) == nil)
    }
}
