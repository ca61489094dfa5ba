import PathguideCore
import Synchronization

/// A guide's navigation graph with the answers to its route questions kept: the guide and the
/// sheet, in every language, ask the same questions (the quickest way to each channel, its
/// alternatives, the quickest way to a person), and each is worked out once.
///
/// Make one per guide and hand it to each `GuideRenderer` of that guide.
public final class GuideRoutes: Sendable {
    public let graph: NavigationGraph

    private struct Answers {
        var shortest: [String: [Route]] = [:]
        var alternatives: [AlternativesQuestion: [Route]] = [:]
        var toPerson: (channel: Int, route: Route)??
    }

    private struct AlternativesQuestion: Hashable {
        var target: String
        var limit: Int
        var slack: Int
    }

    private let answers = Mutex(Answers())

    public init(guide: Guide) {
        graph = NavigationGraph(guide: guide)
    }

    /// `NavigationGraph.shortestRoutes(to:)`, remembered.
    func shortestRoutes(to target: String) -> [Route] {
        if let known = answers.withLock({ $0.shortest[target] }) { return known }
        let routes = graph.shortestRoutes(to: target)
        answers.withLock { $0.shortest[target] = routes }
        return routes
    }

    /// `NavigationGraph.quickestRoute(to:)`, from the remembered shortest routes.
    func quickestRoute(to target: String) -> Route? {
        shortestRoutes(to: target).enumerated().min { ($0.element.steps.count, $0.offset) < ($1.element.steps.count, $1.offset) }?.element
    }

    /// `NavigationGraph.routes(to:limit:slack:)`, remembered.
    func routes(to target: String, limit: Int, slack: Int) -> [Route] {
        let question = AlternativesQuestion(target: target, limit: limit, slack: slack)
        if let known = answers.withLock({ $0.alternatives[question] }) { return known }
        let routes = graph.routes(to: target, limit: limit, slack: slack)
        answers.withLock { $0.alternatives[question] = routes }
        return routes
    }

    /// `NavigationGraph.quickestRouteToPerson()`, remembered.
    func quickestRouteToPerson() -> (channel: Int, route: Route)? {
        if let known = answers.withLock({ $0.toPerson }) { return known }
        let best = graph.quickestRouteToPerson()
        answers.withLock { $0.toPerson = .some(best) }
        return best
    }
}
