import PathguideCore
import PathguideDiagnostics

/// Every id a guide refers to must exist and name the right kind of thing. A misspelt `to` would
/// otherwise silently drop an edge from the graph, and the channel behind it would look
/// unreachable for the wrong reason.
public struct DanglingReferenceRule: GuideRule {
    public static let description = RuleDescription(
        id: .danglingReference, defaultSeverity: .error, name: "Dangling reference",
        summary: "Every reference must name an existing id of the right kind: a screen or channel for 'start', 'to' and 'through', a channel for escalations and 'channels', a surface, a source or a region.")

    /// What a reference may name.
    private enum Expected {
        case screenOrChannel, channel, surface, source, region

        func accepts(_ kind: DeclaredKind) -> Bool {
            switch (self, kind) {
            case (.screenOrChannel, .screen), (.screenOrChannel, .channel), (.channel, .channel),
                 (.surface, .surface), (.source, .source), (.region, .region): true
            default: false
            }
        }

        /// Without an article, as in "which is a source, not a screen or channel".
        var phrase: String {
            switch self {
            case .screenOrChannel: "screen or channel"
            case .channel: "channel"
            case .surface: "surface"
            case .source: "source"
            case .region: "region"
            }
        }
    }

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let guide = input.guide
        let parts = input.parts
        let kinds = input.declared

        var diagnostics: [Diagnostic] = []
        func resolve(_ reference: Located<String>, key: String, as expected: Expected, fromEscalation: Bool = false) {
            let id = reference.value
            switch kinds[id] {
            case let kind? where expected.accepts(kind):
                return
            case .screen? where fromEscalation:
                diagnostics.append(diagnostic(
                    "an escalation must lead to a channel; '\(id)' is a screen", at: reference.location,
                    explanation: "Escalations lead from one channel to another (type 转人工 to reach a person). A screen the customer goes through belongs to a screen's actions."))
            case let kind?:
                diagnostics.append(diagnostic("'\(key)' names '\(id)', which is a \(kind.name), not a \(expected.phrase)", at: reference.location))
            case nil:
                // Every declared id of the right kind, in the order written, repeats included.
                let candidates = parts.compactMap { part -> String? in
                    guard let id = part.id, let kind = part.element.declaredKind, expected.accepts(kind) else { return nil }
                    return id.value
                }
                let suggestion = Suggestion.phrase(for: id, among: candidates)
                diagnostics.append(diagnostic("'\(key)' names '\(id)', which is not a \(expected.phrase)\(suggestion)", at: reference.location))
            }
        }

        // By index, reading only the references: copying whole screens and channels would cost more.
        for i in guide.surfaces.indices {
            resolve(guide.surfaces[i].start, key: "start", as: .screenOrChannel)
        }
        for s in guide.screens.indices {
            let actions = guide.screens[s].actions
            for a in actions.indices { resolve(actions[a].target, key: "to", as: .screenOrChannel) }
        }
        for c in guide.channels.indices {
            let escalations = guide.channels[c].escalations
            for e in escalations.indices { resolve(escalations[e].target, key: "to", as: .channel, fromEscalation: true) }
        }
        for s in guide.scenarios.indices {
            for channel in guide.scenarios[s].channels { resolve(channel, key: "channels", as: .channel) }
            if let route = guide.scenarios[s].route {
                resolve(route.surface, key: "surface", as: .surface)
                for id in route.through { resolve(id, key: "through", as: .screenOrChannel) }
            }
        }
        for t in guide.troubleshooting.indices {
            for channel in guide.troubleshooting[t].channels { resolve(channel, key: "channels", as: .channel) }
        }
        for channel in guide.sheet?.channels ?? [] { resolve(channel, key: "channels", as: .channel) }
        for p in parts.indices {
            for source in parts[p].sources ?? [] { resolve(source, key: "source", as: .source) }
            for region in parts[p].regions { resolve(region, key: "regions", as: .region) }
        }
        return diagnostics
    }
}
