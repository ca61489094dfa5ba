import PathguideCore
import PathguideDiagnostics

/// What a rule may know besides the guide: today's date (fixed in tests and reproducible runs)
/// and how old a verification may be before it is stale.
public struct CheckContext: Sendable {
    public var today: LocalDate
    public var maxVerifiedAgeDays: Int

    public init(today: LocalDate, maxVerifiedAgeDays: Int = 365) {
        self.today = today
        self.maxVerifiedAgeDays = maxVerifiedAgeDays
    }
}

/// One rule of `pathguide check`: a stable id, a description, and a check over one guide.
///
/// Rules never stop at the first finding; each returns everything it finds. A rule is listed
/// once, in `Checker.rules`; a test finds every type in `Rules/` that conforms and compares.
public protocol GuideRule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ input: RuleInput) -> [Diagnostic]
}

/// One guide as the rules see it: the guide, the context, and what several rules read from it,
/// each worked out on first use and then shared by every rule that runs over the same guide.
///
/// One value per guide, used by one rule at a time; rules do not keep it.
public final class RuleInput {
    public let guide: Guide
    public let context: CheckContext

    public init(guide: Guide, context: CheckContext) {
        self.guide = guide
        self.context = context
    }

    /// Every part of the guide (`Guide.parts`).
    public private(set) lazy var parts: [GuidePart] = guide.parts

    /// Screens and channels linked by actions and escalations.
    public private(set) lazy var graph = NavigationGraph(guide: guide)

    /// What each id declares, the first declaration winning: the parts that loaded, then those
    /// the loader reported and could not build, so a reference to one of those is not dangling.
    public private(set) lazy var declared: [String: DeclaredKind] = {
        var kinds: [String: DeclaredKind] = [:]
        kinds.reserveCapacity(parts.count)
        for p in parts.indices {
            guard let kind = parts[p].element.declaredKind, let id = parts[p].id, kinds[id.value] == nil else { continue }
            kinds[id.value] = kind
        }
        for part in guide.unloaded {
            guard case .declaring(let kind) = part.kind, let id = part.id, kinds[id.value] == nil else { continue }
            kinds[id.value] = kind
        }
        return kinds
    }()

    /// Whether `graph` holds every surface, screen, channel, action and escalation the guide
    /// describes, and every edge leads where it says. When one failed to load or names an id
    /// that is not there, those findings are reported; rules that judge the graph as a whole
    /// (what is reachable, where escalations lead) would only repeat them as wrong conclusions.
    public private(set) lazy var navigationIsWhole: Bool = {
        if guide.unloaded.contains(where: \.isNavigation) { return false }
        var loaded: [String: DeclaredKind] = [:]
        for screen in guide.screens where loaded[screen.id.value] == nil { loaded[screen.id.value] = .screen }
        for channel in guide.channels where loaded[channel.id.value] == nil { loaded[channel.id.value] = .channel }
        func isStep(_ id: Located<String>) -> Bool { loaded[id.value] != nil }
        for surface in guide.surfaces where !isStep(surface.start) { return false }
        for screen in guide.screens where !screen.actions.allSatisfy({ isStep($0.target) }) { return false }
        for channel in guide.channels where !channel.escalations.allSatisfy({ loaded[$0.target.value] == .channel }) { return false }
        return true
    }()
}

extension GuideRule {
    /// A diagnostic carrying this rule's id, at its default severity unless told otherwise.
    func diagnostic(_ message: String, at location: SourceLocation, severity: Severity? = nil, explanation: String? = nil, notes: [Diagnostic.Note] = []) -> Diagnostic {
        Diagnostic(ruleID: Self.description.id, severity: severity ?? Self.description.defaultSeverity,
                   location: location, message: message, explanation: explanation, notes: notes)
    }

    /// Checks one guide on its own, for a caller that runs only this rule.
    public func check(_ guide: Guide, context: CheckContext) -> [Diagnostic] {
        check(RuleInput(guide: guide, context: context))
    }
}
