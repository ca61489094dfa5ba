import PathguideCore

/// Turns one guide into CommonMark documents in one language: the full how-to guide and the
/// one-page help sheet.
///
///     let renderer = try GuideRenderer(guide: guide, locale: "en")
///     renderer.guide().markdown   // front matter + body, for output/markdown/en/<platform>.md
///     renderer.sheet().body       // the help sheet, for the site to render
///
/// Rendering is pure: no I/O, no clock, no machine locale. The same guide gives the same bytes.
/// Guide text is data: every text is escaped so it shows exactly as typed, and links are
/// written only for checked `https`, `http`, `tel` and `mailto` addresses.
public struct GuideRenderer: Sendable {
    /// Locales with a phrasebook, sorted.
    public static let supportedLocales: [String] = Phrasebook.locales

    let context: RenderContext

    /// Fails when the locale has no phrasebook or the guide is not written in it. `routes`, made
    /// once for the guide and shared by its renderers, saves working the routes out again for
    /// each language.
    public init(guide: Guide, locale: String, routes: GuideRoutes? = nil) throws(RenderError) {
        let phrases = try Phrasebook.required(locale)
        guard guide.languages.contains(where: { $0.value == locale }) else {
            let languages = guide.languages.map(\.value).joined(separator: ", ")
            throw RenderError(message: "guide '\(guide.platform.id.value)' is not written in '\(locale)'; its languages are \(languages.isEmpty ? "none" : languages)")
        }
        self.context = RenderContext(guide: guide, routes: routes, locale: locale, phrases: phrases)
    }

    /// The full how-to guide.
    public func guide() -> RenderedDocument {
        let phrases = context.phrases
        let name = context.platformName
        return document(
            title: phrases.guideTitle(name),
            description: phrases.guideDescription(name),
            translationKey: context.guide.platform.id.value,
            type: nil,
            writer: GuideWriter(context: context).write())
    }

    /// The content of the one-page printable help sheet.
    public func sheet() -> RenderedDocument {
        let phrases = context.phrases
        let name = context.platformName
        let (writer, omissions) = SheetWriter(context: context).write()
        var sheet = document(
            title: phrases.sheetTitle(name),
            description: phrases.sheetDescription(name),
            translationKey: context.guide.platform.id.value + "-sheet",
            type: "sheet",
            writer: writer)
        sheet.omissions = omissions
        return sheet
    }

    /// The map of the guide's paths, its channels linked to their sections in `guide`, the
    /// document `guide()` made.
    public func map(linkingTo guide: RenderedDocument) -> GuideMap {
        MapWriter(context: context).map(channelAnchors: guide.channelAnchors)
    }

    private func document(title: String, description: String, translationKey: String, type: String?, writer: MarkdownWriter) -> RenderedDocument {
        let platform = context.guide.platform.id.value
        let lastVerified = context.lastVerified
        var front = FrontMatter()
        front.add("title", .string(MarkdownEscaping.plain(title)))
        front.add("description", .string(MarkdownEscaping.plain(description)))
        front.add("platform", .string(platform))
        front.add("locale", .string(context.locale))
        front.add("lang", .string(context.phrases.languageTag))
        if !lastVerified.isEmpty {
            front.add("lastmod", .date(lastVerified))
            // Jekyll's name for it (jekyll-last-modified-at, jekyll-seo-tag).
            front.add("last_modified_at", .date(lastVerified))
        }
        front.add("last_verified", .string(lastVerified))
        front.add("translationKey", .string(translationKey))
        if let type { front.add("type", .string(type)) }
        return RenderedDocument(
            platform: platform,
            locale: context.locale,
            title: MarkdownEscaping.plain(title),
            description: MarkdownEscaping.plain(description),
            lastVerified: lastVerified,
            translationKey: translationKey,
            frontMatter: front.rendered,
            body: writer.body,
            headings: writer.headings,
            mapPlace: writer.mapPlace,
            channelAnchors: writer.channelAnchors)
    }
}
