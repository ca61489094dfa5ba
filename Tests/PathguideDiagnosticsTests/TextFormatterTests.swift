import Testing
@testable import PathguideDiagnostics

@Suite struct TextFormatterTests {
    typealias Location = PathguideDiagnostics.SourceLocation

    @Test func fullReport() {
        assertSnapshot(TextFormatter().format(Fixtures.diagnostics, context: Fixtures.context()), named: "text")
    }

    @Test func errorWithCaretAndNote() {
        let output = TextFormatter().format([Fixtures.unreachable], context: Fixtures.context())
        #expect(output == """
            guides/douyin-shop.yaml:12:7: error: channel 'merchant-chat' cannot be reached from any surface's start [unreachable-channel]
               12 |       to: merchant-chat
                  |       ^
              Add a step that leads to 'merchant-chat', or delete the channel.
            guides/douyin-shop.yaml:3:3: note: channel 'merchant-chat' defined here
            1 error in 3 files

            """)
    }

    @Test func caretUnderWideCharacters() {
        let output = TextFormatter().format([Fixtures.ambiguousLabel], context: Fixtures.context())
        // "  label: " is 9 cells, 「抖音商城」 12, " > " 3: the caret is in cell 25.
        #expect(output == """
            guides/douyin-shop.yaml:18:19: warning: label '我的订单' is used by 2 surfaces [ambiguous-label]
               18 |   label: 「抖音商城」 > 我的订单
                  |                         ^
            1 warning in 3 files

            """)
    }

    @Test func noLocation() {
        let output = TextFormatter().format([Fixtures.noGuides], context: Fixtures.context())
        #expect(output == """
            error: no guides matched 'missing/*.yaml' [no-guides]
            note: patterns are relative to the working directory
            1 error in 3 files

            """)
    }

    @Test func emptyReport() {
        #expect(TextFormatter().format([], context: Fixtures.context()) == "no problems in 3 files\n")
    }

    @Test func underStrictTheSummarySaysWhyWarningsFail() {
        #expect(TextFormatter().format([Fixtures.ambiguousLabel], context: Fixtures.context(strict: true)) == """
            guides/douyin-shop.yaml:18:19: warning: label '我的订单' is used by 2 surfaces [ambiguous-label]
               18 |   label: 「抖音商城」 > 我的订单
                  |                         ^
            1 warning in 3 files (--strict: warnings are failures)

            """)
        #expect(TextFormatter().format([Fixtures.longPath], context: Fixtures.context(strict: true)).hasSuffix("\n1 note in 3 files\n"))
        #expect(TextFormatter().format([], context: Fixtures.context(strict: true)) == "no problems in 3 files\n")
    }

    @Test func colours() {
        let output = TextFormatter().format([Fixtures.unreachable], context: Fixtures.context(useColor: true))
        let bold = "\u{1B}[1m", red = "\u{1B}[1;31m", cyan = "\u{1B}[1;36m", green = "\u{1B}[1;32m", reset = "\u{1B}[0m"
        #expect(output == """
            \(bold)guides/douyin-shop.yaml:12:7:\(reset) \(red)error:\(reset) channel 'merchant-chat' cannot be reached from any surface's start [unreachable-channel]
               12 |       to: merchant-chat
                  |       \(green)^\(reset)
              Add a step that leads to 'merchant-chat', or delete the channel.
            \(bold)guides/douyin-shop.yaml:3:3:\(reset) \(cyan)note:\(reset) channel 'merchant-chat' defined here
            1 error in 3 files

            """)
        let warning = TextFormatter().format([Fixtures.longPath, Fixtures.ambiguousLabel], context: Fixtures.context(useColor: true))
        #expect(warning.contains("\u{1B}[1;35mwarning:\(reset)"))
        #expect(!TextFormatter().format(Fixtures.diagnostics, context: Fixtures.context()).contains("\u{1B}"))
    }

    @Test func tabsAreKeptInTheCaretLine() {
        let context = ReportContext(toolVersion: "0.1.0", checkedFiles: ["a.yaml"], sourceLines: { _, _ in "\tnext:\t设置" })
        let diagnostic = Diagnostic(
            ruleID: RuleID(rawValue: "r"), severity: .error, location: Location(file: "a.yaml", line: 1, column: 8), message: "m"
        )
        #expect(TextFormatter().format([diagnostic], context: context) == """
            a.yaml:1:8: error: m [r]
                1 | \tnext:\t设置
                  | \t     \t^
            1 error in 1 file

            """)
    }

    @Test func controlCharactersCannotReachTheTerminal() {
        let context = ReportContext(toolVersion: "0.1.0", sourceLines: { _, _ in "a\u{1B}[2Jb" })
        let diagnostic = Diagnostic(
            ruleID: RuleID(rawValue: "r"), severity: .warning, location: Location(file: "a.yaml", line: 1, column: 6),
            message: "bad \u{1B}]0;title\u{07} text", explanation: "first\n\nthird"
        )
        #expect(TextFormatter().format([diagnostic], context: context) == """
            a.yaml:1:6: warning: bad \u{FFFD}]0;title\u{FFFD} text [r]
                1 | a\u{FFFD}[2Jb
                  |      ^
              first

              third
            1 warning in 0 files

            """)
    }

    @Test func longLineNumbersWidenTheGutter() {
        let context = ReportContext(toolVersion: "0.1.0", sourceLines: { _, _ in "" })
        let diagnostic = Diagnostic(
            ruleID: RuleID(rawValue: "r"), severity: .error, location: Location(file: "a.yaml", line: 123_456, column: 3), message: "m"
        )
        #expect(TextFormatter().format([diagnostic], context: context) == """
            a.yaml:123456:3: error: m [r]
            123456 |
                   |   ^
            1 error in 0 files

            """)
    }

    @Test func findingsBeyondTheLimitsAreCountedInAClosingNote() {
        #expect(TextFormatter().format(Fixtures.floodDiagnostics, context: Fixtures.floodContext()) == """
            guides/flood.yaml:1:1: warning: label 'x' is used by 2 surfaces [ambiguous-label]
            guides/flood.yaml:2:3: error: a channel is missing required key 'kind' [missing-field]
            guides/flood.yaml:3:3: error: a channel is missing required key 'kind' [missing-field]
            guides/flood.yaml: note: 2 more findings in this file are not shown (5 in all)
            4 errors, 1 warning in 2 files

            """)
        let cyan = "\u{1B}[1;36m", bold = "\u{1B}[1m", reset = "\u{1B}[0m"
        var colored = Fixtures.floodContext()
        colored.useColor = true
        #expect(TextFormatter().format(Fixtures.floodDiagnostics, context: colored).contains(
            "\n\(bold)guides/flood.yaml:\(reset) \(cyan)note:\(reset) 2 more findings in this file are not shown (5 in all)\n"
        ))
    }

    @Test func theClosingNoteFollowsItsOwnFile() {
        let output = TextFormatter().format(Fixtures.floodDiagnostics + [Fixtures.markup], context: Fixtures.floodContext())
        #expect(output.hasSuffix("""
            guides/flood.yaml: note: 2 more findings in this file are not shown (5 in all)
            guides/淘宝 checkout.yaml:2:10: error: title '<Buy & Save>' contains markup; write "Buy and Save" instead [markup-in-title]
            5 errors, 1 warning in 2 files

            """))
    }

    /// Column 2,014 is the `{` of `{id: Bad150}`.
    @Test func aLongLineIsQuotedAroundTheColumn() {
        let line = "{format: 1, channels: [" + (0..<400).map { "{id: Bad\($0)}" }.joined(separator: ", ") + "]}"
        let context = ReportContext(toolVersion: "0.1.0", checkedFiles: ["a.yaml"], sourceLines: { _, _ in line })
        let diagnostic = Diagnostic(
            ruleID: .missingField, severity: .error, location: Location(file: "a.yaml", line: 1, column: 2_014),
            message: "a channel is missing required key 'kind'"
        )
        #expect(TextFormatter().format([diagnostic], context: context) == """
            a.yaml:1:2014: error: a channel is missing required key 'kind' [missing-field]
                1 | …: Bad147}, {id: Bad148}, {id: Bad149}, {id: Bad150}, {id: Bad151}, {id: Bad152}, {id: Bad153}, {id…
                  |                                         ^
            1 error in 1 file

            """)
    }
}
