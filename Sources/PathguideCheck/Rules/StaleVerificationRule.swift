import PathguideCore
import PathguideDiagnostics

/// Apps move their buttons; a guide checked long ago is probably wrong somewhere. The limit is
/// the check context's, so a project can choose how often it re-verifies.
public struct StaleVerificationRule: GuideRule {
    public static let description = RuleDescription(
        id: .staleVerification, defaultSeverity: .warning, name: "Stale verification",
        summary: "The facts should have been verified within the configured number of days (365 by default).")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let guide = input.guide
        let context = input.context
        // A missing or future date is `verified-date`'s finding.
        guard let date = guide.platform.verified?.date else { return [] }
        let age = context.today.daysSinceEpoch - date.value.daysSinceEpoch
        guard age > context.maxVerifiedAgeDays else { return [] }
        return [diagnostic("last verified \(date.value), \(age) days ago; check the facts again and update the date (limit \(context.maxVerifiedAgeDays) days)",
                           at: date.location)]
    }
}
