/// Writes a CommonMark body block by block: headings, paragraphs and lists, one blank line
/// between blocks, and records each heading with a unique anchor.
///
/// Blocks take `Inline` values only, so everything in them has been escaped. The writer owns
/// the line structure: it trims what would become significant whitespace (leading spaces
/// that could make a code block, trailing spaces that would make a hard line break) and keeps
/// two lists written one after another from merging into one.
struct MarkdownWriter {
    /// One list item: its first line, then paragraphs that go with it (a note, a region).
    struct Item {
        var lines: [Inline]

        init(_ first: Inline, _ more: [Inline] = []) {
            self.lines = [first] + more
        }
    }

    private enum Block: Equatable {
        case heading, paragraph
        case bulletList(marker: String)
        case orderedList(delimiter: String)
    }

    private static let headingMarkers = ["# ", "## ", "### ", "#### ", "##### ", "###### "]

    private(set) var body = ""
    private(set) var headings: [RenderedDocument.Heading] = []
    /// Where a picture goes, if the document has a place for one.
    private(set) var mapPlace: RenderedDocument.MapPlace?
    /// The anchor of each channel's section, by channel id, for pictures that link to them.
    var channelAnchors: [String: String] = [:]
    private var anchors: Set<String> = []
    private var last: Block?

    /// A heading of `level` 1–6; `anchor` is made safe and unique (`-2`, `-3` … on a clash).
    /// `inContents` lists it in a table of contents (by default, level 2 only). Returns the
    /// anchor it was given.
    @discardableResult
    mutating func heading(_ level: Int, _ text: String, anchor: String, inContents: Bool? = nil) -> String {
        let level = min(max(level, 1), 6)
        start(.heading)
        body += Self.headingMarkers[level - 1]
        body += line(.text(text))
        body += "\n"
        let anchor = unique(anchor)
        headings.append(RenderedDocument.Heading(level: level, text: MarkdownEscaping.plain(text), anchor: anchor,
                                                 inContents: inContents))
        return anchor
    }

    /// Marks the end of the blocks written so far as the place for a picture: it goes between
    /// them and the next block.
    mutating func markMapPlace() {
        mapPlace = RenderedDocument.MapPlace(offset: body.utf8.count, headingCount: headings.count)
    }

    mutating func paragraph(_ text: Inline) {
        guard !text.isEmpty else { return }
        start(.paragraph)
        body += line(text)
        body += "\n"
    }

    mutating func bulletList(_ items: [Item]) {
        guard !items.isEmpty else { return }
        // A second bullet list right after another needs a different marker to stay separate.
        let marker = last == .bulletList(marker: "-") ? "*" : "-"
        start(.bulletList(marker: marker))
        let loose = isLoose(items)
        for (i, item) in items.enumerated() { write(item, marker: marker + " ", blankLineBefore: loose && i > 0) }
    }

    mutating func orderedList(_ items: [Item]) {
        guard !items.isEmpty else { return }
        let delimiter = last == .orderedList(delimiter: ".") ? ")" : "."
        start(.orderedList(delimiter: delimiter))
        let loose = isLoose(items)
        for (i, item) in items.enumerated() { write(item, marker: "\(i + 1)\(delimiter) ", blankLineBefore: loose && i > 0) }
    }

    /// Whether an item has paragraphs after its first line: then the list is loose, and a blank
    /// line between items makes the Markdown read as it renders.
    private func isLoose(_ items: [Item]) -> Bool {
        items.contains { $0.lines.dropFirst().contains { !line($0).isEmpty } }
    }

    private mutating func write(_ item: Item, marker: String, blankLineBefore: Bool) {
        if blankLineBefore { body += "\n" }
        // What goes with the first line is a paragraph of its own in the item, after a blank
        // line: a soft line break would join them, and browsers show a soft break between two
        // Chinese characters as a space ("App。 不同版本"). Indented by at least four spaces, as
        // Python-Markdown (MkDocs) requires, and by the marker's width, as CommonMark does.
        let indent = String(repeating: " ", count: max(4, marker.utf8.count))
        var written = false
        for piece in item.lines {
            let text = line(piece)
            guard !text.isEmpty else { continue }
            if written {
                body += "\n" + indent
            } else {
                body += marker
                written = true
            }
            body += text
            body += "\n"
        }
        if !written {
            body += marker.trimmingTrailingSpaces()
            body += "\n"
        }
    }

    private mutating func start(_ block: Block) {
        if last != nil { body += "\n" }
        last = block
    }

    /// The inline content as one line with no leading or trailing spaces, safe to start a line.
    private func line(_ text: Inline) -> String {
        let markdown = text.markdown
        if markdown.utf8.first != UInt8(ascii: " "), markdown.utf8.last != UInt8(ascii: " ") {
            return MarkdownEscaping.lineStart(markdown)
        }
        var line = Substring(markdown)
        while line.first == " " { line.removeFirst() }
        while line.last == " " { line.removeLast() }
        return MarkdownEscaping.lineStart(String(line))
    }

    private mutating func unique(_ anchor: String) -> String {
        let base = Self.slug(anchor)
        var candidate = base
        var n = 2
        while !anchors.insert(candidate).inserted {
            candidate = "\(base)-\(n)"
            n += 1
        }
        return candidate
    }

    /// Lowercase ASCII letters, digits and single hyphens, so an anchor is a valid fragment
    /// and HTML id whatever the guide's ids contain.
    static func slug(_ text: String) -> String {
        // Lowercasing can turn a few non-ASCII letters into ASCII ones (K, the Kelvin sign):
        // only all-ASCII text takes the byte path.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var slug: [UInt8] = []
            slug.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower) {
                    slug.append(lower)
                } else if let last = slug.last, last != UInt8(ascii: "-") {
                    slug.append(UInt8(ascii: "-"))
                }
            }
            while slug.last == UInt8(ascii: "-") { slug.removeLast() }
            return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
        }
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug += "-"
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "section" : slug
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = Substring(self)
        while copy.last == " " { copy.removeLast() }
        return String(copy)
    }
}
