import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct DanglingReferenceRuleTests {
    let rule = DanglingReferenceRule()

    @Test func misspeltTargetSuggestsTheChannel() throws {
        let marked = try MarkedGuide(GuideText.minimal(screens: """
              - id: home
                name: {zh: 首页, en: Home}
                actions:
                  - {verb: tap, to: 1️⃣assistnt, source: article}
                  - {verb: tap, to: 2️⃣nowhere-at-all, source: article}
            """))
        #expect(marked.findings(by: rule) == [
            marked.error(.danglingReference, at: "1️⃣", "'to' names 'assistnt', which is not a screen or channel; did you mean 'assistant'?"),
            marked.error(.danglingReference, at: "2️⃣", "'to' names 'nowhere-at-all', which is not a screen or channel"),
        ])
    }

    @Test func referenceToTheWrongKindOfThing() throws {
        let marked = try MarkedGuide(GuideText.minimal(surfaces: """
              - id: app
                kind: mobile-app
                name: {zh: 示例 App, en: Example app}
                start: 1️⃣article
                source: 2️⃣home
            """))
        #expect(marked.findings(by: rule) == [
            marked.error(.danglingReference, at: "1️⃣", "'start' names 'article', which is a source, not a screen or channel"),
            marked.error(.danglingReference, at: "2️⃣", "'source' names 'home', which is a screen, not a source"),
        ])
    }

    @Test func escalationToAScreen() throws {
        let marked = try MarkedGuide(GuideText.minimal(channels: GuideText.channels + """

              - id: bot
                kind: smart-assistant
                name: {zh: 机器人, en: Bot}
                operated-by: platform
                escalations:
                  - {verb: type, label: 转人工, gloss: {en: a person}, to: 1️⃣home}
                  - {verb: type, label: 人工, gloss: {en: person}, to: 2️⃣agnt}
            """))
        let diagnostics = marked.diagnostics(of: rule)
        #expect(diagnostics.map(Finding.init) == [
            marked.error(.danglingReference, at: "1️⃣", "an escalation must lead to a channel; 'home' is a screen"),
            marked.error(.danglingReference, at: "2️⃣", "'to' names 'agnt', which is not a channel; did you mean 'agent'?"),
        ])
        #expect(diagnostics.first?.explanation != nil)
    }

    @Test func everyKindOfReferenceIsResolved() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            platform: GuideText.platform + """

                  regions:
                    - {id: mainland, name: {zh: 中国大陆, en: Mainland China}}
                """,
            channels: GuideText.channels + """

                  - id: hotline
                    kind: hotline
                    name: {zh: 热线, en: Hotline}
                    operated-by: platform
                    regions: [mainland, 1️⃣mainlnd]
                    source: [article, 2️⃣artcle]
                """,
            extra: """
                scenarios:
                  - id: refund
                    topic: refund-return
                    title: {zh: 退款, en: Refund}
                    channels: [agent, 3️⃣agnet]
                    route: {surface: 4️⃣ap, through: [5️⃣hom]}
                troubleshooting:
                  - symptom: {zh: 找不到客服, en: No support button}
                    channels: [6️⃣refund]
                """))
        #expect(marked.findings(by: rule) == [
            marked.error(.danglingReference, at: "1️⃣", "'regions' names 'mainlnd', which is not a region; did you mean 'mainland'?"),
            marked.error(.danglingReference, at: "2️⃣", "'source' names 'artcle', which is not a source; did you mean 'article'?"),
            marked.error(.danglingReference, at: "3️⃣", "'channels' names 'agnet', which is not a channel; did you mean 'agent'?"),
            marked.error(.danglingReference, at: "4️⃣", "'surface' names 'ap', which is not a surface; did you mean 'app'?"),
            marked.error(.danglingReference, at: "5️⃣", "'through' names 'hom', which is not a screen or channel; did you mean 'home'?"),
            marked.error(.danglingReference, at: "6️⃣", "'channels' names 'refund', which is a scenario, not a channel"),
        ])
    }

    @Test func resolvedReferencesPass() throws {
        let marked = try MarkedGuide(GuideText.minimal(extra: """
            scenarios:
              - id: refund
                topic: refund-return
                title: {zh: 退款, en: Refund}
                channels: [agent]
                route: {surface: app, through: [assistant, agent]}
                source: article
            """))
        #expect(marked.findings(by: rule) == [])
    }
}
