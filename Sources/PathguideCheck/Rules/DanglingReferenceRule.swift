import PathguideCore
import PathguideDiagnostics

/// Every id a guide refers to must exist and name the right kind of thing. A misspelt `to` would
/// otherwise silently drop an edge from the graph, and the channel behind it would look
/// unreachable for the wrong reason.
public struct DanglingReferenceRule: GuideRule {
    public static let description = RuleDescription(
        id: "dangling-reference", defaultSeverity: .error, name: "Dangling reference",
        summary: "Every reference must name an existing id of the right kind: a screen or channel for 'start', 'to' and 'through', a channel for escalations and 'channels', a surface, a source or a region.")

    /// What a reference may name.
    private enum Expected {
        case screenOrChannel, channel, surface, source, region

        var kinds: Set<String> {
            switch self {
            case .screenOrChannel: ["screen", "channel"]
            case .channel: ["channel"]
            case .surface: ["surface"]
            case .source: ["source"]
            case .region: ["region"]
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

    public func check(_ guide: Guide, graph: NavigationGraph, context: CheckContext) -> [Diagnostic] {
        // The platform id is not in the shared namespace: nothing may refer to it.
        let declared = guide.parts.compactMap { part -> (id: String, kind: String)? in
            guard part.element != .platform, let id = part.id else { return nil }
            return (id.value, part.kind)
        }
        var kinds: [String: String] = [:]
        for (id, kind) in declared where kinds[id] == nil { kinds[id] = kind }

        var diagnostics: [Diagnostic] = []
        func resolve(_ reference: Located<String>, key: String, as expected: Expected, fromEscalation: Bool = false) {
            let id = reference.value
            switch kinds[id] {
            case let kind? where expected.kinds.contains(kind):
                return
            case "screen"? where fromEscalation:
                diagnostics.append(diagnostic(
                    "an escalation must lead to a channel; '\(id)' is a screen", at: reference.location,
                    explanation: "Escalations lead from one channel to another (type 转人工 to reach a person). A screen the customer goes through belongs to a screen's actions."))
            case let kind?:
                diagnostics.append(diagnostic("'\(key)' names '\(id)', which is a \(kind), not a \(expected.phrase)", at: reference.location))
            case nil:
                let candidates = declared.filter { expected.kinds.contains($0.kind) }.map(\.id)
                let suggestion = Suggestion.phrase(for: id, among: candidates)
                diagnostics.append(diagnostic("'\(key)' names '\(id)', which is not a \(expected.phrase)\(suggestion)", at: reference.location))
            }
        }

        for surface in guide.surfaces {
            resolve(surface.start, key: "start", as: .screenOrChannel)
        }
        for screen in guide.screens {
            for action in screen.actions { resolve(action.target, key: "to", as: .screenOrChannel) }
        }
        for channel in guide.channels {
            for escalation in channel.escalations { resolve(escalation.target, key: "to", as: .channel, fromEscalation: true) }
        }
        for scenario in guide.scenarios {
            for channel in scenario.channels { resolve(channel, key: "channels", as: .channel) }
            if let route = scenario.route {
                resolve(route.surface, key: "surface", as: .surface)
                for id in route.through { resolve(id, key: "through", as: .screenOrChannel) }
            }
        }
        for trouble in guide.troubleshooting {
            for channel in trouble.channels { resolve(channel, key: "channels", as: .channel) }
        }
        for part in guide.parts {
            for source in part.sources ?? [] { resolve(source, key: "source", as: .source) }
            for region in part.regions { resolve(region, key: "regions", as: .region) }
        }
        return diagnostics
    }
}
