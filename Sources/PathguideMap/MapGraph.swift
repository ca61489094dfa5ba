import CGraphviz
import PathguideCore
import PathguideRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `GuideMap` as Graphviz attributes: shapes and line styles by what a node is and who
/// answers on a channel, the quickest route to a person drawn thicker and in the accent colour.
/// The colours are for the standalone file; the site's stylesheet replaces them through the
/// classes, so the page follows its own colours and dark mode.
struct MapGraph {
    let map: GuideMap
    let fontFamily: String

    init(_ map: GuideMap, fontFamily: String) {
        self.map = map
        self.fontFamily = fontFamily
    }

    static let ink = "#1f2328"
    static let muted = "#59636e"
    static let accent = "#0a58a8"
    static let surfaceFill = "#e8f1fb"

    /// Lays the graph out once and renders it twice: with the channels' links on a transparent
    /// background, for the page, then as a file of its own, without links, on white.
    func render(in context: GraphvizContext) throws(MapError) -> (page: String, file: String) {
        guard let graph = Self.withC("map", { pathguide_graphviz_digraph($0) }) else { throw MapError("Graphviz could not make a graph") }
        defer { agclose(graph) }
        let linked = build(graph)
        guard gvLayout(context.pointer, graph, "dot") == 0 else { throw Self.failure("lay out the map") }
        defer { gvFreeLayout(context.pointer, graph) }
        let page = try Self.svg(graph, context)
        for node in linked { Self.set(UnsafeMutableRawPointer(node), "URL", "") }
        // A file is shown on whatever background a site has, dark ones too: it brings its own.
        Self.set(UnsafeMutableRawPointer(graph), "bgcolor", "white")
        let file = try Self.svg(graph, context)
        return (page, file)
    }

    /// Adds every node and edge; returns the nodes that carry a link.
    private func build(_ graph: UnsafeMutablePointer<Agraph_t>) -> [UnsafeMutablePointer<Agnode_t>] {
        Self.set(UnsafeMutableRawPointer(graph), "id", "map-graph")
        for (name, value) in [("bgcolor", "transparent"), ("rankdir", "LR"), ("fontname", fontFamily), ("nodesep", "0.25"), ("ranksep", "0.35"), ("pad", "0.05")] {
            Self.defaultAttribute(graph, kind: Int32(AGRAPH), name, value)
        }
        for (name, value) in [("fontname", fontFamily), ("fontsize", "12"), ("shape", "box"), ("style", "rounded"), ("margin", "0.14,0.06"),
                              ("color", Self.ink), ("fontcolor", Self.ink), ("penwidth", "1"), ("peripheries", "1"), ("fillcolor", "none"),
                              ("URL", ""), ("class", ""), ("id", "")] {
            Self.defaultAttribute(graph, kind: Int32(AGNODE), name, value)
        }
        for (name, value) in [("fontname", fontFamily), ("fontsize", "11"), ("arrowsize", "0.7"), ("color", Self.ink), ("fontcolor", Self.ink),
                              ("penwidth", "1"), ("style", "solid"), ("label", ""), ("class", ""), ("id", "")] {
            Self.defaultAttribute(graph, kind: Int32(AGEDGE), name, value)
        }
        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        var linked: [UnsafeMutablePointer<Agnode_t>] = []
        for node in map.nodes {
            guard let made = Self.withC(node.key, { agnode(graph, $0, 1) }) else { continue }
            nodes[node.key] = made
            let object = UnsafeMutableRawPointer(made)
            Self.set(object, "id", "map-" + node.key)
            Self.set(object, "label", Self.label([node.name] + (node.note.map { [$0] } ?? [])))
            Self.set(object, "class", Self.classes(of: node))
            for (name, value) in Self.look(of: node.kind) { Self.set(object, name, value) }
            if node.isOnQuickestRoute {
                Self.set(object, "color", Self.accent)
                Self.set(object, "penwidth", "2.5")
            }
            if let anchor = node.anchor {
                Self.set(object, "URL", "#" + anchor)
                linked.append(made)
            }
        }
        for (i, edge) in map.edges.enumerated() {
            guard let from = nodes[edge.from], let to = nodes[edge.to], let made = agedge(graph, from, to, nil, 1) else { continue }
            let object = UnsafeMutableRawPointer(made)
            Self.set(object, "id", "map-edge-\(i)")
            Self.set(object, "class", ["step", Self.name(of: edge.kind)].joined(separator: " ") + (edge.isOnQuickestRoute ? " quickest" : ""))
            if let label = edge.label { Self.set(object, "label", Self.label([label])) }
            if edge.kind == .escalation { Self.set(object, "style", "dashed") }
            if edge.isOnQuickestRoute {
                Self.set(object, "color", Self.accent)
                Self.set(object, "penwidth", "2.5")
            }
        }
        return linked
    }

