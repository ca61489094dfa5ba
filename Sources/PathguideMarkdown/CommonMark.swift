import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only place that talks to libcmark, the CommonMark reference implementation.
///
/// Rendering is safe by default: raw HTML in the Markdown and `javascript:`/`data:` links are
/// replaced (cmark's default since 0.29), because guide text is data and must never execute.
public enum CommonMark {
    /// The libcmark version linked at run time, e.g. "0.30.2".
    public static var version: String { String(cString: cmark_version_string()) }

    /// Renders CommonMark (no extensions) to an HTML fragment.
    ///
    /// - Parameter smartPunctuation: straight quotes to curly ones; off by default so the text
    ///   shows exactly as the author typed it.
    public static func html(from markdown: String, smartPunctuation: Bool = false) -> String {
        var options = CMARK_OPT_DEFAULT
        if smartPunctuation { options |= CMARK_OPT_SMART }
        var text = markdown
        let rendered = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_markdown_to_html(chars.baseAddress, chars.count, options)
            }
        }
        guard let rendered else { return "" }
        // cmark allocates with the default allocator; free it where it was taken.
        defer { free(rendered) }
        return String(cString: rendered)
    }
}

extension CommonMark {
    /// A link or image in a Markdown document, and where it starts.
    public struct Link: Hashable, Sendable {
        /// The destination with backslash escapes and entities resolved, as cmark reads it;
        /// for a reference link, the destination of its definition.
        public var url: String
        /// `![alt](src)` rather than `[text](href)` or `<autolink>`.
        public var isImage: Bool
        /// 1-based line of the opening `[`, `![` or `<`.
        public var line: Int
        /// 1-based column of the opening `[`, `![` or `<`, counted in Unicode scalars.
        public var column: Int

        public init(url: String, isImage: Bool, line: Int, column: Int) {
            self.url = url
            self.isImage = isImage
            self.line = line
            self.column = column
        }
    }

    /// Every link and image in a CommonMark document, in document order, through libcmark's node API.
    public static func links(in markdown: String) -> [Link] {
        var text = markdown
        return text.withUTF8 { LinkReader().links(inUTF8: $0) }
    }

    /// Reads the links and images of one document after another, reusing the memory libcmark
    /// parses into. Each thread needs its own.
    public final class LinkReader {
        private let arena = ParseArena()

        public init() {}

        /// Every link and image in `bytes`, read as UTF-8 the way `String(decoding:as:)` reads
        /// it (an ill-formed sequence as U+FFFD), in document order.
        public func links(in bytes: UnsafeRawBufferPointer) -> [Link] {
            let text = bytes.assumingMemoryBound(to: UInt8.self)
            if UTF8Validation.isValid(text) { return links(inUTF8: text) }
            return Array(String(decoding: text, as: UTF8.self).utf8).withUnsafeBufferPointer { links(inUTF8: $0) }
        }

        /// `bytes` must be well-formed UTF-8.
        func links(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Link] {
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
            return arena.withInstalled { memory -> [Link] in
                // Everything libcmark allocates, the parser included, goes when the arena is reset.
                guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, memory) else { return [] }
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
                guard let document = cmark_parser_finish(parser) else { return [] }
                var source = InlineSourcePosition(bytes)
                var links: [Link] = []
                // Depth first, in document order; text and other leaves are not looked into.
                var next = cmark_node_first_child(document)
                while let node = next {
                    let type = cmark_node_get_type(node)
                    if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                        links.append(link(node, isImage: type == CMARK_NODE_IMAGE, source: &source))
                    }
                    if !Self.isLeaf(type), let child = cmark_node_first_child(node) {
                        next = child
                        continue
                    }
                    var climbing: OpaquePointer? = node
                    next = nil
                    while let step = climbing, step != document {
                        if let sibling = cmark_node_next(step) {
                            next = sibling
                            break
                        }
                        climbing = cmark_node_parent(step)
                    }
                }
                return links
            }
        }

        private static func isLeaf(_ type: cmark_node_type) -> Bool {
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE,
                 CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK:
                true
            default:
                false
            }
        }

        private func link(_ node: OpaquePointer, isImage: Bool, source: inout InlineSourcePosition) -> Link {
            var block = cmark_node_parent(node)
            while let parent = block, cmark_node_get_type(parent).rawValue >= CMARK_NODE_FIRST_INLINE.rawValue {
                block = cmark_node_parent(parent)
            }
            let (line, column) = source.position(
                line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)),
                blockLine: block.map { Int(cmark_node_get_start_line($0)) } ?? 1,
                blockColumn: block.map { Int(cmark_node_get_start_column($0)) } ?? 1,
                isImage: isImage)
            return Link(url: cmark_node_get_url(node).map { String(cString: $0) } ?? "", isImage: isImage, line: line, column: column)
        }
    }
}

