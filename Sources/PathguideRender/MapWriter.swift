import PathguideCore

/// Builds a guide's `GuideMap` in the reader's language: names as the steps write them, edge
/// labels from the same step wording (`StepWriter.object`), and the quickest route to a person
/// as the guide's first section gives it (`GuideRoutes.quickestRouteToPerson`).
struct MapWriter {
    let context: RenderContext

    private var steps: StepWriter { StepWriter(context: context) }

    func map(channelAnchors: [String: String]) -> GuideMap {
        let guide = context.guide
        let graph = context.graph
        let quickest = context.routes.quickestRouteToPerson()
        let quickestSteps = Set(quickest?.route.steps ?? [])
        var onRoute: Set<String> = []
        if let (_, route) = quickest {
            onRoute.insert(Self.key(surface: route.surface))
            if let start = graph.node(guide.surfaces[route.surface].start.value) { onRoute.insert(Self.key(start)) }
            for step in route.steps {
                if let node = graph.node(steps.target(of: step)) { onRoute.insert(Self.key(node)) }
            }
        }

        var nodes: [GuideMap.Node] = []
        var edges: [GuideMap.Edge] = []
        for (i, surface) in guide.surfaces.enumerated() {
            let key = Self.key(surface: i)
            nodes.append(.init(key: key, kind: .surface, name: context.shownName(of: surface), note: nil, anchor: nil, isOnQuickestRoute: onRoute.contains(key)))
            if let start = graph.node(surface.start.value) {
                edges.append(.init(from: key, to: Self.key(start), kind: .start, label: nil, isOnQuickestRoute: quickest?.route.surface == i))
            }
        }
        for (i, screen) in guide.screens.enumerated() {
            let key = Self.key(.screen(i))
            nodes.append(.init(key: key, kind: .screen, name: context.text(screen.name), note: nil, anchor: nil, isOnQuickestRoute: onRoute.contains(key)))
        }
        for (i, channel) in guide.channels.enumerated() {
            let key = Self.key(.channel(i))
            nodes.append(.init(key: key, kind: .channel(channel.staffing), name: context.text(channel.name), note: context.phrases.answers(channel.staffing),
                               anchor: channelAnchors[channel.id.value], isOnQuickestRoute: onRoute.contains(key)))
        }
        // A repeated id is one node of the graph, its first; later ones have no edges of their own.
        for (i, screen) in guide.screens.enumerated() where graph.node(screen.id.value) == .screen(i) {
            edges += self.edges(from: .screen(i), screen.actions, kind: .action, quickest: quickestSteps) { .action(screen: i, index: $0) }
        }
        for (i, channel) in guide.channels.enumerated() where graph.node(channel.id.value) == .channel(i) {
            edges += self.edges(from: .channel(i), channel.escalations, kind: .escalation, quickest: quickestSteps) { .escalation(channel: i, index: $0) }
        }
        let quickestChannel = quickest.map { context.text(guide.channels[$0.channel].name) }
        return GuideMap(locale: context.locale, title: context.phrases.mapTitle(context.platformName), description: context.phrases.mapDescription(quickestChannel),
                        nodes: nodes, edges: edges)
    }

    /// One edge per group of actions that differ only in their label, as the steps group them.
    /// Escalations lead to channels only, as in the graph.
    private func edges(from node: NavigationGraph.Node, _ actions: [Action], kind: GuideMap.EdgeKind, quickest: Set<NavigationGraph.Step>,
                       step: (Int) -> NavigationGraph.Step) -> [GuideMap.Edge] {
        var edges: [GuideMap.Edge] = []
        var drawn = Set<Int>()
        for a in actions.indices where !drawn.contains(a) {
            let members = steps.group(of: a, in: actions)
            drawn.formUnion(members)
            guard let target = context.graph.node(actions[a].target.value) else { continue }
            if kind == .escalation, case .screen = target { continue }
            let label: String? = switch steps.object(for: actions, members: members) {
            case .label(let words), .input(let words): words
            case .target: nil
            }
            edges.append(.init(from: Self.key(node), to: Self.key(target), kind: kind, label: label,
                               isOnQuickestRoute: members.contains { quickest.contains(step($0)) }))
        }
        return edges
    }

    static func key(surface: Int) -> String { "surface-\(surface)" }

    static func key(_ node: NavigationGraph.Node) -> String {
        switch node {
        case .screen(let i): "screen-\(i)"
        case .channel(let i): "channel-\(i)"
        }
    }
}
