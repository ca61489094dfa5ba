import PathguideCheck
import PathguideRender
import PathguideTestSupport
import Testing

@Suite struct UnsupportedLanguageRuleTests {
    let rule = UnsupportedLanguageRule()

    @Test func aLanguageWithoutAPhrasebookIsReportedWhereItIsListed() throws {
        let marked = try MarkedGuide(GuideText.minimal(languages: "[zh, en, 1️⃣ja]"))
        #expect(marked.findings(by: rule) == [
            marked.error(.unsupportedLanguage, at: "1️⃣", "guides cannot be written in 'ja'; the supported languages are en, zh"),
        ])
    }

    @Test func aScriptVariantIsNotTakenForItsBaseLanguage() throws {
        let marked = try MarkedGuide(GuideText.minimal(languages: "[1️⃣zh-Hant, en]"))
        #expect(marked.findings(by: rule) == [
            marked.error(.unsupportedLanguage, at: "1️⃣", "guides cannot be written in 'zh-Hant'; the supported languages are en, zh"),
        ])
    }

    @Test func aSupportedLanguageInCapitalsGetsASuggestion() throws {
        let marked = try MarkedGuide(GuideText.minimal(languages: """

              - zh
              - 1️⃣EN
              - 2️⃣fr
            """))
        #expect(marked.findings(by: rule) == [
            marked.error(.unsupportedLanguage, at: "1️⃣", "guides cannot be written in 'EN'; the supported languages are en, zh; did you mean 'en'?"),
            marked.error(.unsupportedLanguage, at: "2️⃣", "guides cannot be written in 'fr'; the supported languages are en, zh"),
        ])
    }

    @Test func everySupportedLanguagePasses() throws {
        let marked = try MarkedGuide(GuideText.minimal(languages: "[zh, en]"))
        #expect(marked.findings(by: rule) == [])
        #expect(GuideRenderer.supportedLocales == ["en", "zh"])
    }
}
