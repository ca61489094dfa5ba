import PathguideSupport
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
        // Bytes, not String searches: this runs twice per guide and language, on some 50 kB.
        let bytes = Array(svg.utf8)
        var out = declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        out += "<svg xmlns=\"\(svgNamespace)\" xmlns:xlink=\"\(xlinkNamespace)\" class=\"map-drawing\" role=\"img\""
        guard let start = find("<svg", in: bytes, from: 0), let end = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else {
            return out + ">\n<title>\(escaped(title))</title>\n<desc>\(escaped(description))</desc>\n</svg>\n"
        }
        let opening = bytes[start...end]
        for name in ["width", "height", "viewBox"] {
            if let value = attribute(name, in: opening) { out += " \(name)=\"\(value)\"" }
        }
        out += ">\n<title>\(escaped(title))</title>\n<desc>\(escaped(description))</desc>\n"
        out += String(decoding: body(after: end + 1, in: bytes), as: UTF8.self)
        return out
    }

    /// What follows the opening tag, without comments, empty lines and `<title>` lines.
    private static func body(after start: Int, in bytes: [UInt8]) -> [UInt8] {
        var uncommented: [UInt8] = []
        uncommented.reserveCapacity(bytes.count - start)
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index...].starts(with: "<!--".utf8), let close = find("-->", in: bytes, from: index + 4) {
                index = close + 3
            } else {
                uncommented.append(bytes[index])
                index += 1
            }
        }
        var body: [UInt8] = []
        body.reserveCapacity(uncommented.count)
        for line in uncommented.split(separator: UInt8(ascii: "\n")) {
            if line.starts(with: "<title>".utf8), line.reversed().starts(with: "</title>".utf8.reversed()) { continue }
            body.append(contentsOf: line)
            body.append(UInt8(ascii: "\n"))
        }
        return body
    }

    /// Where `needle` first starts in `bytes` at or after `from`.
    private static func find(_ needle: StaticString, in bytes: [UInt8], from: Int) -> Int? {
        needle.withUTF8Buffer { needle -> Int? in
            guard let first = needle.first, bytes.count >= needle.count else { return nil }
            var index = from
            while index <= bytes.count - needle.count {
                if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
                index += 1
            }
            return nil
        }
    }

    /// The value of `name="…"` in a tag Graphviz wrote (its values hold no quotes).
    private static func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let marker = Array(" \(name)=\"".utf8)
        var index = tag.startIndex
        while index + marker.count <= tag.endIndex {
            if tag[index..<index + marker.count].elementsEqual(marker) {
                let value = tag[(index + marker.count)...].prefix { $0 != UInt8(ascii: "\"") }
                return String(decoding: value, as: UTF8.self)
            }
            index += 1
        }
        return nil
    }

    /// Text for an XML element or attribute: the one XML escaping (PathguideSupport).
    static func escaped(_ text: String) -> String {
        XMLEscaping.escape(text)
    }
}
