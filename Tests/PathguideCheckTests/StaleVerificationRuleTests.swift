import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct StaleVerificationRuleTests {
    let rule = StaleVerificationRule()

    func guide(verifiedOn date: String) -> String {
        GuideText.minimal(platform: GuideText.platform.replacingOccurrences(of: "verified: {date: \"2026-11-20\"}", with: "verified: {date: \(date)}"))
    }

    @Test func oldVerification() throws {
        let marked = try MarkedGuide(guide(verifiedOn: "1️⃣\"2024-01-02\""))
        #expect(marked.findings(by: rule) == [
            marked.warning(.staleVerification, at: "1️⃣", "last verified 2024-01-02, 1057 days ago; check the facts again and update the date (limit 365 days)"),
        ])
    }

    @Test func dayAfterTheLimit() throws {
        let marked = try MarkedGuide(guide(verifiedOn: "1️⃣\"2025-11-23\""))
        #expect(marked.findings(by: rule) == [
            marked.warning(.staleVerification, at: "1️⃣", "last verified 2025-11-23, 366 days ago; check the facts again and update the date (limit 365 days)"),
        ])
    }

    @Test func verificationWithinTheLimitPasses() throws {
        #expect(try MarkedGuide(guide(verifiedOn: "\"2025-11-24\"")).findings(by: rule) == [])
        // A future date is verified-date's finding, not a negative age.
        #expect(try MarkedGuide(guide(verifiedOn: "\"2027-01-01\"")).findings(by: rule) == [])
    }
}
