import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PathguideDiagnostics

@Suite struct JUnitFormatterTests {
    typealias Location = PathguideDiagnostics.SourceLocation

    @Test func fullReport() {
        assertSnapshot(JUnitFormatter().format(Fixtures.diagnostics, context: Fixtures.context()), named: "junit")
    }

    @Test func findingsBeyondTheLimitsAreCountedAfterTheFailure() {
        #expect(JUnitFormatter().format(Fixtures.floodDiagnostics, context: Fixtures.floodContext()) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="pathguide" tests="2" failures="1" errors="0">
              <testsuite name="pathguide check" tests="2" failures="1" errors="0" skipped="0">
                <testcase classname="guides/clean_yaml" name="guides/clean.yaml"/>
                <testcase classname="guides/flood_yaml" name="guides/flood.yaml">
                  <failure type="missing-field" message="2:3: a channel is missing required key &apos;kind&apos; (and 3 more errors)">guides/flood.yaml:2:3: error: a channel is missing required key &apos;kind&apos; [missing-field]
            guides/flood.yaml:3:3: error: a channel is missing required key &apos;kind&apos; [missing-field]
            guides/flood.yaml: note: 2 more findings in this file are not shown (5 in all)</failure>
                  <system-out>guides/flood.yaml:1:1: warning: label &apos;x&apos; is used by 2 surfaces [ambiguous-label]</system-out>
                </testcase>
              </testsuite>
            </testsuites>

            """)
    }

    @Test func withoutErrorsTheClosingNoteGoesToTheOutput() {
        let warnings = Fixtures.floodDiagnostics.filter { $0.severity == .error }.map { diagnostic in
            var warning = diagnostic
            warning.severity = .warning
            return warning
        }
        let output = JUnitFormatter().format(warnings, context: Fixtures.floodContext())
        #expect(output.contains(#"tests="2" failures="0""#))
        #expect(output.contains("""
                <testcase classname="guides/flood_yaml" name="guides/flood.yaml">
                  <system-out>guides/flood.yaml:2:3: warning: a channel is missing required key &apos;kind&apos; [missing-field]
            guides/flood.yaml:3:3: warning: a channel is missing required key &apos;kind&apos; [missing-field]
            guides/flood.yaml: note: 2 more findings in this file are not shown (4 in all)</system-out>
                </testcase>
            """))
    }

    @Test func cleanRun() {
        #expect(JUnitFormatter().format([], context: Fixtures.context()) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="pathguide" tests="3" failures="0" errors="0">
              <testsuite name="pathguide check" tests="3" failures="0" errors="0" skipped="0">
                <testcase classname="guides/clean_yaml" name="guides/clean.yaml"/>
                <testcase classname="guides/douyin-shop_yaml" name="guides/douyin-shop.yaml"/>
                <testcase classname="guides/淘宝 checkout_yaml" name="guides/淘宝 checkout.yaml"/>
              </testsuite>
            </testsuites>

            """)
    }

    @Test func warningsDoNotFail() {
        let output = JUnitFormatter().format([Fixtures.ambiguousLabel], context: Fixtures.context())
        #expect(output.contains(#"<testsuites name="pathguide" tests="3" failures="0" errors="0">"#))
        #expect(output.contains("""
                <testcase classname="guides/douyin-shop_yaml" name="guides/douyin-shop.yaml">
                  <system-out>guides/douyin-shop.yaml:18:19: warning: label &apos;我的订单&apos; is used by 2 surfaces [ambiguous-label]</system-out>
                </testcase>
            """))
    }

    @Test func severalErrorsShareOneFailure() {
        let second = Diagnostic(
            ruleID: RuleID(rawValue: "unknown-surface"), severity: .error,
            location: Location(file: Fixtures.shop, line: 14, column: 9), message: "no surface 'cart'"
        )
        let output = JUnitFormatter().format([second, Fixtures.unreachable], context: Fixtures.context())
        #expect(output.contains("""
                  <failure type="unreachable-channel" message="12:7: channel &apos;merchant-chat&apos; cannot be reached from any surface&apos;s start (and 1 more error)">guides/douyin-shop.yaml:12:7: error: channel &apos;merchant-chat&apos; cannot be reached from any surface&apos;s start [unreachable-channel]
              Add a step that leads to &apos;merchant-chat&apos;, or delete the channel.
            guides/douyin-shop.yaml:3:3: note: channel &apos;merchant-chat&apos; defined here
            guides/douyin-shop.yaml:14:9: error: no surface &apos;cart&apos; [unknown-surface]</failure>
            """))
        #expect(output.contains(#"tests="3" failures="1""#))
    }

    @Test func escaping() {
        #expect(JUnitFormatter.escape(#"<a & b> "c" 'd'"#) == "&lt;a &amp; b&gt; &quot;c&quot; &apos;d&apos;")
        #expect(JUnitFormatter.escape("a\nb\tc\rd") == "a&#10;b&#9;c&#13;d")
        #expect(JUnitFormatter.escape("a\nb\tc", inAttribute: false) == "a\nb\tc")
        // Characters XML 1.0 cannot hold at all are dropped.
        #expect(JUnitFormatter.escape("a\u{0}b\u{1B}c\u{FFFE}d\u{1F600}") == "abcd\u{1F600}")
    }

    @Test func wellFormedAndComplete() throws {
        let output = JUnitFormatter().format(Fixtures.diagnostics, context: Fixtures.context())
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(output.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")

        let cases = collector.elements.filter { $0.name == "testcase" }.map { $0.attributes["name"] }
        #expect(cases == ["(run)", Fixtures.clean, Fixtures.shop, Fixtures.checkout])
        let failures = collector.elements.filter { $0.name == "failure" }
        #expect(failures.map { $0.attributes["type"] } == ["no-guides", "unreachable-channel", "markup-in-title"])
        #expect(failures[2].attributes["message"] == #"2:10: title '<Buy & Save>' contains markup; write "Buy and Save" instead"#)
        #expect(collector.text.contains("text '50% off, today: only' has a literal '%'\n  it is shown as written"))
    }

    @Test func underStrictWarningsFailTheirFile() {
        let output = JUnitFormatter().format([Fixtures.ambiguousLabel, Fixtures.longPath], context: Fixtures.context(strict: true))
        #expect(output == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="pathguide" tests="3" failures="1" errors="0">
              <testsuite name="pathguide check" tests="3" failures="1" errors="0" skipped="0">
                <testcase classname="guides/clean_yaml" name="guides/clean.yaml"/>
                <testcase classname="guides/douyin-shop_yaml" name="guides/douyin-shop.yaml">
                  <failure type="warning" message="18:19: label &apos;我的订单&apos; is used by 2 surfaces">guides/douyin-shop.yaml:18:19: warning: label &apos;我的订单&apos; is used by 2 surfaces [ambiguous-label]</failure>
                  <system-out>guides/douyin-shop.yaml:30:5: note: the shortest path to &apos;refund&apos; takes 9 taps [long-path]</system-out>
                </testcase>
                <testcase classname="guides/淘宝 checkout_yaml" name="guides/淘宝 checkout.yaml"/>
              </testsuite>
            </testsuites>

            """)
    }

    @Test func underStrictNotesAloneDoNotFail() {
        let output = JUnitFormatter().format([Fixtures.longPath], context: Fixtures.context(strict: true))
        #expect(output.contains(#"<testsuites name="pathguide" tests="3" failures="0" errors="0">"#))
        #expect(!output.contains("<failure"))
    }

    @Test func underStrictWarningsJoinTheErrorsInOneFailure() {
        let output = JUnitFormatter().format(Fixtures.floodDiagnostics, context: Fixtures.floodContext(strict: true))
        #expect(output == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="pathguide" tests="2" failures="1" errors="0">
              <testsuite name="pathguide check" tests="2" failures="1" errors="0" skipped="0">
                <testcase classname="guides/clean_yaml" name="guides/clean.yaml"/>
                <testcase classname="guides/flood_yaml" name="guides/flood.yaml">
                  <failure type="missing-field" message="2:3: a channel is missing required key &apos;kind&apos; (and 3 more errors, 1 more warning)">guides/flood.yaml:1:1: warning: label &apos;x&apos; is used by 2 surfaces [ambiguous-label]
            guides/flood.yaml:2:3: error: a channel is missing required key &apos;kind&apos; [missing-field]
            guides/flood.yaml:3:3: error: a channel is missing required key &apos;kind&apos; [missing-field]
            guides/flood.yaml: note: 2 more findings in this file are not shown (5 in all)</failure>
                </testcase>
              </testsuite>
            </testsuites>

            """)
    }

    @Test func underStrictEveryFileWithWarningsIsAFailure() {
        let warnings = Fixtures.floodDiagnostics.filter { $0.severity == .error }.map { diagnostic in
            var warning = diagnostic
            warning.severity = .warning
            return warning
        }
        let output = JUnitFormatter().format(warnings, context: Fixtures.floodContext(strict: true))
        #expect(output.contains(#"<testsuites name="pathguide" tests="2" failures="1" errors="0">"#))
        #expect(output.contains("""
                  <failure type="warning" message="2:3: a channel is missing required key &apos;kind&apos; (and 3 more warnings)">guides/flood.yaml:2:3: warning: a channel is missing required key &apos;kind&apos; [missing-field]
            guides/flood.yaml:3:3: warning: a channel is missing required key &apos;kind&apos; [missing-field]
            guides/flood.yaml: note: 2 more findings in this file are not shown (4 in all)</failure>
                </testcase>
            """))
    }

    @Test(arguments: [
        ("guides/shop.yaml", "guides/shop_yaml"),
        ("guides/v1.2/shop.yaml", "guides/v1_2/shop_yaml"),
        ("./guides/.shop.yml", "_/guides/_shop_yml"),
        ("(run)", "(run)"),
    ])
    func classNamesHaveNoDot(path: String, className: String) {
        #expect(JUnitFormatter.className(for: path) == className)
    }
}

/// Records each element's name and attributes, and all text, as the parser reports them.
private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var text = ""

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        elements.append((elementName, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
