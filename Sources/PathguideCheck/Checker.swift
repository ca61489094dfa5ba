import PathguideCore
import PathguideDiagnostics

/// Runs every rule over every guide.
public struct Checker: Sendable {
    /// Every rule, in the order they run: the one list of them (a test compares it with the
    /// rule types in `Rules/`, and the README's table is written from it).
    public static let rules: [any GuideRule] = [
        UnreachableChannelRule(),
        DanglingReferenceRule(),
        UnreachableScreenRule(),
        PinnedRouteRule(),
        BotWithoutHumanRule(),
        MissingTranslationRule(),
        UnsupportedLanguageRule(),
        DuplicateLanguageRule(),
        FileNameRule(),
        UnsafeIDRule(),
        UnsafeURLRule(),
        InsecureURLRule(),
        HiddenCharacterRule(),
        HoursRule(),
        HoursGapRule(),
        VerifiedDateRule(),
        StaleVerificationRule(),
        MissingSourceRule(),
        PlaceholderRule(),
    ]

    public static var ruleDescriptions: [RuleDescription] {
        rules.map { type(of: $0).description }
    }

    public var context: CheckContext

    public init(context: CheckContext) {
        self.context = context
    }

    public func check(_ guide: Guide) -> [Diagnostic] {
        let input = RuleInput(guide: guide, context: context)
        return Self.rules.flatMap { $0.check(input) }
    }
}
