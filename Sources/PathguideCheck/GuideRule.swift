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
