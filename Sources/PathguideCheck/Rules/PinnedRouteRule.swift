import PathguideCore
import PathguideDiagnostics

/// A scenario's pinned route must be a walk the graph allows: each step an action of a screen or
/// an escalation of a channel, ending at one of the scenario's channels. Otherwise the guide
/// recommends a path the app does not have.
///
/// Ids and surfaces that do not exist are `dangling-reference`'s to report; a route that names
/// one is left alone here.
public struct PinnedRouteRule: GuideRule {
    public static let description = RuleDescription(
        id: .invalidRoute, defaultSeverity: .error, name: "Invalid pinned route",
        summary: "A scenario's pinned route must start at its surface's start, take only actions and escalations the guide describes, and end at one of the scenario's channels.")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        // A part that failed to load, or a step to an id that is not there, is reported already.
        guard input.navigationIsWhole else { return [] }
        let guide = input.guide
        let graph = input.graph
        return guide.scenarios.compactMap { scenario in
            guard let route = scenario.route, let surface = guide.surface(route.surface.value) else { return nil }
            return check(route, of: scenario, from: surface, graph: graph)
        }
    }

    /// The first problem of one route: a walk that breaks once says nothing useful after the break.
    private func check(_ route: PinnedRoute, of scenario: Scenario, from surface: Surface, graph: NavigationGraph) -> Diagnostic? {
        guard graph.node(surface.start.value) != nil else { return nil }
        var previous = surface.start
        for (i, id) in route.through.enumerated() {
            guard graph.node(id.value) != nil else { return nil }
            if graph.step(from: previous.value, to: id.value) == nil {
                // A step the guide wrote but the graph could not use (a misspelt 'to') is probably
                // the one the route means; dangling-reference reports it where it can be fixed.
                let written = steps(from: previous.value, graph: graph)
                guard written.allSatisfy({ graph.step(from: previous.value, to: $0.target.value) != nil }) else { return nil }
                let noteText = i == 0
                    ? "'\(previous.value)' is the start of surface '\(surface.id.value)'; \(onwardPhrase(from: previous.value, graph: graph))"
                    : onwardPhrase(from: previous.value, graph: graph)
                return diagnostic("no \(stepKind(from: previous.value, graph: graph)) leads to '\(id.value)'", at: id.location,
                                  explanation: "'through' lists every screen and channel after the surface's start, in order, each one step from the one before.",
                                  notes: [Diagnostic.Note(location: previous.location, message: noteText)])
            }
            previous = id
        }
        let end = previous
        let endLocation = route.through.isEmpty ? route.location : end.location
        guard case .channel = graph.node(end.value) else {
            return diagnostic("the route ends at screen '\(end.value)'; a pinned route must end at a channel", at: endLocation)
        }
        // A scenario channel that names no channel may be the one the route ends at, misspelt.
        guard scenario.channels.contains(where: { $0.value == end.value || graph.node($0.value) == nil }) else {
            return diagnostic("the route ends at channel '\(end.value)', which is not one of the scenario's 'channels'", at: endLocation,
                              explanation: "Add '\(end.value)' to the scenario's 'channels', or end the route at one of them.")
        }
        return nil
    }

    /// "action on screen 'me'" or "escalation on channel 'assistant'".
    private func stepKind(from id: String, graph: NavigationGraph) -> String {
        switch graph.node(id) {
        case .channel?: "escalation on channel '\(id)'"
        default: "action on screen '\(id)'"
        }
    }

    /// The actions of a screen or the escalations of a channel, as written.
    private func steps(from id: String, graph: NavigationGraph) -> [Action] {
        switch graph.node(id) {
        case .screen(let s)?: graph.guide.screens[s].actions
        case .channel(let c)?: graph.guide.channels[c].escalations
        case nil: []
        }
    }

    /// Where one step from `id` does lead, in the order the guide writes the steps.
    private func onwardPhrase(from id: String, graph: NavigationGraph) -> String {
        var onward: [String] = []
        for action in steps(from: id, graph: graph) where !onward.contains(action.target.value) && graph.step(from: id, to: action.target.value) != nil {
            onward.append(action.target.value)
        }
        return onward.isEmpty ? "nothing leads on from '\(id)'" : "one step from '\(id)' reaches \(Wording.quoted(onward, conjunction: "or"))"
    }
}
