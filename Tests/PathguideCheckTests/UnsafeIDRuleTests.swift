import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct UnsafeIDRuleTests {
    let rule = UnsafeIDRule()

    @Test func idsThatAreNotSlugsSayWhatIsWrong() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            platform: GuideText.platform.replacingOccurrences(of: "id: example-shop", with: "id: 1️⃣Example-Shop") + """

                  regions:
                    - {id: 2️⃣-cn--north_, name: {zh: 华北, en: North China}}
                """,
            sources: """
                  - {id: 3️⃣article.txt, file: a.txt}
                  - {id: 4️⃣客服, file: b.txt}
                  - {id: 5️⃣"tab\\there", file: c.txt}
                """,
            channels: GuideText.channels.replacingOccurrences(of: "id: agent", with: "id: 6️⃣Merchant Chat"),
            extra: """
                scenarios:
                  - {id: 7️⃣refund/return, topic: refund-return, title: {zh: 退款, en: Refund}, channels: [agent]}
                """))
        let slug = "ids are lowercase letters, digits and single hyphens"
        #expect(marked.findings(by: rule) == [
            marked.error(.unsafeID, at: "1️⃣", "'Example-Shop' is not a safe id: it has uppercase letters; \(slug), like 'example-shop'"),
            marked.error(.unsafeID, at: "2️⃣", "'-cn--north_' is not a safe id: it has a leading hyphen, two hyphens in a row and an underscore; \(slug), like 'cn-north'"),
            marked.error(.unsafeID, at: "3️⃣", "'article.txt' is not a safe id: it has a dot; \(slug), like 'article-txt'"),
            marked.error(.unsafeID, at: "4️⃣", "'客服' is not a safe id: it has non-ASCII characters; \(slug)"),
            marked.error(.unsafeID, at: "5️⃣", "'tab\\u{9}here' is not a safe id: it has a control character; \(slug), like 'tab-here'"),
            marked.error(.unsafeID, at: "6️⃣", "'Merchant Chat' is not a safe id: it has uppercase letters and a space; \(slug), like 'merchant-chat'"),
            marked.error(.unsafeID, at: "7️⃣", "'refund/return' is not a safe id: it has a separator '/'; \(slug), like 'refund-return'"),
        ])
    }

    @Test func idsTooLongReservedOrEmpty() throws {
        let long = String(repeating: "a", count: 65)
        let marked = try MarkedGuide(GuideText.minimal(sources: """
              - {id: 1️⃣\(long), file: a.txt}
              - {id: 2️⃣con, file: b.txt}
              - {id: 3️⃣lpt9, file: c.txt}
              - {id: 4️⃣"", file: d.txt}
            """))
        #expect(marked.findings(by: rule) == [
            marked.error(.unsafeID, at: "1️⃣", "id '\(String(repeating: "a", count: 59))…' is 65 characters long; ids may have at most 64"),
            marked.error(.unsafeID, at: "2️⃣", "'con' is a reserved device name on Windows and cannot be a file name; choose another id"),
            marked.error(.unsafeID, at: "3️⃣", "'lpt9' is a reserved device name on Windows and cannot be a file name; choose another id"),
            marked.error(.unsafeID, at: "4️⃣", "an empty id is not safe; ids are lowercase letters, digits and single hyphens"),
        ])
    }

    @Test func slugsPass() throws {
        let marked = try MarkedGuide(GuideText.minimal(sources: """
              - {id: \(String(repeating: "a", count: 64)), file: a.txt}
              - {id: com10, file: b.txt}
              - {id: s001-2026, file: c.txt}
            """))
        #expect(marked.findings(by: rule) == [])
    }
}
