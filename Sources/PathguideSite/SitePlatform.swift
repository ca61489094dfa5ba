import PathguideCore
import PathguideRender

/// One platform's share of the site: its guide (for names, contacts and hours) and the Markdown
/// documents rendered from it, per language.
public struct SitePlatform: Sendable {
    /// The two documents of one language: the full guide and the one-page help sheet, and the
    /// map of the guide's paths for the guide page.
    public struct Documents: Sendable, Equatable {
        public var guide: RenderedDocument
        public var sheet: RenderedDocument
        /// The map as inline `<svg>` markup, placed at the guide's `mapPlace`; nil for none.
        public var map: String?

        public init(guide: RenderedDocument, sheet: RenderedDocument, map: String? = nil) {
            self.guide = guide
            self.sheet = sheet
            self.map = map
        }
    }

    public var guide: Guide
    /// Keyed by language code (`zh`, `en`).
    public var documents: [String: Documents]
    /// What the comparison pages set beside other guides; nil when the caller did not work it out.
    public var summary: GuideSummary?

    public init(guide: Guide, documents: [String: Documents], summary: GuideSummary? = nil) {
        self.guide = guide
        self.documents = documents
        self.summary = summary
    }

    /// The platform id, which names the platform's folder in every language.
    public var id: String { guide.platform.id.value }

    /// The languages with documents, in the guide's own order; any others after them, sorted,
    /// so the order never depends on dictionary order.
    public var locales: [String] {
        let declared = guide.languages.map(\.value).filter { documents[$0] != nil }
        let others = documents.keys.filter { !declared.contains($0) }.sorted()
        return declared + others
    }
}
