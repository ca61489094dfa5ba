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
/// Rules never stop at the first finding; each returns everything it finds.
public protocol GuideRule: Sendable {
    static var description: RuleDescription { get }
    func check(_ guide: Guide, graph: NavigationGraph, context: CheckContext) -> [Diagnostic]
}

/// A rule that reads `Guide.parts`. The checker works the parts out once per guide and hands
/// them to every such rule; `check(_:graph:context:)` works them out itself.
protocol PartsRule: GuideRule {
    func check(_ guide: Guide, parts: [GuidePart], graph: NavigationGraph, context: CheckContext) -> [Diagnostic]
}

extension GuideRule {
    /// A diagnostic carrying this rule's id, at its default severity unless told otherwise.
    func diagnostic(_ message: String, at location: SourceLocation, severity: Severity? = nil, explanation: String? = nil, notes: [Diagnostic.Note] = []) -> Diagnostic {
        Diagnostic(ruleID: Self.description.id, severity: severity ?? Self.description.defaultSeverity,
                   location: location, message: message, explanation: explanation, notes: notes)
    }
}
