import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG read with Foundation's XMLParser: what the tests look at, the elements with their
/// attributes and their text, in document order. Failing to parse is a test failure upstream.
final class SVGReader: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// The ids and classes of the elements it is inside, innermost last.
        var ancestors: [(id: String?, classes: [String])]
        var text = ""

        var classes: [String] { attributes["class"]?.split(separator: " ").map(String.init) ?? [] }
    }

    private(set) var elements: [Element] = []
    private(set) var error: Error?
    private var open: [Int] = []

    /// Nil when the text is not well-formed XML.
    static func read(_ svg: String) -> SVGReader? {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        parser.shouldProcessNamespaces = false
        return parser.parse() ? reader : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let ancestors = open.map { (id: elements[$0].attributes["id"], classes: elements[$0].classes) }
        elements.append(Element(name: name, attributes: attributes, ancestors: ancestors))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }

    /// The root element.
    var root: Element? { elements.first }

    /// The group Graphviz drew for the node or edge with `id`.
    func group(_ id: String) -> Element? { elements.first { $0.name == "g" && $0.attributes["id"] == id } }

    /// The lines of text inside the group with `id`, in order.
    func texts(in id: String) -> [String] {
        elements.filter { $0.name == "text" && $0.ancestors.contains { $0.id == id } }.map(\.text)
    }

    /// Ids of the groups that carry `className`, in order.
    func ids(withClass className: String) -> [String] {
        elements.filter { $0.name == "g" && $0.classes.contains(className) }.compactMap { $0.attributes["id"] }
    }

    /// Where the links inside the group with `id` lead.
    func links(in id: String) -> [String] {
        elements.filter { $0.name == "a" && $0.ancestors.contains { $0.id == id } }.compactMap { $0.attributes["xlink:href"] }
    }
}
