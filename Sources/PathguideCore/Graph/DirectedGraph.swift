/// A directed graph over dense integer nodes, with labelled edges kept in insertion order.
///
/// Insertion order is the tie-breaker everywhere: of two equally short paths, the one whose
/// edges were added first wins. For a guide that is source order, so routes are deterministic
/// and match what the author wrote first.
///
///     0 ──a──▶ 1 ──c──▶ 3
///     │                 ▲
///     └──b──▶ 2 ──d─────┘      shortestPath(0 → 3) = [a, c]  (a was added before b)
public struct DirectedGraph<Label: Sendable>: Sendable {
    /// An edge: where it goes and its label.
    public struct Edge: Sendable {
        public var from: Int
        public var to: Int
        public var label: Label
    }

    public private(set) var nodeCount: Int
    private var outgoing: [[Edge]]

    public init(nodeCount: Int) {
        self.nodeCount = nodeCount
        self.outgoing = Array(repeating: [], count: nodeCount)
    }

    public mutating func addEdge(from: Int, to: Int, label: Label) {
        outgoing[from].append(Edge(from: from, to: to, label: label))
    }

    public func edges(from node: Int) -> [Edge] { outgoing[node] }

    /// Every node reachable from any of `starts` (the starts included).
    public func reachable(from starts: [Int]) -> [Bool] {
        var seen = Array(repeating: false, count: nodeCount)
        var stack = starts
        for start in starts { seen[start] = true }
        while let node = stack.popLast() {
            for edge in outgoing[node] where !seen[edge.to] {
                seen[edge.to] = true
                stack.append(edge.to)
            }
        }
        return seen
    }

    /// Breadth-first search from `start`: for every node reached, the edge it was first reached by.
    /// Because neighbours are visited in insertion order, each recorded path is the fewest-edges
    /// path that comes first in insertion order.
    public func shortestPathTree(from start: Int) -> [Edge?] {
        var parent = [Edge?](repeating: nil, count: nodeCount)
        var seen = Array(repeating: false, count: nodeCount)
        seen[start] = true
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for edge in outgoing[node] where !seen[edge.to] {
                seen[edge.to] = true
                parent[edge.to] = edge
                queue.append(edge.to)
            }
        }
        return parent
    }

    /// The fewest-edges path from `start` to `goal`; `[]` when they are the same node, `nil` when
    /// `goal` cannot be reached.
    public func shortestPath(from start: Int, to goal: Int) -> [Edge]? {
        path(to: goal, from: start, in: shortestPathTree(from: start))
    }

    /// Reads one path out of a tree made by `shortestPathTree(from:)`.
    public func path(to goal: Int, from start: Int, in tree: [Edge?]) -> [Edge]? {
        if goal == start { return [] }
        var path: [Edge] = []
        var node = goal
        while node != start {
            guard let edge = tree[node] else { return nil }
            path.append(edge)
            node = edge.from
        }
        return path.reversed()
    }

    /// Up to `limit` simple paths (no node twice) from `start` to `goal`, at most `maxEdges` long,
    /// ordered by length and then by insertion order of their edges. The search gives up after
    /// `budget` edge expansions, so a dense graph cannot make it run away.
    public func simplePaths(from start: Int, to goal: Int, maxEdges: Int, limit: Int, budget: Int = 100_000) -> [[Edge]] {
        guard limit > 0 else { return [] }
        var found: [[Edge]] = []
        var onPath = Array(repeating: false, count: nodeCount)
        var path: [Edge] = []
        var remaining = budget
        // Iterative deepening yields paths shortest first without a sort, and within one
        // length in depth-first insertion order.
        for length in 0...max(0, maxEdges) {
            if length == 0 {
                if start == goal { found.append([]) }
                continue
            }
            onPath[start] = true
            search(start, goal, length, &onPath, &path, &found, limit, &remaining)
            onPath[start] = false
            if found.count >= limit || remaining <= 0 { break }
        }
        return Array(found.prefix(limit))
    }

    private func search(_ node: Int, _ goal: Int, _ length: Int, _ onPath: inout [Bool], _ path: inout [Edge], _ found: inout [[Edge]], _ limit: Int, _ remaining: inout Int) {
        for edge in outgoing[node] {
            if found.count >= limit || remaining <= 0 { return }
            remaining -= 1
            if path.count + 1 == length {
                if edge.to == goal {
                    found.append(path + [edge])
                }
                continue
            }
            guard !onPath[edge.to], edge.to != goal else { continue }
            onPath[edge.to] = true
            path.append(edge)
            search(edge.to, goal, length, &onPath, &path, &found, limit, &remaining)
            path.removeLast()
            onPath[edge.to] = false
        }
    }
}