    /// `node`, `surface`, `screen` or `channel` and who answers, `quickest` on the route.
    static func classes(of node: GuideMap.Node) -> String {
        var classes = switch node.kind {
        case .surface: "place surface"
        case .screen: "place screen"
        case .channel(let staffing): "place channel " + staffing.rawValue
        }
        if node.isOnQuickestRoute { classes += " quickest" }
        return classes
    }

    static func name(of kind: GuideMap.EdgeKind) -> String {
        switch kind {
        case .start: "start"
        case .action: "action"
        case .escalation: "escalation"
        }
    }

    /// Ways in are filled; a channel's border says who answers: a double line where people
    /// answer (dashed when a bot answers first), a dashed line for a bot, dotted for
    /// self-service, grey for unknown. The second line of its label says the same in words.
    static func look(of kind: GuideMap.Kind) -> [(String, String)] {
        switch kind {
        case .surface: [("style", "rounded,filled"), ("fillcolor", surfaceFill)]
        case .screen: []
        case .channel(.people): [("peripheries", "2")]
        case .channel(.mixed): [("peripheries", "2"), ("style", "rounded,dashed")]
        case .channel(.bot): [("style", "rounded,dashed")]
        case .channel(.selfService): [("style", "rounded,dotted")]
        case .channel(.unknown): [("color", muted), ("fontcolor", muted)]
        }
    }

    /// Lines of guide text as a Graphviz label that shows them exactly: a backslash would start
    /// an escape (`\N` is the node's name), and Graphviz's SVG writer leaves `&` alone when it
    /// looks like the start of an entity, so both are escaped here; it escapes the rest. Long
    /// lines are wrapped between words, so one long gloss does not widen a whole column.
    static func label(_ lines: [String]) -> String {
        lines.flatMap(wrapped).map { line in
            var escaped = ""
            for character in line {
                switch character {
                case "\\": escaped += "\\\\"
                case "&": escaped += "&amp;"
                default: escaped.append(character)
                }
            }
            return escaped
        }.joined(separator: "\\n")
    }

    /// How wide a line may be, in the width of a Latin letter (a CJK character counts two).
    static let lineWidth = 26

    /// `text` cut at spaces into lines of at most `lineWidth` where the words allow; a word
    /// longer than that (a run of CJK text has no spaces) keeps its own line.
    static func wrapped(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        var width = 0
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            let wordWidth = word.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
            if !line.isEmpty, width + 1 + wordWidth > lineWidth {
                lines.append(line)
                line = ""
                width = 0
            }
            if !line.isEmpty {
                line += " "
                width += 1
            }
            line += word
            width += wordWidth
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    // MARK: Graphviz calls

    private static func svg(_ graph: UnsafeMutablePointer<Agraph_t>, _ context: GraphvizContext) throws(MapError) -> String {
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context.pointer, graph, "svg", &data, &length) == 0, let data else { throw failure("draw the map as SVG") }
        defer { gvFreeRenderData(data) }
        return String(decoding: UnsafeRawBufferPointer(start: data, count: Int(length)), as: UTF8.self)
    }

    private static func failure(_ doing: String) -> MapError {
        let detail = aglasterr().map { String(cString: $0).trimmingSpaces } ?? ""
        return MapError("Graphviz could not \(doing)" + (detail.isEmpty ? "" : ": \(detail)"))
    }

    /// cgraph takes `char *` and copies what it keeps.
    private static func withC<T>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) -> T) -> T {
        text.withCString { body(UnsafeMutablePointer(mutating: $0)) }
    }

    private static func set(_ object: UnsafeMutableRawPointer, _ name: String, _ value: String) {
        withC(name) { name in withC(value) { value in withC("") { empty in _ = agsafeset(object, name, value, empty) } } }
    }

    private static func defaultAttribute(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32, _ name: String, _ value: String) {
        withC(name) { name in withC(value) { value in _ = agattr(graph, kind, name, value) } }
    }
}

private extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
