import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct VerifiedDateRuleTests {
    let rule = VerifiedDateRule()

    func platform(verified: String) -> String {
        """
          1️⃣id: example-shop
          name: {zh: 示例商城, en: Example Shop}
          ui-languages: [zh]
        \(verified)
        """
    }

    @Test func platformWithoutVerified() throws {
        let marked = try MarkedGuide(GuideText.minimal(platform: platform(verified: "")))
        #expect(marked.findings(by: rule) == [
            marked.error(.verifiedDate, at: "1️⃣", "platform 'example-shop' has no 'verified' date; add when the facts were last checked, like verified: {date: \"2026-11-24\"}"),
        ])
    }

    @Test func verifiedWithoutDate() throws {
        let marked = try MarkedGuide(GuideText.minimal(platform: platform(verified: "  verified: 2️⃣{app-version: \"12.1\"}")))
        #expect(marked.findings(by: rule) == [
            marked.error(.verifiedDate, at: "2️⃣", "'verified' has no 'date'; add the day the facts were last checked, like date: \"2026-11-24\""),
        ])
    }

    @Test func dateInTheFuture() throws {
        let marked = try MarkedGuide(GuideText.minimal(platform: platform(verified: "  verified: {date: 2️⃣\"2027-01-01\"}")))
        #expect(marked.findings(by: rule) == [
            marked.error(.verifiedDate, at: "2️⃣", "verified date 2027-01-01 is in the future (today is 2026-11-24)"),
        ])
    }

    @Test func verifiedTodayPasses() throws {
        let marked = try MarkedGuide(GuideText.minimal(platform: platform(verified: "  verified: {date: \"2026-11-24\"}")))
        #expect(marked.findings(by: rule) == [])
    }
}
