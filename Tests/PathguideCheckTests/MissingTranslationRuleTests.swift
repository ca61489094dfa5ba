import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct MissingTranslationRuleTests {
    let rule = MissingTranslationRule()

    @Test func missingBlankAndForeignTexts() throws {
        let marked = try MarkedGuide(GuideText.minimal(screens: """
              - id: home
                name: {zh: 首页, en: Home, fr: 1️⃣Accueil}
                note: {zh: 底部有客服按钮, en: 2️⃣"  "}
                actions:
                  - verb: tap
                    label: 客服
                    gloss: {en: Support}
                    to: assistant
                    when: 3️⃣{zh: 如果店铺提供}
                    source: article
            """))
        #expect(marked.findings(by: rule) == [
            marked.warning(.missingTranslation, at: "1️⃣", "'name' of screen 'home' has text in 'fr', but the guide's languages are 'zh' and 'en'"),
            marked.error(.missingTranslation, at: "2️⃣", "'note' of screen 'home' has a blank 'en' text"),
            marked.error(.missingTranslation, at: "3️⃣", "'when' of action to 'assistant' on screen 'home' has no 'en' text"),
        ])
    }

    @Test func labelsNeedAGlossInLanguagesTheUIDoesNotShow() throws {
        let marked = try MarkedGuide(GuideText.minimal(screens: """
              - id: home
                name: {zh: 首页, en: Home}
                actions:
                  - {verb: tap, label: 1️⃣我的订单, to: assistant, source: article}
                  - {verb: tap, label: 2️⃣客服, gloss: {zh: 客服}, to: assistant, source: article}
                  - {verb: tap, gloss: {en: Search box}, to: assistant, source: article}
            """))
        #expect(marked.findings(by: rule) == [
            marked.error(.missingTranslation, at: "1️⃣", "label '我的订单' needs a gloss in 'en', which the app's UI does not show"),
            marked.error(.missingTranslation, at: "2️⃣", "label '客服' needs a gloss in 'en', which the app's UI does not show"),
        ])
    }

    @Test func noGlossNeededWhenTheUIShowsEveryGuideLanguage() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            platform: GuideText.platform.replacingOccurrences(of: "ui-languages: [zh]", with: "ui-languages: [zh, en]"),
            screens: """
                  - id: home
                    name: {zh: 首页, en: Home}
                    actions:
                      - {verb: tap, label: Support, to: assistant, source: article}
                """))
        #expect(marked.findings(by: rule) == [])
    }

    @Test func textsOfEveryPartAreNamed() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            platform: """
                  id: example-shop
                  name: 1️⃣{zh: 示例商城}
                  ui-languages: [zh]
                  verified: {date: "2026-11-20"}
                  regions:
                    - {id: mainland, name: {zh: 中国大陆, en: Mainland China}, note: 2️⃣{zh: 仅限大陆}}
                """,
            sources: """
                  - {id: article, file: a.txt, title: 3️⃣{zh: 文章}}
                """,
            surfaces: """
                  - {id: app, kind: mobile-app, name: {zh: 应用, en: App}, start: home, note: 4️⃣{zh: 说明}}
                """,
            channels: """
                  - id: assistant
                    kind: smart-assistant
                    name: {zh: 智能客服, en: Smart assistant}
                    operated-by: platform
                    description: 5️⃣{zh: 描述}
                    queue: 6️⃣{zh: 排队}
                    hours: {schedule: always, note: 7️⃣{zh: 全天}}
                    prerequisites:
                      - {kind: order, note: 8️⃣{zh: 需要订单}}
                    escalations:
                      - {verb: type, label: 转人工, gloss: {en: a person}, to: agent, note: 9️⃣{zh: 输入}}
                    contacts:
                      - {kind: phone, value: "95188", note: 🔟{zh: 热线}}
                  - {id: agent, kind: human-agent, name: {zh: 人工, en: Agent}, operated-by: platform}
                """))
        #expect(marked.findings(by: rule) == [
            marked.error(.missingTranslation, at: "1️⃣", "'name' of platform 'example-shop' has no 'en' text"),
            marked.error(.missingTranslation, at: "2️⃣", "'note' of region 'mainland' has no 'en' text"),
            marked.error(.missingTranslation, at: "3️⃣", "'title' of source 'article' has no 'en' text"),
            marked.error(.missingTranslation, at: "4️⃣", "'note' of surface 'app' has no 'en' text"),
            marked.error(.missingTranslation, at: "5️⃣", "'description' of channel 'assistant' has no 'en' text"),
            marked.error(.missingTranslation, at: "6️⃣", "'queue' of channel 'assistant' has no 'en' text"),
            marked.error(.missingTranslation, at: "7️⃣", "'note' of hours of channel 'assistant' has no 'en' text"),
            marked.error(.missingTranslation, at: "8️⃣", "'note' of prerequisite 'order' of channel 'assistant' has no 'en' text"),
            marked.error(.missingTranslation, at: "9️⃣", "'note' of escalation to 'agent' on channel 'assistant' has no 'en' text"),
            marked.error(.missingTranslation, at: "🔟", "'note' of phone contact of channel 'assistant' has no 'en' text"),
        ])
    }

    @Test func textsOfAdviceAreNamed() throws {
        let marked = try MarkedGuide(GuideText.minimal(extra: """
            scenarios:
              - id: refund
                topic: refund-return
                title: 1️⃣{zh: 退款}
                channels: [agent]
                prepare:
                  - {zh: 订单号, en: The order number}
                  - 2️⃣{zh: 照片}
                if-it-fails: 3️⃣{zh: 申请平台介入}
            tips:
              - text: 4️⃣{zh: 保持礼貌}
            troubleshooting:
              - symptom: 5️⃣{zh: 找不到客服}
                remedies:
                  - 6️⃣{zh: 更新 App}
            """))
        #expect(marked.findings(by: rule) == [
            marked.error(.missingTranslation, at: "1️⃣", "'title' of scenario 'refund' has no 'en' text"),
            marked.error(.missingTranslation, at: "2️⃣", "'prepare' item 2 of scenario 'refund' has no 'en' text"),
            marked.error(.missingTranslation, at: "3️⃣", "'if-it-fails' of scenario 'refund' has no 'en' text"),
            marked.error(.missingTranslation, at: "4️⃣", "'text' of tip 1 has no 'en' text"),
            marked.error(.missingTranslation, at: "5️⃣", "'symptom' of troubleshooting entry 1 has no 'en' text"),
            marked.error(.missingTranslation, at: "6️⃣", "'remedies' item 1 of troubleshooting entry 1 has no 'en' text"),
        ])
    }

    @Test func guideWithoutLanguages() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            languages: "[]",
            platform: GuideText.platform.replacingOccurrences(of: "id: example-shop", with: "1️⃣id: example-shop")))
        #expect(marked.findings(by: rule) == [
            marked.error(.missingTranslation, at: "1️⃣", "the guide lists no 'languages'; list the languages its texts are written in, like [zh, en]"),
        ])
    }

    @Test func platformWithoutUILanguages() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            platform: GuideText.platform
                .replacingOccurrences(of: "id: example-shop", with: "1️⃣id: example-shop")
                .replacingOccurrences(of: "ui-languages: [zh]", with: "ui-languages: []")))
        #expect(marked.findings(by: rule) == [
            marked.error(.missingTranslation, at: "1️⃣", "platform 'example-shop' lists no 'ui-languages'; list the languages the app's UI shows, like [zh]"),
        ])
    }

    @Test func singleLanguageGuideNamesItsOnlyLanguage() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            languages: "[zh]",
            platform: GuideText.platform.replacingOccurrences(of: "name: {zh: 示例商城, en: Example Shop}", with: "name: {zh: 示例商城, en: 1️⃣Example Shop}")))
        #expect(marked.findings(by: rule).first == marked.warning(.missingTranslation, at: "1️⃣", "'name' of platform 'example-shop' has text in 'en', but the guide's only language is 'zh'"))
    }

    @Test func completeGuidePasses() throws {
        let marked = try MarkedGuide(GuideText.minimal())
        #expect(marked.findings(by: rule) == [])
    }
}