/// Corrects libcmark 0.30's inline positions and turns its byte columns into character columns.
///
/// cmark counts an inline's column from its paragraph's first line, so on a continuation line
/// the line's own indentation (or lazy `>`-less start) is not counted; a link that wraps onto a
/// second line gets the line where it ends; and an autolink on a continuation line gets its
/// offset from the start of the paragraph as its column. Each guess is checked against the
/// source: the position must hold the `[`, `!` or `<` that opens the link, else the next guess
/// is tried.
private struct InlineSourcePosition {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Where each line starts, found as far as positions have needed: links come in document
    /// order, so the text after the last one is never searched.
    private var lineStarts: [Int] = [0]
    private var searched = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Finds line starts until there are `count` of them or the text has no more lines.
    private mutating func findLines(_ count: Int) {
        guard let base = bytes.baseAddress else { return }
        while lineStarts.count < count, searched < bytes.count {
            guard let found = memchr(base + searched, 0x0A, bytes.count - searched) else {
                searched = bytes.count
                return
            }
            searched = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            lineStarts.append(searched)
        }
    }

    mutating func position(line: Int, byteColumn: Int, blockLine: Int, blockColumn: Int, isImage: Bool) -> (line: Int, column: Int) {
        // One line more than asked for, so that `end(of:)` knows where each line ends.
        findLines(max(line, blockLine) + 1)
        guard line >= 1, line <= lineStarts.count, byteColumn >= 1 else { return (max(line, 0), max(byteColumn, 0)) }
        if opens(line: line, byteColumn: byteColumn, isImage: isImage) {
            return (line, characterColumn(line: line, byteColumn: byteColumn))
        }
        let blockStart = blockLine >= 1 && blockLine <= lineStarts.count ? lineStarts[blockLine - 1] + blockColumn - 1 : 0
        // Wrapped links open on an earlier line of the same paragraph; stop at a blank line.
        var candidate = line
        while candidate >= 1, candidate > line - 50 {
            let guesses = [
                byteColumn - blockColumn + contentStart(line: candidate),
                byteColumn - (lineStarts[candidate - 1] - blockStart),
            ]
            for guess in guesses where opens(line: candidate, byteColumn: guess, isImage: isImage) {
                return (candidate, characterColumn(line: candidate, byteColumn: guess))
            }
            if candidate < line, isBlank(line: candidate) { break }
            candidate -= 1
        }
        return (line, characterColumn(line: line, byteColumn: byteColumn))
    }

    private func end(of line: Int) -> Int { line < lineStarts.count ? lineStarts[line] : bytes.count }

    private func opens(line: Int, byteColumn: Int, isImage: Bool) -> Bool {
        let offset = lineStarts[line - 1] + byteColumn - 1
        guard byteColumn >= 1, offset < end(of: line) else { return false }
        return isImage ? bytes[offset] == UInt8(ascii: "!") : bytes[offset] == UInt8(ascii: "[") || bytes[offset] == UInt8(ascii: "<")
    }

    /// The byte column where a continuation line's text starts, after indentation and `>` markers.
    private func contentStart(line: Int) -> Int {
        var offset = lineStarts[line - 1]
        while offset < end(of: line), [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">")].contains(bytes[offset]) {
            offset += 1
        }
        return offset - lineStarts[line - 1] + 1
    }

    private func isBlank(line: Int) -> Bool {
        bytes[lineStarts[line - 1]..<end(of: line)].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
    }

    private func characterColumn(line: Int, byteColumn: Int) -> Int {
        let start = lineStarts[line - 1]
        let stop = min(start + byteColumn - 1, end(of: line))
        return bytes[start..<stop].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}
