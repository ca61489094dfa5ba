import PathguideCore
import PathguideDiagnostics

/// Every fact names its source. A guide is only as trustworthy as what it can point to, and a
/// fact with no source cannot be re-checked when the app changes. Nothing is inherited: an
/// action on a screen with a source still names its own, because screens and their buttons are
/// often learnt from different articles.
///
/// A declared source that nothing names is reported too: it is either a leftover or a sign
/// that the facts it supports forgot to name it.
public struct MissingSourceRule: GuideRule {
    public static let description = RuleDescription(
        id: .missingSource, defaultSeverity: .warning, name: "Missing source",
        summary: "Every action, escalation, channel, weekly schedule, contact, scenario, tip and troubleshooting entry should name a source, and every declared source should be named by something.")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let guide = input.guide
        let parts = input.parts
        var diagnostics: [Diagnostic] = []
        var named = Set<String>()
        for p in parts.indices {
            let sources = parts[p].sources ?? []
            for source in sources { named.insert(source.value) }
            if sources.isEmpty, statesFact(parts[p].element, in: guide) {
                diagnostics.append(diagnostic("no source given for \(parts[p].name)", at: parts[p].location,
                                              explanation: "Add 'source:' with the id of the article or page this comes from."))
            }
        }
        // A part that failed to load may have named a source; which, nobody can tell.
        for source in guide.sources where guide.unloaded.isEmpty && !named.contains(source.id.value) {
            diagnostics.append(diagnostic("source '\(source.id.value)' is not named by anything in the guide", at: source.id.location,
                                          explanation: "Name it with 'source:' on the facts it supports, or remove it."))
        }
        return diagnostics
    }

    /// Parts that tell the reader something checkable. Surfaces and screens only give names to
    /// places the actions lead through, and `unknown` or `always` hours claim no times.
    private func statesFact(_ element: GuideElement, in guide: Guide) -> Bool {
        switch element {
        case .action, .escalation, .channel, .contact, .scenario, .tip, .troubleshooting:
            return true
        case .hours(let c):
            if case .weekly? = guide.channels[c].hours?.schedule { return true }
            return false
        case .platform, .region, .source, .surface, .screen, .prerequisite:
            return false
        }
    }
}
