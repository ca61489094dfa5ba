import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct DuplicateLanguageRuleTests {
    let rule = DuplicateLanguageRule()

    @Test func aSecondListingIsReportedWithTheFirst() throws {
        let marked = try MarkedGuide(GuideText.minimal(languages: "[1️⃣zh, 2️⃣en, 3️⃣zh, 4️⃣zh]"))
        let diagnostics = marked.diagnostics(of: rule)
        #expect(diagnostics.map(Finding.init) == [
            marked.error(.duplicateLanguage, at: "3️⃣", "'zh' is listed twice in 'languages'; list each language once"),
            marked.error(.duplicateLanguage, at: "4️⃣", "'zh' is listed twice in 'languages'; list each language once"),
        ])
        #expect(diagnostics.map(\.noteLines) == [
            ["\(marked["1️⃣"]): first listed here"],
            ["\(marked["1️⃣"]): first listed here"],
        ])
    }

    @Test func languagesDifferingInCaseAreNotTheSame() throws {
        // 'ZH' is reported by unsupported-language, not as a second 'zh'.
        let marked = try MarkedGuide(GuideText.minimal(languages: "[zh, en, ZH]"))
        #expect(marked.findings(by: rule) == [])
    }
}
