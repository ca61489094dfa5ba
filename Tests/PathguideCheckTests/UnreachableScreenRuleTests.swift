import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct UnreachableScreenRuleTests {
    let rule = UnreachableScreenRule()

    @Test func screenNoActionLeadsTo() throws {
        let marked = try MarkedGuide(GuideText.minimal(screens: GuideText.screens + """

              - id: 1️⃣orphan
                name: {zh: 孤立页面, en: Orphan}
                actions:
                  - {verb: tap, to: home, source: article}
            """))
        #expect(marked.findings(by: rule) == [
            marked.warning(.unreachableScreen, at: "1️⃣", "screen 'orphan' cannot be reached from the start of any surface"),
        ])
    }

    @Test func screensReachedThroughOtherScreensPass() throws {
        let marked = try MarkedGuide(GuideText.minimal(screens: """
              - id: home
                name: {zh: 首页, en: Home}
                actions:
                  - {verb: tap, to: me, source: article}
              - id: me
                name: {zh: 我, en: Me}
                actions:
                  - {verb: tap, to: assistant, source: article}
            """))
        #expect(marked.findings(by: rule) == [])
    }
}
