import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct UnsafeURLRuleTests {
    let rule = UnsafeURLRule()

    /// The minimal guide with a channel holding `contacts`.
    func guide(contacts: String, sources: String = GuideText.sources) -> String {
        GuideText.minimal(sources: sources, channels: GuideText.channels + """

              - id: hotline
                kind: hotline
                name: {zh: 热线, en: Hotline}
                operated-by: platform
                source: article
                contacts:
            \(contacts)
            """)
    }

    @Test func schemesThatRunCodeOrReadFiles() throws {
        let marked = try MarkedGuide(guide(contacts: """
                  - {kind: url, url: 1️⃣"javascript:alert(1)"}
                  - {kind: url, url: 2️⃣"JavaScript:alert(1)"}
                  - {kind: url, url: 3️⃣"data:text/html,<script>alert(1)</script>"}
                  - {kind: url, url: 4️⃣"vbscript:msgbox(1)"}
                  - {kind: url, url: 5️⃣"file:///etc/passwd"}
            """))
        let instead = "link to an https page instead"
        #expect(marked.findings(by: rule) == [
            marked.error(.unsafeURL, at: "1️⃣", "url 'javascript:alert(1)' uses 'javascript:', which runs code in the reader's browser; \(instead)"),
            marked.error(.unsafeURL, at: "2️⃣", "url 'JavaScript:alert(1)' uses 'javascript:', which runs code in the reader's browser; \(instead)"),
            marked.error(.unsafeURL, at: "3️⃣", "url 'data:text/html,<script>alert(1)</script>' uses 'data:', which can carry a page or script that runs in the reader's browser; \(instead)"),
            marked.error(.unsafeURL, at: "4️⃣", "url 'vbscript:msgbox(1)' uses 'vbscript:', which runs code in the reader's browser; \(instead)"),
            marked.error(.unsafeURL, at: "5️⃣", "url 'file:///etc/passwd' uses 'file:', which reads files on the reader's own computer; \(instead)"),
        ])
    }

    @Test func malformedURLs() throws {
        let marked = try MarkedGuide(guide(
            contacts: """
                      - {kind: url, url: 1️⃣www.taobao.com}
                      - {kind: url, url: 2️⃣"//www.taobao.com"}
                      - {kind: url, url: 3️⃣"https://shop.example/a b"}
                      - {kind: url, url: 4️⃣"https://shop.example/\\x01"}
                      - {kind: url, url: 5️⃣"ftp://files.example.com"}
                      - {kind: url, url: 6️⃣"https://shop.example/%zz"}
                      - {kind: url, url: 7️⃣""}
                """,
            sources: """
                  - {id: article, file: a.txt, url: 8️⃣"mailto:help@shop.example"}
                """))
        #expect(marked.findings(by: rule) == [
            marked.error(.unsafeURL, at: "8️⃣", "url 'mailto:help@shop.example' uses 'mailto:'; only https and http links are allowed here"),
            marked.error(.unsafeURL, at: "1️⃣", "url 'www.taobao.com' has no scheme; write it in full, like 'https://www.taobao.com'"),
            marked.error(.unsafeURL, at: "2️⃣", "url '//www.taobao.com' has no scheme; write it in full, like 'https://www.taobao.com'"),
            marked.error(.unsafeURL, at: "3️⃣", "url 'https://shop.example/a b' contains whitespace; write a space as %20"),
            marked.error(.unsafeURL, at: "4️⃣", "url 'https://shop.example/\\u{1}' contains a control character"),
            marked.error(.unsafeURL, at: "5️⃣", "url 'ftp://files.example.com' uses 'ftp:'; only https, http, tel and mailto links are allowed here"),
            marked.error(.unsafeURL, at: "6️⃣", "url 'https://shop.example/%zz' has a '%' that is not followed by two hex digits"),
            marked.error(.unsafeURL, at: "7️⃣", "the url is empty"),
        ])
    }

    @Test func webLinksNeedAHostAndNoCredentials() throws {
        let marked = try MarkedGuide(guide(contacts: """
                  - {kind: url, url: 1️⃣"https:shop.example"}
                  - {kind: url, url: 2️⃣"https:///help"}
                  - {kind: url, url: 3️⃣"https://taobao.com@evil.example/"}
                  - {kind: url, url: 4️⃣"https://shop_.example/"}
                  - {kind: url, url: 5️⃣"https://shop.example:99999/"}
                  - {kind: url, url: 6️⃣"https://shop.example\\\\evil"}
            """))
        #expect(marked.findings(by: rule) == [
            marked.error(.unsafeURL, at: "1️⃣", "url 'https:shop.example' has no host; write it like 'https://example.com/…'"),
            marked.error(.unsafeURL, at: "2️⃣", "url 'https:///help' has no host"),
            marked.error(.unsafeURL, at: "3️⃣", "url 'https://taobao.com@evil.example/' has a user name or password before '@'; links must not carry credentials"),
            marked.error(.unsafeURL, at: "4️⃣", "url 'https://shop_.example/' has an invalid host 'shop_.example'"),
            marked.error(.unsafeURL, at: "5️⃣", "url 'https://shop.example:99999/' has an invalid port '99999'"),
            marked.error(.unsafeURL, at: "6️⃣", "url 'https://shop.example\\evil' contains a backslash; use '/'"),
        ])
    }

    @Test func phoneAndEmailLinksAndValues() throws {
        let marked = try MarkedGuide(guide(contacts: """
                  - {kind: phone, url: 1️⃣"tel:call-me"}
                  - {kind: email, url: 2️⃣"mailto:support"}
                  - {kind: phone, value: 3️⃣call the shop}
                  - {kind: email, value: 4️⃣support at shop}
            """))
        #expect(marked.findings(by: rule) == [
            marked.error(.unsafeURL, at: "1️⃣", "url 'tel:call-me' is not a phone number; after 'tel:' write only digits, spaces, dots and + - ( )"),
            marked.error(.unsafeURL, at: "2️⃣", "url 'mailto:support' needs an address like name@example.com after 'mailto:'"),
            marked.error(.unsafeURL, at: "3️⃣", "'call the shop' is not a phone number; a phone contact's value has only digits, spaces, dots and + - ( )"),
            marked.error(.unsafeURL, at: "4️⃣", "'support at shop' is not an email address like name@example.com"),
        ])
    }

    @Test func safeLinksPass() throws {
        let marked = try MarkedGuide(guide(
            contacts: """
                      - {kind: url, url: "https://www.taobao.com/help?q=%E5%AE%A2#top"}
                      - {kind: url, url: "HTTP://[::1]:8080/"}
                      - {kind: url, url: "https://例子.测试/"}
                      - {kind: phone, value: "+86 (571) 8815-8198", url: "tel:+86 571 8815 8198"}
                      - {kind: email, value: help@shop.example, url: "mailto:help@shop.example?subject=Order"}
                      - {kind: wechat, value: 淘宝客服}
                """,
            sources: """
                  - {id: article, file: a.txt, url: "https://shop.example/articles/1"}
                """))
        #expect(marked.findings(by: rule) == [])
    }
}
