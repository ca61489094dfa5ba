import CGraphviz
import PathguideRender
import Synchronization

/// A guide's map drawn as SVG, twice from one layout: for inlining in the guide page, and as a
/// file of its own beside the Markdown.
public struct MapDrawing: Sendable, Equatable {
    /// The map's accessible name, for an image's alternative text.
    public var title: String
    /// `<svg role="img">` with the map's `<title>` and `<desc>`, each channel a link to its
    /// section of the page, classes the theme's stylesheet colours, no XML declaration.
    public var inline: String
    /// The same picture as a standalone file: an XML declaration, a white background, no links
    /// (an image shown with `<img>` cannot follow them, and the page it sits in has its own
    /// anchors).
    public var file: String

    /// Lays `map` out with Graphviz's dot and renders it, in `fontFamily` (a CSS font list, as
    /// the page's stylesheet names it).
    ///
    /// Graphviz is not thread-safe in every version: calls into it are serialized here, so
    /// guides drawn from parallel jobs wait for each other only for this.
    public init(_ map: GuideMap, fontFamily: String) throws(MapError) {
        let graph = MapGraph(map, fontFamily: fontFamily)
        let svg = try Self.graphviz.withLock { context throws(MapError) -> (page: String, file: String) in
            let context = try Self.open(&context)
            return try graph.render(in: context)
        }
        title = map.title
        inline = SVGCleanup.inline(svg.page, title: map.title, description: map.description)
        file = SVGCleanup.file(svg.file, title: map.title, description: map.description)
    }

    /// The built-in theme's font list (`site.css`) for `locale`, from its first face whose widths
    /// Graphviz knows (Arial; Liberation Sans where Arial is not installed has the same widths),
    /// so the boxes dot sizes fit the text a browser draws. Faces before it in the page's list
    /// (system-ui and the like) differ in width from system to system. Chinese keeps its CJK
    /// faces next, for the characters Arial lacks.
    public static func fontFamily(for locale: String) -> String {
        let cjk = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei'"
        return locale == "zh"
            ? "Arial, 'Liberation Sans', " + cjk + ", sans-serif"
            : "Arial, 'Liberation Sans', 'Noto Sans', " + cjk + ", sans-serif"
    }

    /// The one Graphviz context of the process, made on first use and kept: it holds only the
    /// two linked-in plugins.
    private static let graphviz = Mutex<GraphvizContext?>(nil)

    private static func open(_ context: inout GraphvizContext?) throws(MapError) -> GraphvizContext {
        if let context { return context }
        // Graphviz prints warnings (a font it does not know) to stderr; a failure is read back
        // with aglasterr instead.
        _ = agseterr(AGMAX)
        guard let made = pathguide_graphviz_context() else { throw MapError("Graphviz could not start") }
        context = GraphvizContext(pointer: made)
        return context!
    }
}

/// A Graphviz context, only ever used under `MapDrawing.graphviz`'s lock.
struct GraphvizContext: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// Why a map could not be drawn.
public struct MapError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
