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

    public init(platform: String, locale: String, title: String, description: String, lastVerified: String, translationKey: String, frontMatter: String, body: String, headings: [Heading]) {
        self.platform = platform
        self.locale = locale
        self.title = title
        self.description = description
        self.lastVerified = lastVerified
        self.translationKey = translationKey
        self.frontMatter = frontMatter
        self.body = body
        self.headings = headings
    }

    /// Front matter and body: the file as written to `output/markdown`.
    public var markdown: String { frontMatter + body }
}
