import PathguideDiagnostics

/// The screens and channels of one guide as a graph: actions lead from screens, escalations from
/// channels. Built once per guide; rules and renderers ask it for reachability and routes.
///
///     surface "app" ─start─▶ [home] ─tap 我─▶ [me] ─tap 设置─▶ [settings] ─tap 联系客服─▶ (platform-support)
///                                                                                      │ type 转人工
///                                                                                      ▼
///                                                                                (human-agent)
public struct NavigationGraph: Sendable {
    /// A screen or a channel, by its index in the guide's lists.
    public enum Node: Hashable, Sendable {
        case screen(Int)
        case channel(Int)
    }

    /// Where an edge comes from in the guide: the n-th action of a screen or escalation of a channel.
    public enum Step: Hashable, Sendable {
        case action(screen: Int, index: Int)
        case escalation(channel: Int, index: Int)
    }

    public let guide: Guide
    public private(set) var graph: DirectedGraph<Step>
    private var nodes: [Node] = []
    private var index: [String: Int] = [:]

    public init(guide: Guide) {
        self.guide = guide
        // Screens, channels and actions are read in place by index: copying each of them
        // would cost more than the graph itself.
        let screens = guide.screens, channels = guide.channels
        var nodes: [Node] = []
        nodes.reserveCapacity(screens.count + channels.count)
        var index: [String: Int] = [:]
        index.reserveCapacity(screens.count + channels.count)
        for i in screens.indices where index[screens[i].id.value] == nil {
            index[screens[i].id.value] = nodes.count
            nodes.append(.screen(i))
        }
        for i in channels.indices where index[channels[i].id.value] == nil {
            index[channels[i].id.value] = nodes.count
            nodes.append(.channel(i))
        }
        var graph = DirectedGraph<Step>(nodeCount: nodes.count)
        for s in screens.indices {
            guard let from = index[screens[s].id.value], nodes[from] == .screen(s) else { continue }
            let actions = screens[s].actions
            for a in actions.indices {
                if let to = index[actions[a].target.value] {
                    graph.addEdge(from: from, to: to, label: .action(screen: s, index: a))
                }
            }
        }
        for c in channels.indices {
            guard let from = index[channels[c].id.value], nodes[from] == .channel(c) else { continue }
            let escalations = channels[c].escalations
            for e in escalations.indices {
                if let to = index[escalations[e].target.value], case .channel = nodes[to] {
                    graph.addEdge(from: from, to: to, label: .escalation(channel: c, index: e))
                }
            }
        }
        self.graph = graph
        self.nodes = nodes
        self.index = index
    }

    /// The node a screen or channel id names, if any.
    public func node(_ id: String) -> Node? { index[id].map { nodes[$0] } }

    public func id(of node: Node) -> Located<String> {
        switch node {
        case .screen(let i): guide.screens[i].id
        case .channel(let i): guide.channels[i].id
        }
    }

    /// The action behind a step: a screen's action or a channel's escalation.
    public func action(for step: Step) -> Action {
        switch step {
        case let .action(screen, i): guide.screens[screen].actions[i]
        case let .escalation(channel, i): guide.channels[channel].escalations[i]
        }
    }

    /// The start node of each surface whose start resolves, in source order.
    public var surfaceStarts: [(surface: Int, node: Int)] {
        guide.surfaces.enumerated().compactMap { i, surface in index[surface.start.value].map { (i, $0) } }
    }

    /// Whether each screen and channel can be reached from some surface's start.
    public func reachability() -> (screens: [Bool], channels: [Bool]) {
        let seen = graph.reachable(from: surfaceStarts.map(\.node))
        var screens = Array(repeating: false, count: guide.screens.count)
        var channels = Array(repeating: false, count: guide.channels.count)
        for (n, node) in nodes.enumerated() where seen[n] {
            switch node {
            case .screen(let i): screens[i] = true
            case .channel(let i): channels[i] = true
            }
        }
        return (screens, channels)
    }

    /// The fewest-steps route to `target` from each surface that reaches it, in surface order.
    public func shortestRoutes(to target: String) -> [Route] {
        guard let goal = index[target] else { return [] }
        return surfaceStarts.compactMap { surface, start in
            graph.shortestPath(from: start, to: goal).map { Route(surface: surface, steps: $0.map(\.label)) }
        }
    }

    /// The single quickest route to `target`: fewest steps over all surfaces, earlier surface on a tie.
    public func quickestRoute(to target: String) -> Route? {
        shortestRoutes(to: target).enumerated().min { ($0.element.steps.count, $0.offset) < ($1.element.steps.count, $1.offset) }?.element
    }

    /// The quickest route from a surface to `target` and up to `limit - 1` alternatives, each at
    /// most `slack` steps longer than the quickest, shortest first.
    public func routes(to target: String, limit: Int = 3, slack: Int = 2) -> [Route] {
        guard let goal = index[target], let best = quickestRoute(to: target) else { return [] }
        var routes: [Route] = []
        for (surface, start) in surfaceStarts {
            for path in graph.simplePaths(from: start, to: goal, maxEdges: best.steps.count + slack, limit: limit) {
                routes.append(Route(surface: surface, steps: path.map(\.label)))
            }
        }
        // Stable: equal lengths keep surface order, then path order.
        let ordered = routes.enumerated().sorted { ($0.element.steps.count, $0.offset) < ($1.element.steps.count, $1.offset) }.map(\.element)
        return Array(ordered.prefix(limit))
    }

    /// The quickest route to any channel where a person answers (`staffing.hasPeople`),
    /// on a tie the channel written first.
    public func quickestRouteToPerson() -> (channel: Int, route: Route)? {
        var best: (channel: Int, route: Route)?
        for (c, channel) in guide.channels.enumerated() where channel.staffing.hasPeople {
            guard let route = quickestRoute(to: channel.id.value) else { continue }
            if best == nil || route.steps.count < best!.route.steps.count {
                best = (c, route)
            }
        }
        return best
    }

    /// Whether `to` is one step from `from`, and by which step (the first written).
    public func step(from: String, to: String) -> Step? {
        guard let a = index[from], let b = index[to] else { return nil }
        return graph.edges(from: a).first { $0.to == b }?.label
    }

    /// Channels reachable from `channel` through escalations alone (itself excluded).
    public func escalationClosure(of channel: Int) -> [Int] {
        guard let start = index[guide.channels[channel].id.value] else { return [] }
        let seen = graph.reachable(from: [start])
        return nodes.enumerated().compactMap { n, node in
            if case .channel(let c) = node, seen[n], n != start { return c }
            return nil
        }
    }
}

/// A walk from a surface's start through actions and escalations.
public struct Route: Hashable, Sendable {
    /// Index of the surface in `guide.surfaces`.
    public var surface: Int
    public var steps: [NavigationGraph.Step]

    public init(surface: Int, steps: [NavigationGraph.Step]) {
        self.surface = surface
        self.steps = steps
    }
}
