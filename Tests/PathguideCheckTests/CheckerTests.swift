import PathguideCheck
import PathguideDiagnostics
import PathguideTestSupport
import Testing

@Suite struct CheckerTests {
    /// The minimal guide gives no hours, which is worth knowing but nothing to fix.
    @Test func minimalGuideHasOnlyTheNoteOnUnknownHours() throws {
        let marked = try MarkedGuide(GuideText.minimal())
        let diagnostics = Checker(context: MarkedGuide.context).check(marked.guide)
        #expect(diagnostics.map(Finding.init) == [
            Finding(ruleID: .hoursGap, severity: .note, location: "guides/example-shop.yaml:4:7", message: "the one channel with people, 'agent', has unknown hours"),
        ])
    }

    @Test func ruleIDsAreUniqueKebabCase() {
        let ids = Checker.ruleDescriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.rawValue.wholeMatch(of: /[a-z]+(-[a-z]+)*/) != nil, "rule id '\(id)'")
        }
    }

    @Test func messagesAreOneLowercaseLineWithoutAFinalPeriod() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            languages: "[zh, en, fr]",
            channels: GuideText.channels + """

                  - id: Hotline
                    kind: smart-assistant
                    name: {zh: 热线, en: " "}
                    operated-by: platform
                    hours:
                      schedule: [{days: [mon, mon], opens: "9", closes: "8:00"}]
                      time-zone: CST
                    contacts:
                      - {kind: phone, value: "x", url: "javascript:alert(1)"}
                """,
            extra: """
                scenarios:
                  - {id: a.b, topic: other, title: {zh: 其他}, channels: [Agnt], route: {surface: app, through: [agent]}}
                """))
        let diagnostics = Checker(context: MarkedGuide.context).check(marked.guide)
        #expect(Set(diagnostics.map(\.ruleID)).count >= 8)
        for diagnostic in diagnostics {
            let message = diagnostic.message
            #expect(message.first.map { !$0.isUppercase } ?? false, "\(message)")
            #expect(!message.hasSuffix("."), "\(message)")
            #expect(!message.contains("\n"), "\(message)")
        }
    }

    @Test func everyRuleIsDescribed() {
        for description in Checker.ruleDescriptions {
            #expect(!description.name.isEmpty)
            #expect(description.summary.hasSuffix("."), "summary of '\(description.id)'")
        }
    }
}
