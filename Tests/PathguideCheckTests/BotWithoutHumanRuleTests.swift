import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct BotWithoutHumanRuleTests {
    let rule = BotWithoutHumanRule()

    /// The minimal guide's screen also leads to `bot`, so only this rule has something to say.
    func guide(withChannels channels: String) -> String {
        GuideText.minimal(
            screens: GuideText.screens + """

                      - {verb: tap, to: bot, source: article}
                """,
            channels: GuideText.channels + "\n" + channels)
    }

    @Test func botWithoutEscalations() throws {
        let marked = try MarkedGuide(guide(withChannels: """
              - id: 1️⃣bot
                kind: smart-assistant
                name: {zh: 机器人, en: Bot}
                operated-by: merchant
                source: article
            """))
        let diagnostics = marked.diagnostics(of: rule)
        #expect(diagnostics.map(Finding.init) == [
            marked.error(.botWithoutHuman, at: "1️⃣", "channel 'bot' is answered by a bot and has no way on to a person"),
        ])
        #expect(diagnostics.first?.noteLines == ["-: it has no escalations"])
    }

    /// An escalation to a misspelt id is a dangling reference; the bot is not said to have none.
    @Test func aMisspeltEscalationIsNotAMissingOne() throws {
        let marked = try MarkedGuide(guide(withChannels: """
              - id: bot
                kind: smart-assistant
                name: {zh: 机器人, en: Bot}
                operated-by: merchant
                source: article
                escalations:
                  - {verb: type, label: 转人工, gloss: {en: transfer to a person}, to: agnt, source: article}
            """))
        #expect(marked.findings(by: rule) == [])
        #expect(marked.findings(by: DanglingReferenceRule()).map(\.ruleID) == [.danglingReference])
    }

    @Test func escalationsThatReachOnlyMachines() throws {
        let marked = try MarkedGuide(guide(withChannels: """
              - id: 1️⃣bot
                kind: platform-support
                staffed-by: bot
                name: {zh: 机器人, en: Bot}
                operated-by: platform
                source: article
                escalations:
                  - {verb: tap, to: faq, source: article}
              - id: faq
                kind: help-center
                name: {zh: 帮助中心, en: Help center}
                operated-by: platform
                source: article
                escalations:
                  - {verb: tap, to: bot, source: article}
            """))
        let diagnostics = marked.diagnostics(of: rule)
        #expect(diagnostics.map(Finding.init) == [
            marked.error(.botWithoutHuman, at: "1️⃣", "channel 'bot' is answered by a bot and has no way on to a person"),
        ])
        #expect(diagnostics.first?.noteLines == ["-: its escalations reach only 'faq' (self-service)"])
    }

    @Test func aChannelWhoseStaffingIsUnknownIsNotAPerson() throws {
        let marked = try MarkedGuide(guide(withChannels: """
              - id: 1️⃣bot
                kind: smart-assistant
                name: {zh: 机器人, en: Bot}
                operated-by: platform
                source: article
                escalations:
                  - {verb: tap, to: account, source: article}
              - id: account
                kind: social-account
                staffed-by: unknown
                name: {zh: 微博, en: Weibo}
                operated-by: platform
                source: article
            """))
        let diagnostics = marked.diagnostics(of: rule)
        #expect(diagnostics.map(Finding.init) == [
            marked.error(.botWithoutHuman, at: "1️⃣", "channel 'bot' is answered by a bot and has no way on to a person"),
        ])
        #expect(diagnostics.first?.noteLines == ["-: its escalations reach only 'account' (unknown)"])
    }

    @Test func botsThatReachPeopleThroughOtherChannelsPass() throws {
        let marked = try MarkedGuide(guide(withChannels: """
              - id: bot
                kind: smart-assistant
                name: {zh: 机器人, en: Bot}
                operated-by: merchant
                source: article
                escalations:
                  - {verb: type, label: 人工, gloss: {en: person}, to: assistant, source: article}
              - id: mixed-chat
                kind: merchant-support
                staffed-by: mixed
                name: {zh: 客服, en: Chat}
                operated-by: merchant
                source: article
            """))
        #expect(marked.findings(by: rule) == [])
    }
}
