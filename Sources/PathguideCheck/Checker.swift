import PathguideCore
import PathguideDiagnostics

/// Runs every rule over every guide.
public struct Checker: Sendable {
    /// Every rule, in the order their findings are explained in the README.
    public static let rules: [any GuideRule] = [
        UnreachableChannelRule(),
        DanglingReferenceRule(),
        UnreachableScreenRule(),
        PinnedRouteRule(),
        BotWithoutHumanRule(),
        MissingTranslationRule(),
        UnsafeIDRule(),
        UnsafeURLRule(),
        HoursRule(),
        VerifiedDateRule(),
        StaleVerificationRule(),
        MissingSourceRule(),
    ]

    public static var ruleDescriptions: [RuleDescription] {
        rules.map { type(of: $0).description }
    }

    public var context: CheckContext

    public init(context: CheckContext) {
        self.context = context
    }

    public func check(_ guide: Guide) -> [Diagnostic] {
        let graph = NavigationGraph(guide: guide)
        let parts = guide.parts
        var diagnostics: [Diagnostic] = []
        for rule in Self.rules {
            if let rule = rule as? any PartsRule {
                diagnostics += rule.check(guide, parts: parts, graph: graph, context: context)
            } else {
                diagnostics += rule.check(guide, graph: graph, context: context)
            }
        }
        return diagnostics
    }
}
