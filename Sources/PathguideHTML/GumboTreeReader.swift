import CGumbo
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks gumbo's tree once and copies out the links, anchors and base as Swift values.
///
/// Everything here borrows gumbo's memory, which `HTMLDocument.parse` frees as soon as the
/// walk is done; nothing that points into it may escape.
struct GumboTreeReader {
    private let source: UnsafeBufferPointer<UInt8>
    private var lines: LineTable
    private(set) var links: [HTMLLink] = []
    private(set) var anchors: [HTMLAnchor] = []
    private(set) var base: HTMLLink?

    init(source: UnsafeBufferPointer<UInt8>) {
        self.source = source
        self.lines = LineTable(source)
    }

    mutating func read(_ root: UnsafeMutablePointer<GumboNode>) {
        // An explicit stack: a deeply nested page must not overflow ours.
        var stack: [(node: UnsafeMutablePointer<GumboNode>, inTemplate: Bool)] = [(root, false)]
        while let (node, inTemplate) = stack.popLast() {
            let type = node.pointee.type
            guard type == GUMBO_NODE_ELEMENT || type == GUMBO_NODE_TEMPLATE else { continue }
            // A formatting element the tree builder reopens (`<b id=x>` left open across
            // paragraphs) is a copy of a tag already read: its id and links are that tag's, at
            // that tag's position, and counting them again would report one tag many times.
            if node.pointee.parse_flags.rawValue & Self.copies == 0 { visit(node, inTemplate: inTemplate) }
            // A template's content is not part of the document, so its ids are no fragment targets.
            let childrenInTemplate = inTemplate || type == GUMBO_NODE_TEMPLATE
            let children = node.pointee.v.element.children
            var i = Int(children.length)
            while i > 0 {
                i -= 1
                if let child = children.data[i] {
                    stack.append((child.assumingMemoryBound(to: GumboNode.self), childrenInTemplate))
                }
            }
        }
    }

    private static let copies = GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT.rawValue | GUMBO_INSERTION_ADOPTION_AGENCY_CLONED.rawValue

