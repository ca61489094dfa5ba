import Testing
@testable import PathguideDiagnostics

@Suite struct ReportContextTests {
    typealias Location = PathguideDiagnostics.SourceLocation

    /// Every break libyaml counts ends a line, and CR LF is one break, not two.
    @Test(arguments: [
        ("LF", "one\ntwo\nthree"),
        ("CR LF", "one\r\ntwo\r\nthree"),
        ("CR", "one\rtwo\rthree"),
        ("NEL", "one\u{85}two\u{85}three"),
        ("LS", "one\u{2028}two\u{2028}three"),
        ("PS", "one\u{2029}two\u{2029}three"),
        ("mixed", "one\r\ntwo\u{2028}three"),
    ])
    func eachBreakEndsALine(kind: String, text: String) {
        #expect(ReportContext.lines(of: text) == ["one", "two", "three"], "\(kind)")
    }

    @Test func breaksNextToEachOtherLeaveEmptyLines() {
        #expect(ReportContext.lines(of: "a\r\r\nb") == ["a", "", "b"])
        #expect(ReportContext.lines(of: "a\n\rb") == ["a", "", "b"])
        #expect(ReportContext.lines(of: "a\u{85}\u{85}b") == ["a", "", "b"])
        #expect(ReportContext.lines(of: "\r\n") == ["", ""])
    }

    @Test func aBreakAtTheEndLeavesAnEmptyLastLine() {
        #expect(ReportContext.lines(of: "a\n") == ["a", ""])
        #expect(ReportContext.lines(of: "a\r") == ["a", ""])
        #expect(ReportContext.lines(of: "") == [""])
    }

    @Test func otherCharactersStayInTheLine() {
        // A vertical tab, a form feed and an accent on the character after a break are not breaks.
        #expect(ReportContext.lines(of: "a\u{0B}b\u{0C}c\n\u{0301}d") == ["a\u{0B}b\u{0C}c", "\u{0301}d"])
    }

    @Test func lookupFindsLinesByNumber() {
        let lines = ReportContext.sourceLines(from: ["a.yaml": "one\rtwo\u{2029}three", "b.yaml": ""])
        #expect(lines("a.yaml", 1) == "one")
        #expect(lines("a.yaml", 3) == "three")
        #expect(lines("a.yaml", 4) == nil)
        #expect(lines("a.yaml", 0) == nil)
        #expect(lines("b.yaml", 1) == "")
        #expect(lines("c.yaml", 1) == nil)
    }

    /// `printf 'a: 1\xc2\x85\x1f\n'`: libyaml reports the control character at 2:1.
    @Test func theReportQuotesTheLineAfterANextLine() {
        let context = ReportContext(
            toolVersion: "0.1.0", checkedFiles: ["a.yaml"], sourceLines: ReportContext.sourceLines(from: ["a.yaml": "a: 1\u{85}\u{1F}\n"])
        )
        let diagnostic = Diagnostic(
            ruleID: .yamlSyntax, severity: .error, location: Location(file: "a.yaml", line: 2, column: 1),
            message: "control characters are not allowed"
        )
        #expect(TextFormatter().format([diagnostic], context: context) == """
            a.yaml:2:1: error: control characters are not allowed [yaml-syntax]
                2 | \u{FFFD}
                  | ^
            1 error in 1 file

            """)
    }

    @Test func theReportQuotesTheRightLineOfACarriageReturnFile() {
        let context = ReportContext(
            toolVersion: "0.1.0", checkedFiles: ["a.yaml"],
            sourceLines: ReportContext.sourceLines(from: ["a.yaml": "format: 1\rlanguages: [zh]\rplatform: 7\r"])
        )
        let diagnostic = Diagnostic(
            ruleID: .wrongType, severity: .error, location: Location(file: "a.yaml", line: 3, column: 11),
            message: "'platform' must be a mapping"
        )
        #expect(TextFormatter().format([diagnostic], context: context) == """
            a.yaml:3:11: error: 'platform' must be a mapping [wrong-type]
                3 | platform: 7
                  |           ^
            1 error in 1 file

            """)
    }

    @Test func limitsDefaultToTenPerMessageAndAHundredPerFile() {
        #expect(ReportContext(toolVersion: "0.1.0").limits == ReportLimits(findingsPerMessage: 10, findingsPerFile: 100))
    }
}
