import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct HiddenCharacterRuleTests {
    let rule = HiddenCharacterRule()

    @Test func overridesMarksAndControlsAreFoundAtTheirText() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            surfaces: """
              - id: app
                kind: mobile-app
                name: {zh: 1️⃣"示例\\u202E ppA", en: 2️⃣"Example\\u200F app"}
                start: home
            """,
            screens: """
              - id: home
                name: {zh: 首页, en: 3️⃣"Home\\u0007"}
                actions:
                  - verb: tap
                    label: 4️⃣"客\\u2066服"
                    gloss: {en: Support}
                    to: assistant
                    source: article
            """))
        let hidden = "which readers do not see but which changes what they see; remove it"
        #expect(marked.findings(by: rule) == [
            marked.error(.hiddenCharacter, at: "1️⃣", "'name' of surface 'app' in 'zh' holds U+202E RIGHT-TO-LEFT OVERRIDE (character 3), \(hidden)"),
            marked.error(.hiddenCharacter, at: "2️⃣", "'name' of surface 'app' in 'en' holds U+200F RIGHT-TO-LEFT MARK (character 8), \(hidden)"),
            marked.error(.hiddenCharacter, at: "3️⃣", "'name' of screen 'home' in 'en' holds U+0007 a control character (character 5), \(hidden)"),
            marked.error(.hiddenCharacter, at: "4️⃣", "label of action to 'assistant' on screen 'home' holds U+2066 LEFT-TO-RIGHT ISOLATE (character 2), \(hidden)"),
        ])
    }

    @Test func tabsLineBreaksAndOrdinaryScriptsPass() throws {
        #expect(HiddenCharacterRule.problem(in: "第一行\n第二行\t«Ω» 😀 👩‍💻 עברית") == nil)
    }
}
