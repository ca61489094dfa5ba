/// One generated CommonMark document: a full guide or a one-page help sheet, for one platform in
/// one language. The site renders `body` through libcmark; `markdown` is what lands in
/// `output/markdown/<locale>/<platform>.md` for Hugo, Jekyll or MkDocs.
public struct RenderedDocument: Sendable, Equatable {
    /// A heading of the body, in order. CommonMark has no heading ids, so the site gives the
    /// n-th rendered heading the n-th anchor here; the Markdown itself stays portable.
    public struct Heading: Sendable, Equatable {
        public var level: Int
        public var text: String
        /// A stable fragment id such as `channel-merchant-chat`, unique in the document.
        public var anchor: String
        /// Whether a table of contents lists it: every level-2 heading, and the headings below
        /// them that a reader jumps to (each channel), under their level-2 heading.
        public var inContents: Bool

        public init(level: Int, text: String, anchor: String, inContents: Bool? = nil) {
            self.level = level
            self.text = text
            self.anchor = anchor
            self.inContents = inContents ?? (level == 2)
        }
    }

    /// Where the map of the guide's paths goes: between two blocks of `body`.
    public struct MapPlace: Sendable, Equatable {
        /// The UTF-8 offset in `body` of the end of the blocks before it.
        public var offset: Int
        /// How many of `headings` come before it.
        public var headingCount: Int

        public init(offset: Int, headingCount: Int) {
            self.offset = offset
            self.headingCount = headingCount
        }
    }

    /// The platform id, which is also the file name.
    public var platform: String
    /// The guide language, such as `zh` or `en`.
    public var locale: String
    /// A how-to title: "如何联系抖音小店客服" / "How to reach Douyin Shop customer service".
    public var title: String
    /// One sentence for search results and link previews.
    public var description: String
    /// `YYYY-MM-DD`, when the facts were last verified.
    public var lastVerified: String
    /// The same for every language of one platform, so site generators link translations.
    public var translationKey: String
    /// The YAML front matter, `---` lines included, ending with a newline.
    public var frontMatter: String
    /// The CommonMark body, no extensions, ending with a newline.
    public var body: String
    /// Every heading of `body`, in order.
    public var headings: [Heading]
    /// What a one-page document left out to stay on one page, in the reader's words for the
    /// author ("the channel Weibo"); empty when everything fits.
    public var omissions: [String]
    /// Where the map goes; nil in a document with no place for one (the help sheet).
    public var mapPlace: MapPlace?
    /// The anchor of each channel's section, by channel id; empty when there are none.
    public var channelAnchors: [String: String]

    public init(platform: String, locale: String, title: String, description: String, lastVerified: String, translationKey: String, frontMatter: String, body: String, headings: [Heading],
                omissions: [String] = [], mapPlace: MapPlace? = nil, channelAnchors: [String: String] = [:]) {
        self.platform = platform
        self.locale = locale
        self.title = title
        self.description = description
        self.lastVerified = lastVerified
        self.translationKey = translationKey
        self.frontMatter = frontMatter
        self.body = body
        self.headings = headings
        self.omissions = omissions
        self.mapPlace = mapPlace
        self.channelAnchors = channelAnchors
    }

    /// Front matter and body: the file as written to `output/markdown`. The title is the front
    /// matter's, and the body does not repeat it as a heading: a theme prints the title itself
    /// (Hugo's, Jekyll's and Material for MkDocs' do), and two would give the page two `<h1>`s.
    public var markdown: String { frontMatter + Self.withoutTitle(body, headings: headings) }

    /// `body` cut at the map's place: the blocks before it and the blocks after. Nil when the
    /// document has no place for a map.
    public var bodyAroundMap: (before: String, after: String)? {
        guard let place = mapPlace else { return nil }
        let utf8 = body.utf8
        let cut = utf8.index(utf8.startIndex, offsetBy: min(place.offset, utf8.count))
        return (String(body[..<cut]), String(body[cut...]))
    }

    /// The file as written to `output/markdown`, with an image of the map at its place:
    /// `![description](address)`. Without a place, the file as it is.
    public func markdown(withMapImage address: String, description: String) -> String {
        guard let (before, after) = bodyAroundMap else { return markdown }
        let image = "![" + MarkdownEscaping.text(description) + "](" + MarkdownEscaping.linkDestination(address) + ")\n"
        return frontMatter + Self.withoutTitle(before + "\n" + image + after, headings: headings)
    }

    /// A body without its leading `# title` block, when it starts with one.
    private static func withoutTitle(_ body: String, headings: [Heading]) -> String {
        guard headings.first?.level == 1, body.hasPrefix("# "), let end = body.range(of: "\n\n") else { return body }
        return String(body[end.upperBound...])
    }
}
