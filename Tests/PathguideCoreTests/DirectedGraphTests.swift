import Testing
@testable import PathguideCore

@Suite struct DirectedGraphTests {
    /// 0 ─a▶ 1 ─c▶ 3, 0 ─b▶ 2 ─d▶ 3, 3 ─e▶ 0 (a cycle back), 4 isolated.
    func diamond() -> DirectedGraph<String> {
        var graph = DirectedGraph<String>(nodeCount: 5)
        graph.addEdge(from: 0, to: 1, label: "a")
        graph.addEdge(from: 0, to: 2, label: "b")
        graph.addEdge(from: 1, to: 3, label: "c")
        graph.addEdge(from: 2, to: 3, label: "d")
        graph.addEdge(from: 3, to: 0, label: "e")
        return graph
    }

    @Test func shortestPathPrefersEdgesAddedFirst() {
        #expect(diamond().shortestPath(from: 0, to: 3)?.map(\.label) == ["a", "c"])
    }

    @Test func shortestPathToSelfIsEmptyAndToUnreachableIsNil() {
        #expect(diamond().shortestPath(from: 2, to: 2)?.isEmpty == true)
        #expect(diamond().shortestPath(from: 0, to: 4) == nil)
    }

    @Test func reachableFollowsCyclesOnce() {
        #expect(diamond().reachable(from: [2]) == [true, true, true, true, false])
    }

    @Test func simplePathsAreShortestFirstInInsertionOrder() {
        let paths = diamond().simplePaths(from: 0, to: 3, maxEdges: 4, limit: 5)
        #expect(paths.map { $0.map(\.label).joined() } == ["ac", "bd"])
    }

    @Test func simplePathsRespectLimitAndLength() {
        #expect(diamond().simplePaths(from: 0, to: 3, maxEdges: 4, limit: 1).map { $0.map(\.label).joined() } == ["ac"])
        #expect(diamond().simplePaths(from: 0, to: 3, maxEdges: 1, limit: 5).isEmpty)
    }

    @Test func simplePathsStopAtTheBudget() {
        // A complete graph on 12 nodes has millions of simple paths; the budget bounds the search.
        var graph = DirectedGraph<Int>(nodeCount: 12)
        for a in 0..<12 { for b in 0..<12 where a != b { graph.addEdge(from: a, to: b, label: b) } }
        let paths = graph.simplePaths(from: 0, to: 11, maxEdges: 11, limit: 1_000_000, budget: 5_000)
        #expect(paths.count < 5_000)
        #expect(paths.first?.map(\.label) == [11])
    }
}
