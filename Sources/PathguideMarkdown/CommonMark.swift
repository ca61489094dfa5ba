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
        return text.withUTF8 { bytes -> [Link] in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
            let parsed = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                cmark_parse_document($0, bytes.count, CMARK_OPT_DEFAULT)
            }
            guard let document = parsed else { return [] }
            defer { cmark_node_free(document) }
            guard let iterator = cmark_iter_new(document) else { return [] }
            defer { cmark_iter_free(iterator) }
            let source = InlineSourcePosition(bytes)
            var links: [Link] = []
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
                var block = cmark_node_parent(node)
                while let parent = block, cmark_node_get_type(parent).rawValue >= CMARK_NODE_FIRST_INLINE.rawValue {
                    block = cmark_node_parent(parent)
                }
                let (line, column) = source.position(
                    line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)),
                    blockLine: block.map { Int(cmark_node_get_start_line($0)) } ?? 1,
                    blockColumn: block.map { Int(cmark_node_get_start_column($0)) } ?? 1,
                    isImage: type == CMARK_NODE_IMAGE)
                links.append(Link(url: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                                  isImage: type == CMARK_NODE_IMAGE, line: line, column: column))
            }
            return links
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
    private var lineStarts: [Int] = [0]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        for (i, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(i + 1) }
    }

    func position(line: Int, byteColumn: Int, blockLine: Int, blockColumn: Int, isImage: Bool) -> (line: Int, column: Int) {
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
