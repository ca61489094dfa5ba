/// Writes a CommonMark body block by block: headings, paragraphs and lists, one blank line
/// between blocks, and records each heading with a unique anchor.
///
/// Blocks take `Inline` values only, so everything in them has been escaped. The writer owns
/// the line structure: it trims what would become significant whitespace (leading spaces
/// that could make a code block, trailing spaces that would make a hard line break) and keeps
/// two lists written one after another from merging into one.
struct MarkdownWriter {
    /// One list item: its first line, then lines that continue it (a note, a region).
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

    private(set) var body = ""
    private(set) var headings: [RenderedDocument.Heading] = []
    private var anchors: Set<String> = []
    private var last: Block?

    /// A heading of `level` 1–6; `anchor` is made safe and unique (`-2`, `-3` … on a clash).
    mutating func heading(_ level: Int, _ text: String, anchor: String) {
        let level = min(max(level, 1), 6)
        start(.heading)
        body += String(repeating: "#", count: level) + " " + line(.text(text)) + "\n"
        headings.append(RenderedDocument.Heading(level: level, text: MarkdownEscaping.plain(text), anchor: unique(anchor)))
    }

    mutating func paragraph(_ text: Inline) {
        guard !text.isEmpty else { return }
        start(.paragraph)
        body += line(text) + "\n"
    }

    mutating func bulletList(_ items: [Item]) {
        guard !items.isEmpty else { return }
        // A second bullet list right after another needs a different marker to stay separate.
        let marker = last == .bulletList(marker: "-") ? "*" : "-"
        start(.bulletList(marker: marker))
        for item in items { write(item, marker: marker + " ") }
    }

    mutating func orderedList(_ items: [Item]) {
        guard !items.isEmpty else { return }
        let delimiter = last == .orderedList(delimiter: ".") ? ")" : "."
        start(.orderedList(delimiter: delimiter))
        for (i, item) in items.enumerated() { write(item, marker: "\(i + 1)\(delimiter) ") }
    }

    private mutating func write(_ item: Item, marker: String) {
        // Continuation lines are indented to the item's content so they stay inside it.
        let indent = String(repeating: " ", count: marker.count)
        let lines = item.lines.map(line).filter { !$0.isEmpty }
        for (i, text) in lines.enumerated() {
            body += (i == 0 ? marker : indent) + text + "\n"
        }
        if lines.isEmpty { body += marker.trimmingTrailingSpaces() + "\n" }
    }

    private mutating func start(_ block: Block) {
        if last != nil { body += "\n" }
        last = block
    }

    /// The inline content as one line with no leading or trailing spaces, safe to start a line.
    private func line(_ text: Inline) -> String {
        var line = Substring(text.markdown)
        while line.first == " " { line.removeFirst() }
        while line.last == " " { line.removeLast() }
        return MarkdownEscaping.lineStart(String(line))
    }

    private mutating func unique(_ anchor: String) -> String {
        let base = Self.slug(anchor)
        var candidate = base
        var n = 2
        while anchors.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        anchors.insert(candidate)
        return candidate
    }

    /// Lowercase ASCII letters, digits and single hyphens, so an anchor is a valid fragment
    /// and HTML id whatever the guide's ids contain.
    static func slug(_ text: String) -> String {
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
