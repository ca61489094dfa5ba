import CGumbo

/// An HTML page reduced to what a link checker needs: every address it links to or loads,
/// every place a `#fragment` can land on, and its `<base href>`, each with its position.
///
/// A page is read the way a browser reads it: unclosed tags, unquoted attributes and stray
/// markup are recovered from, not rejected, and character references in attribute values are
/// decoded: gumbo, an HTML5 parser, builds the page's tree, and the links and anchors are read
/// from it.
///
/// A page that nests elements more than `nestingLimit` deep, or has a tag with more than
/// `attributeLimit` attributes, is read only up to the tag that goes past the limit, as if the
/// page ended there, and `nestingLimitExceeded` or `attributeLimitExceeded` says where: gumbo's
/// work grows with the square of either, so a `TagTokenizer` with a `NestingGauge` finds that
/// place before gumbo is handed the page, and gumbo never sees the rest.
///
///     let page = HTMLDocument.parse(#"<a href="guide.html#channels">Channels</a>"#)
///     page.links[0].url       // "guide.html#channels"
///     page.links[0].position  // 1:10, the start of the value
public struct HTMLDocument: Hashable, Sendable {
    /// Addresses in document order, except `<base href>`.
    public var links: [HTMLLink]
    /// Ids on any element and names on `a` elements, in document order; template contents excluded.
    public var anchors: [HTMLAnchor]
    /// The first `<base href>`, which relative addresses resolve against.
    public var base: HTMLLink?
    /// Where the page first opens more than `nestingLimit` elements at once (the `<` of that
    /// start tag); what follows was not read. `nil` for a page within the limit.
    public var nestingLimitExceeded: HTMLPosition?
    /// Where the page has a tag with more than `attributeLimit` attributes (the tag's `<`);
    /// what follows was not read.
    public var attributeLimitExceeded: HTMLPosition?

    /// The most elements a page may have open at once, the root included: Blink's parser
    /// stops nesting at the same depth.
    public static let nestingLimit = 512

    /// The most attributes a tag may have. gumbo looks for each attribute's name among the
    /// tag's earlier ones; real pages stay far below this.
    public static let attributeLimit = 256

    public init(links: [HTMLLink] = [], anchors: [HTMLAnchor] = [], base: HTMLLink? = nil,
                nestingLimitExceeded: HTMLPosition? = nil, attributeLimitExceeded: HTMLPosition? = nil) {
        self.links = links
        self.anchors = anchors
        self.base = base
        self.nestingLimitExceeded = nestingLimitExceeded
        self.attributeLimitExceeded = attributeLimitExceeded
    }

    /// Parses a page given as text.
    public static func parse(_ text: String) -> HTMLDocument {
        var text = text
        return text.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }

    /// Parses a page given as UTF-8 bytes; invalid sequences read as U+FFFD, as in a browser.
    public static func parse(_ bytes: [UInt8]) -> HTMLDocument {
        bytes.withUnsafeBytes { parse($0) }
    }

    /// Parses a page in memory someone else owns, for callers that read files without copying.
    public static func parse(_ bytes: UnsafeRawBufferPointer) -> HTMLDocument {
        parse(bytes, limit: nestingLimit)
    }

    /// Parses with another limit, for tests that need not build pages 512 elements deep.
    static func parse(_ bytes: UnsafeRawBufferPointer, limit: Int) -> HTMLDocument {
        let page = bytes.assumingMemoryBound(to: UInt8.self)
        guard let reached = TagTokenizer.firstLimit(in: page, limit: limit) else { return read(bytes) }
        // Everything before the tag that goes past a limit is within the limits.
        var document = read(UnsafeRawBufferPointer(rebasing: bytes[..<reached.offset]))
        var lines = LineTable(page)
        let position = lines.position(at: reached.offset)
        switch reached.kind {
        case .nesting: document.nestingLimitExceeded = position
        case .attributes: document.attributeLimitExceeded = position
        }
        return document
    }

    /// How deep gumbo's tree for the page goes, the reference the nesting gauge is tested against.
    static func treeDepthWithGumbo(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
        var options = kGumboDefaultOptions
        options.max_errors = 0
        guard let output = gumbo_parse_with_options(&options, base.assumingMemoryBound(to: CChar.self), bytes.count) else {
            return 0
        }
        defer { gumbo_destroy_output(&options, output) }
        return output.pointee.root.map(GumboTreeReader.depth(of:)) ?? 0
    }

    /// Reads a page within the limits with gumbo.
    private static func read(_ bytes: UnsafeRawBufferPointer) -> HTMLDocument {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return HTMLDocument() }
        var options = kGumboDefaultOptions
        // Parse errors are never read here; recording them costs time and memory on bad pages.
        options.max_errors = 0
        guard let output = gumbo_parse_with_options(&options, base.assumingMemoryBound(to: CChar.self), bytes.count) else {
            return HTMLDocument()
        }
        defer { gumbo_destroy_output(&options, output) }
        var reader = GumboTreeReader(source: bytes.assumingMemoryBound(to: UInt8.self))
        if let root = output.pointee.root { reader.read(root) }
        return HTMLDocument(links: reader.links, anchors: reader.anchors, base: reader.base)
    }
}
