import Foundation
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

    /// 4,150 findings in one file: each format lists 10 of the 4,000 alike errors and 90 of
    /// the 150 different warnings, says that 4,050 are left out, and counts all of them.
    @Test(arguments: ReportFormat.allCases)
    func everyFormatListsAtMostAHundredFindingsPerFile(format: ReportFormat) throws {
        let output = format.formatter.format(Fixtures.deluge, context: Fixtures.floodContext(limits: ReportLimits()))
        let lines = output.split(separator: "\n")
        let closing = "4,050 more findings in this file are not shown (4,150 in all)"
        let expected: (errors: Int, warnings: Int, closing: String, counts: String)
        switch format {
        case .text:
            expected = (
                lines.count { $0.contains(": error: ") }, lines.count { $0.contains(": warning: ") },
                "guides/flood.yaml: note: " + closing, "4000 errors, 150 warnings in 2 files"
            )
        case .github:
            expected = (
                lines.count { $0.hasPrefix("::error ") }, lines.count { $0.hasPrefix("::warning ") },
                "::notice file=guides/flood.yaml::" + closing, "pathguide: 4000 errors, 150 warnings in 2 files"
            )
        case .json:
            expected = (
                lines.count { $0.contains(#""severity" : "error""#) }, lines.count { $0.contains(#""severity" : "warning""#) },
                #""omitted" : 4050,"#, #""errors" : 4000,"#
            )
        case .junit:
            expected = (
                lines.count { $0.contains(": error: ") }, lines.count { $0.contains(": warning: ") },
                "guides/flood.yaml: note: " + closing + "</failure>", "(and 3,999 more errors)"
            )
        case .sarif:
            let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let run = try #require((log["runs"] as? [[String: Any]])?.first)
            let levels = try #require(run["results"] as? [[String: Any]]).map { $0["level"] as? String }
            expected = (
                levels.count { $0 == "error" }, levels.count { $0 == "warning" },
                #""text" : "\#(closing)""#, #""warnings" : 150"#
            )
        }
        #expect(expected.errors == 10)
        #expect(expected.warnings == 90)
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == expected.closing })
        #expect(output.contains(expected.counts))
        // Listing all 4,150 took from 0.38 MB (text) to 2.5 MB (SARIF); listing 100 takes at most 67 KB.
        #expect(output.utf8.count < 80_000)
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
