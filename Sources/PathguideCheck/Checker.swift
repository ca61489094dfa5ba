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

    /// `rules`, each sorted once by whether it takes the shared parts.
    private enum Run: Sendable {
        case parts(any PartsRule)
        case guide(any GuideRule)
    }

    private static let runs: [Run] = rules.map { rule in
        if let rule = rule as? any PartsRule { .parts(rule) } else { .guide(rule) }
    }

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
        for rule in Self.runs {
            switch rule {
            case .parts(let rule): diagnostics += rule.check(guide, parts: parts, graph: graph, context: context)
            case .guide(let rule): diagnostics += rule.check(guide, graph: graph, context: context)
            }
        }
        return diagnostics
    }
}
