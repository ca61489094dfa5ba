import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct InsecureURLRuleTests {
    let rule = InsecureURLRule()

    @Test func httpSourcesWebsitesAndContactsAreWarnedAbout() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            sources: GuideText.sources + "\n    url: 1️⃣http://example.org/help",
            surfaces: GuideText.surfaces + """

              - id: web
                kind: website
                name: {zh: 网站, en: Website}
                start: assistant
                url: 2️⃣HTTP://shop.example.org/
            """,
            channels: GuideText.channels + """

                contacts:
                  - {kind: url, url: 3️⃣"http://example.org/contact?a=1"}
                  - {kind: url, url: "https://example.org/contact"}
            """))
        #expect(marked.findings(by: rule) == [
            marked.warning(.insecureURL, at: "1️⃣", "source url 'http://example.org/help' uses http; use 'https://example.org/help' if the site serves it"),
            marked.warning(.insecureURL, at: "2️⃣", "website url 'HTTP://shop.example.org/' uses http; use 'https://shop.example.org/' if the site serves it"),
            marked.warning(.insecureURL, at: "3️⃣", "contact url 'http://example.org/contact?a=1' uses http; use 'https://example.org/contact?a=1' if the site serves it"),
        ])
    }

    @Test func httpsAndOtherSchemesPass() throws {
        let marked = try MarkedGuide(GuideText.minimal(sources: GuideText.sources + "\n    url: https://example.org/help"))
        #expect(marked.findings(by: rule) == [])
    }
}