    /// How many elements deep the tree goes, the root included; for tests of the nesting gauge.
    static func depth(of root: UnsafeMutablePointer<GumboNode>) -> Int {
        var deepest = 0
        var stack: [(UnsafeMutablePointer<GumboNode>, Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            guard node.pointee.type == GUMBO_NODE_ELEMENT || node.pointee.type == GUMBO_NODE_TEMPLATE else { continue }
            deepest = max(deepest, depth)
            let children = node.pointee.v.element.children
            for i in 0..<Int(children.length) {
                if let child = children.data[i] { stack.append((child.assumingMemoryBound(to: GumboNode.self), depth + 1)) }
            }
        }
        return deepest
    }

    private mutating func visit(_ node: UnsafeMutablePointer<GumboNode>, inTemplate: Bool) {
        let element = node.pointee.v.element
        let attributes = element.attributes
        guard attributes.length > 0 else { return }
        // Both are looked up only for elements that turn out to matter, and only once.
        var tagName: String?
        func name() -> String {
            if let tagName { return tagName }
            let resolved = Self.tagName(of: element)
            tagName = resolved
            return resolved
        }
        var start: HTMLPosition?
        for i in 0..<Int(attributes.length) {
            guard let raw = attributes.data[i] else { continue }
            let attribute = raw.assumingMemoryBound(to: GumboAttribute.self)
            let attributeName = attribute.pointee.name!
            if !inTemplate, strcmp(attributeName, "id") == 0 || (element.tag == GUMBO_TAG_A && strcmp(attributeName, "name") == 0) {
                addAnchor(attribute, tag: name())
            }
            guard let (syntax, kind) = linkSyntax(tag: element.tag, attribute: attributeName, attributes: attributes) else { continue }
            let elementPosition = start ?? lines.position(at: Int(element.start_pos.offset))
            start = elementPosition
            let rel = element.tag == GUMBO_TAG_LINK ? Self.value(of: "rel", in: attributes)?.lowercased() : nil
            let label = Self.qualifiedName(attribute)
            for (url, position) in addresses(in: attribute, syntax: syntax) {
                let link = HTMLLink(url: url, kind: kind, tag: name(), attribute: label, rel: rel,
                                    position: position, elementPosition: elementPosition)
                if element.tag == GUMBO_TAG_BASE {
                    // Only the first <base href> counts, as in a browser.
                    if base == nil { base = link }
                } else {
                    links.append(link)
                }
            }
        }
    }

    private mutating func addAnchor(_ attribute: UnsafeMutablePointer<GumboAttribute>, tag: String) {
        let value = String(cString: attribute.pointee.value)
        guard !value.isEmpty else { return }
        let position = lines.position(at: valueStart(of: attribute))
        anchors.append(HTMLAnchor(name: value, attribute: String(cString: attribute.pointee.name), tag: tag, position: position))
    }

    /// Which attributes hold addresses, and in what form.
    private func linkSyntax(tag: GumboTag, attribute: UnsafePointer<CChar>, attributes: GumboVector) -> (AttributeValueSyntax, HTMLLink.Kind)? {
        func named(_ name: String) -> Bool { strcmp(attribute, name) == 0 }
        switch tag {
        case GUMBO_TAG_A, GUMBO_TAG_AREA, GUMBO_TAG_BASE:
            return named("href") ? (.url, .navigation) : nil
        case GUMBO_TAG_LINK:
            guard named("href") else { return nil }
            return (.url, HTMLLink.Kind(rel: Self.value(of: "rel", in: attributes)))
        case GUMBO_TAG_IMG, GUMBO_TAG_SOURCE:
            if named("src") { return (.url, .resource) }
            return named("srcset") ? (.srcset, .resource) : nil
        case GUMBO_TAG_SCRIPT, GUMBO_TAG_IFRAME, GUMBO_TAG_EMBED, GUMBO_TAG_TRACK, GUMBO_TAG_AUDIO:
            return named("src") ? (.url, .resource) : nil
        case GUMBO_TAG_VIDEO:
            return named("src") || named("poster") ? (.url, .resource) : nil
        case GUMBO_TAG_IMAGE:
            return named("href") ? (.url, .resource) : nil
        case GUMBO_TAG_FORM:
            return named("action") ? (.url, .navigation) : nil
        case GUMBO_TAG_OBJECT:
            return named("data") ? (.url, .resource) : nil
        case GUMBO_TAG_META:
            guard named("content"), Self.value(of: "http-equiv", in: attributes)?.lowercased() == "refresh" else { return nil }
            return (.refresh, .navigation)
        default:
            return nil
        }
    }

    /// The addresses in one attribute, each with the position of its first character in the file.
    private mutating func addresses(in attribute: UnsafeMutablePointer<GumboAttribute>, syntax: AttributeValueSyntax) -> [(String, HTMLPosition)] {
        let valuePointer = UnsafeRawPointer(attribute.pointee.value!).assumingMemoryBound(to: UInt8.self)
        let decoded = UnsafeBufferPointer(start: valuePointer, count: strlen(attribute.pointee.value))
        let start = valueStart(of: attribute)
        return syntax.addresses(in: decoded, raw: rawValue(of: attribute, from: start), start: start).map { address in
            (address.text, lines.position(at: address.offset))
        }
    }

    /// The byte offset of the value's first character, inside any quotes; for an attribute
    /// written without a value, where its name starts.
    private func valueStart(of attribute: UnsafeMutablePointer<GumboAttribute>) -> Int {
        let a = attribute.pointee
        guard Self.hasValue(a) else { return Int(a.name_start.offset) }
        let offset = Int(a.value_start.offset)
        if offset < source.count, source[offset] == UInt8(ascii: "\"") || source[offset] == UInt8(ascii: "'") {
            return offset + 1
        }
        return offset
    }

    /// The value as written in the file, without its quotes.
    private func rawValue(of attribute: UnsafeMutablePointer<GumboAttribute>, from start: Int) -> UnsafeBufferPointer<UInt8> {
        let a = attribute.pointee
        guard Self.hasValue(a) else { return UnsafeBufferPointer(rebasing: source[0..<0]) }
        let quoted = start != Int(a.value_start.offset)
        var end = Int(a.value_start.offset) + a.original_value.length
        if quoted, end > start, end <= source.count, source[end - 1] == source[start - 1] { end -= 1 }
        end = min(max(end, start), source.count)
        return UnsafeBufferPointer(rebasing: source[min(start, source.count)..<end])
    }

    /// For `<a href>` and `<a href=>` gumbo never sets `value_start` (it is uninitialised memory)
    /// and points `original_value` at the name; that pointer is the only reliable sign.
    private static func hasValue(_ attribute: GumboAttribute) -> Bool {
        attribute.original_value.length > 0 && attribute.original_value.data != attribute.original_name.data
    }

    private static func qualifiedName(_ attribute: UnsafeMutablePointer<GumboAttribute>) -> String {
        let name = String(cString: attribute.pointee.name)
        return attribute.pointee.attr_namespace == GUMBO_ATTR_NAMESPACE_XLINK ? "xlink:" + name : name
    }

    private static func value(of name: String, in attributes: GumboVector) -> String? {
        for i in 0..<Int(attributes.length) {
            guard let raw = attributes.data[i] else { continue }
            let attribute = raw.assumingMemoryBound(to: GumboAttribute.self)
            if strcmp(attribute.pointee.name, name) == 0 { return String(cString: attribute.pointee.value) }
        }
        return nil
    }

    /// The element's name in lower case; gumbo names only the tags it knows, so custom
    /// elements take theirs from the source text.
    private static func tagName(of element: GumboElement) -> String {
        if element.tag != GUMBO_TAG_UNKNOWN, let known = gumbo_normalized_tagname(element.tag) {
            return String(cString: known)
        }
        var piece = element.original_tag
        gumbo_tag_from_original_text(&piece)
        guard let data = piece.data, piece.length > 0 else { return "" }
        let bytes = UnsafeRawBufferPointer(start: data, count: piece.length)
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }
}
