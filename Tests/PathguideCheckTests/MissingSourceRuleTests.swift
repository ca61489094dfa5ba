import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct MissingSourceRuleTests {
    let rule = MissingSourceRule()

    @Test func factsWithoutSources() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            screens: """
                  - id: home
                    name: {zh: 首页, en: Home}
                    source: article
                    actions:
                      - 1️⃣{verb: tap, label: 客服, gloss: {en: Support}, to: assistant}
                """,
            channels: """
                  - 2️⃣id: assistant
                    kind: smart-assistant
                    name: {zh: 智能客服, en: Smart assistant}
                    operated-by: platform
                    escalations:
                      - 3️⃣{verb: type, label: 转人工, gloss: {en: a person}, to: agent}
                  - id: agent
                    kind: human-agent
                    name: {zh: 人工客服, en: Human agent}
                    operated-by: platform
                    source: article
                    hours:
                      4️⃣schedule:
                        - {days: [mon], opens: "09:00", closes: "18:00"}
                      time-zone: Asia/Shanghai
                    contacts:
                      - 5️⃣{kind: phone, value: "95188"}
                """,
            extra: """
                scenarios:
                  - 6️⃣id: refund
                    topic: refund-return
                    title: {zh: 退款, en: Refund}
                    channels: [agent]
                tips:
                  - 7️⃣text: {zh: 保持礼貌, en: Stay polite}
                troubleshooting:
                  - 8️⃣symptom: {zh: 找不到客服, en: No support button}
                """))
        #expect(marked.findings(by: rule) == [
            marked.warning(.missingSource, at: "1️⃣", "no source given for action to 'assistant' on screen 'home'"),
            marked.warning(.missingSource, at: "2️⃣", "no source given for channel 'assistant'"),
            marked.warning(.missingSource, at: "3️⃣", "no source given for escalation to 'agent' on channel 'assistant'"),
            marked.warning(.missingSource, at: "4️⃣", "no source given for hours of channel 'agent'"),
            marked.warning(.missingSource, at: "5️⃣", "no source given for phone contact of channel 'agent'"),
            marked.warning(.missingSource, at: "6️⃣", "no source given for scenario 'refund'"),
            marked.warning(.missingSource, at: "7️⃣", "no source given for tip 1"),
            marked.warning(.missingSource, at: "8️⃣", "no source given for troubleshooting entry 1"),
        ])
    }

    @Test func sourceNothingNames() throws {
        let marked = try MarkedGuide(GuideText.minimal(sources: GuideText.sources + """

              - id: 1️⃣unused
                file: 002.txt
            """))
        let diagnostics = marked.diagnostics(of: rule)
        #expect(diagnostics.map(Finding.init) == [
            marked.warning(.missingSource, at: "1️⃣", "source 'unused' is not named by anything in the guide"),
        ])
        #expect(diagnostics.first?.explanation == "Name it with 'source:' on the facts it supports, or remove it.")
    }

    @Test func placesAndHoursWithoutTimesNeedNoSource() throws {
        let marked = try MarkedGuide(GuideText.minimal(channels: GuideText.channels + """

                hours: unknown
                prerequisites: [order]
            """))
        #expect(marked.findings(by: rule) == [])
    }
}
