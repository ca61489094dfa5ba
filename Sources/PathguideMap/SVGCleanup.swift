/// Graphviz's SVG made fit for a page and stable byte for byte: its XML declaration, doctype
/// and comments (one names the Graphviz version, others node names) go, and so do the
/// `<title>` of each node and edge (Graphviz names them by their internal keys); the picture
/// gets one `<title>` and one `<desc>` of its own and `role="img"`.
enum SVGCleanup {
    static let svgNamespace = "http://www.w3.org/2000/svg"
    static let xlinkNamespace = "http://www.w3.org/1999/xlink"

    /// For inlining in a page: sized by the stylesheet (`max-width: 100%`, `height: auto`), so
    /// it shrinks on a phone and keeps its proportions through the viewBox.
    static func inline(_ svg: String, title: String, description: String) -> String {
        rebuilt(svg, title: title, description: description, declaration: false)
    }

    /// A file of its own, with an XML declaration.
    static func file(_ svg: String, title: String, description: String) -> String {
        rebuilt(svg, title: title, description: description, declaration: true)
    }

    private static func rebuilt(_ svg: String, title: String, description: String, declaration: Bool) -> String {
        let (opening, body) = split(svg)
        var out = declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        out += "<svg xmlns=\"\(svgNamespace)\" xmlns:xlink=\"\(xlinkNamespace)\" class=\"map-drawing\" role=\"img\""
        for name in ["width", "height", "viewBox"] {
            if let value = attribute(name, in: opening) { out += " \(name)=\"\(value)\"" }
        }
        out += ">\n<title>\(escaped(title))</title>\n<desc>\(escaped(description))</desc>\n"
        out += body
        return out
    }

    /// The `<svg …>` opening tag, and what follows it with comments and titles left out.
    private static func split(_ svg: String) -> (opening: Substring, body: String) {
        guard let start = svg.range(of: "<svg"), let end = svg[start.upperBound...].firstIndex(of: ">") else { return ("", svg) }
        let opening = svg[start.lowerBound...end]
        var body = ""
        var rest = svg[svg.index(after: end)...]
        while let comment = rest.range(of: "<!--") {
            body += rest[..<comment.lowerBound]
            guard let close = rest[comment.upperBound...].range(of: "-->") else { rest = ""; break }
            rest = rest[close.upperBound...]
        }
        body += rest
        var lines: [Substring] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: true) where !(line.hasPrefix("<title>") && line.hasSuffix("</title>")) {
            lines.append(line)
        }
        return (opening, lines.joined(separator: "\n") + "\n")
    }

    /// The value of `name="…"` in a tag Graphviz wrote (its values hold no quotes).
    private static func attribute(_ name: String, in tag: Substring) -> Substring? {
        guard let start = tag.range(of: " \(name)=\""), let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return tag[start.upperBound..<end]
    }

    /// Text for an XML element or attribute.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
