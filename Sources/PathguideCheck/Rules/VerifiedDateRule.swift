import PathguideCore
import PathguideDiagnostics

/// A guide says when its facts were last checked against the app, and that day has happened:
/// readers weigh a guide by its date, so a missing or future date misleads them.
public struct VerifiedDateRule: GuideRule {
    public static let description = RuleDescription(
        id: .verifiedDate, defaultSeverity: .error, name: "Verified date",
        summary: "The platform must say when its facts were last verified, and that date must not be in the future.")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let guide = input.guide
        let context = input.context
        let platform = guide.platform
        guard let verified = platform.verified else {
            return [diagnostic("platform '\(platform.id.value)' has no 'verified' date; add when the facts were last checked, like verified: {date: \"\(context.today)\"}",
                               at: platform.location)]
        }
        guard let date = verified.date else {
            // A date that could not be read is the loader's finding.
            if guide.unloaded.contains(where: { $0.kind == .verifiedDate }) { return [] }
            return [diagnostic("'verified' has no 'date'; add the day the facts were last checked, like date: \"\(context.today)\"",
                               at: verified.location)]
        }
        guard date.value <= context.today else {
            return [diagnostic("verified date \(date.value) is in the future (today is \(context.today))", at: date.location)]
        }
        return []
    }
}
