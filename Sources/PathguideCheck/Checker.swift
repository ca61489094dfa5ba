import PathguideCore
import PathguideDiagnostics

/// Runs every rule over every guide.
public struct Checker: Sendable {
    /// Every rule, in the order their findings are explained in the README.
    public static let rules: [any GuideRule] = runs.map(\.rule)

    /// How the checker calls a rule: with the shared parts, or with the guide alone.
    private enum Run: Sendable {
        case parts(any PartsRule)
        case guide(any GuideRule)

        var rule: any GuideRule {
            switch self {
            case .parts(let rule): rule
            case .guide(let rule): rule
            }
        }
    }

    /// `rules`, each written down with how it is called. Sorting them with `as? any PartsRule`
    /// instead would make the runtime search every conformance of every loaded library for
    /// each rule, once per run.
    private static let runs: [Run] = [
        .guide(UnreachableChannelRule()),
        .parts(DanglingReferenceRule()),
        .guide(UnreachableScreenRule()),
        .guide(PinnedRouteRule()),
        .guide(BotWithoutHumanRule()),
        .parts(MissingTranslationRule()),
        .guide(UnsupportedLanguageRule()),
        .guide(DuplicateLanguageRule()),
        .guide(FileNameRule()),
        .parts(UnsafeIDRule()),
        .guide(UnsafeURLRule()),
        .guide(HoursRule()),
        .guide(HoursGapRule()),
        .guide(VerifiedDateRule()),
        .guide(StaleVerificationRule()),
        .parts(MissingSourceRule()),
        .parts(PlaceholderRule()),
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
        for rule in Self.runs {
            switch rule {
            case .parts(let rule): diagnostics += rule.check(guide, parts: parts, graph: graph, context: context)
            case .guide(let rule): diagnostics += rule.check(guide, graph: graph, context: context)
            }
        }
        return diagnostics
    }
}
