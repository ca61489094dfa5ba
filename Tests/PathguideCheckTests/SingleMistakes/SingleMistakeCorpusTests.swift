import PathguideDiagnostics
import PathguideTestSupport
import Testing

/// A corpus of single mistakes, each made in the guide that sets every field
/// (`GuideText.complete`) and each expected to give exactly one error, of the right rule, at the
/// place to change.
@Suite struct SingleMistakeCorpusTests {
    static let file = "guides/example-shop.yaml"

    static let mistakes: [SingleMistake] = [
        // Syntax
        SingleMistake("a key repeated in one mapping", after: "- id: app", "start: home", "start: home\n    1️⃣start: home", .duplicateKey),
        SingleMistake("a second document", "troubleshooting:", "---\n1️⃣troubleshooting:", .yamlSyntax),
        SingleMistake("a tab in the indentation", "    kind: mobile-app", "1️⃣\tkind: mobile-app", .yamlSyntax),
        SingleMistake("an unclosed flow mapping", "name: {zh: 智能客服, en: Smart assistant}", "name: 1️⃣{zh: 智能客服, en: Smart assistant", .yamlSyntax),
        SingleMistake("an unclosed quote", "time-zone: Asia/Shanghai", "time-zone: 1️⃣\"Asia/Shanghai", .yamlSyntax),
        SingleMistake("an unknown key brought in by a merge key", "  - id: agent\n    kind: human-agent", "  - id: agent\n    <<: {kind: human-agent, 1️⃣colour: red}", .unknownKey),
        // Shape
        SingleMistake("an unknown key", "staffed-by: bot", "staffed-by: bot\n    1️⃣colour: red", .unknownKey),
        SingleMistake("a misspelt required key", after: "- id: assistant", "operated-by: platform", "1️⃣operatd-by: platform", .unknownKey),
        SingleMistake("a missing required key", "  - id: app\n    kind: mobile-app", "  - 1️⃣id: app", .missingField),
        SingleMistake("a string where a text belongs", "name: {zh: 示例商城, en: Example Shop}", "name: 1️⃣FreshCart", .wrongType),
        SingleMistake("a mapping where a list belongs", "regions: [mainland]\n    source: article\nscreens:", "regions: 1️⃣{mainland: yes}\n    source: article\nscreens:", .wrongType),
        SingleMistake("one action written where a list belongs", "    actions:\n      - verb: tap", "    actions:\n        1️⃣verb: tap", .wrongType),
        SingleMistake("a channel kind outside the enumeration", "kind: human-agent", "kind: 1️⃣human-agnt", .invalidValue),
        SingleMistake("a verb outside the enumeration", "verb: tap", "verb: 1️⃣press", .invalidValue),
        SingleMistake("a position outside the enumeration", "position: bottom-right", "position: 1️⃣bottom-rite", .invalidValue),
        SingleMistake("a topic outside the enumeration", "topic: refund-return", "topic: 1️⃣refunds", .invalidValue),
        SingleMistake("an operator outside the enumeration", after: "- id: agent", "operated-by: platform", "operated-by: 1️⃣platfrom", .invalidValue),
        SingleMistake("a prerequisite outside the enumeration", "kind: order", "kind: 1️⃣orders", .invalidValue),
        SingleMistake("an impossible date", "date: \"2026-11-20\"", "date: 1️⃣\"2026-02-30\"", .invalidValue),
        SingleMistake("an unsupported format", "format: 1", "format: 1️⃣2", .invalidValue),
        SingleMistake("an id declared twice", "  - id: refund", "  - id: 1️⃣home", .duplicateID),
        // References
        SingleMistake("a misspelt action target", "to: assistant", "to: 1️⃣assistent", .danglingReference),
        SingleMistake("a misspelt escalation target", "to: agent", "to: 1️⃣agnt", .danglingReference),
        SingleMistake("an escalation to a screen", "to: agent", "to: 1️⃣home", .danglingReference),
        SingleMistake("a misspelt surface start", "start: home", "start: 1️⃣hom", .danglingReference),
        SingleMistake("a misspelt source", after: "tips:", "source: article", "source: 1️⃣artcle", .danglingReference),
        SingleMistake("a misspelt region", after: "surfaces:", "regions: [mainland]", "regions: [1️⃣mainlnd]", .danglingReference),
        SingleMistake("a misspelt scenario channel", after: "scenarios:", "channels: [agent]", "channels: [1️⃣agnet]", .danglingReference),
        SingleMistake("a misspelt route surface", "route: {surface: app", "route: {surface: 1️⃣ap", .danglingReference),
        // Graph
        SingleMistake("a channel nothing leads to", "scenarios:", """
              - id: 1️⃣orphan
                kind: email
                name: {zh: 邮件, en: Email}
                operated-by: platform
                source: article
            scenarios:
            """, .unreachableChannel),
        SingleMistake("a bot whose escalation reaches no person", "kind: human-agent", "kind: help-center", .botWithoutHuman,
                      marking: "- id: assistant", "- id: 1️⃣assistant"),
        SingleMistake("a pinned route that skips a step", "through: [assistant, agent]", "through: [1️⃣agent]", .invalidRoute),
        // Hours
        SingleMistake("a slot that closes before it opens", "closes: \"18:00\"", "closes: 1️⃣\"08:00\"", .badHours),
        SingleMistake("a time that is not HH:MM", "opens: \"09:00\"", "opens: 1️⃣\"9am\"", .badHours),
        SingleMistake("a day listed twice", "days: [mon, tue,", "days: [mon, 1️⃣mon,", .badHours),
        SingleMistake("a time zone that is not IANA", "time-zone: Asia/Shanghai", "time-zone: 1️⃣CST", .badHours),
        SingleMistake("a day outside the enumeration", "days: [mon, tue,", "days: [mon, 1️⃣tues,", .invalidValue),
        // Translations and languages
        SingleMistake("a text without its English", "title: {zh: 退款, en: A refund}", "title: 1️⃣{zh: 退款}", .missingTranslation),
        SingleMistake("a blank text", "{zh: 人工客服, en: Human agent}", "{zh: 人工客服, en: 1️⃣\" \"}", .missingTranslation),
        SingleMistake("a label without its gloss", "    label: 客服\n        gloss: {en: Support}\n", "    label: 1️⃣客服\n", .missingTranslation),
        SingleMistake("a language listed twice", "languages: [zh, en]", "languages: [zh, en, 1️⃣en]", .duplicateLanguage),
        SingleMistake("a text still a placeholder", "{zh: 网页版, en: The web edition}", "{zh: 网页版, en: 1️⃣TODO describe the web edition}", .unfilledPlaceholder),
        // URLs and ids
        SingleMistake("a script address", "url: https://example.com/chat", "url: 1️⃣\"javascript:alert(1)\"", .unsafeURL),
        SingleMistake("an address with credentials", "url: https://example.com/help", "url: 1️⃣https://user:secret@example.com/help", .unsafeURL),
        SingleMistake("an address with a space", "url: https://example.com/app", "url: 1️⃣\"https://exa mple.com/app\"", .unsafeURL),
        SingleMistake("a right-to-left override in a name", "name: {zh: 智能客服, en: Smart assistant}", "name: {zh: 智能客服, en: 1️⃣\"Smart \\u202Eassistant\"}", .hiddenCharacter),
        SingleMistake("an id that is not a slug", "  - id: refund", "  - id: 1️⃣Refund", .unsafeID),
        // Dates
        SingleMistake("a verified date in the future", "date: \"2026-11-20\"", "date: 1️⃣\"2027-01-01\"", .verifiedDate),
    ]

    @Test(arguments: mistakes) func oneMistakeIsOneError(_ mistake: SingleMistake) throws {
        try mistake.expectOneError(in: GuideText.complete, file: Self.file)
    }

    @Test func theGuideWithoutMistakesHasNoFindings() {
        #expect(SingleMistake.findings(GuideText.complete, file: Self.file).map(Finding.init) == [])
    }

    @Test func everyKindOfMistakeIsDifferent() {
        let names = Self.mistakes.map(\.name)
        #expect(Set(names).count == names.count)
    }
}
