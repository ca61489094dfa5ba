import PathguideRender
import PathguideSite

/// `markdown/<locale>/<platform>.md`: CommonMark with front matter, for Hugo, Jekyll and MkDocs,
/// showing the map `MapStep` writes beside it with a relative image link.
struct MarkdownStep: GuideStep {
    let name = "render Markdown"

    func files(for guide: RenderedGuideDocuments) throws -> [OutputFile] {
        guide.platform.documents.sorted { $0.key < $1.key }.map { locale, documents in
            let document = documents.guide
            let text = guide.maps[locale].map { document.markdown(withMapImage: MapStep.fileName(guide.platform.id), description: $0.title) }
                ?? document.markdown
            return OutputFile(path: "markdown/\(locale)/\(guide.platform.id).md", text: text)
        }
    }
}

/// `markdown/<locale>/README.md`: each language's list of guides, for the site generators.
/// Not `index.md`, which would make Hugo treat the folder as one page and drop the guides in it,
/// nor `_index.md`, which Jekyll skips: MkDocs and its i18n plugin take a README.md as the
/// language's home page, GitHub shows it when the folder is opened, Hugo and Jekyll build it as
/// a page of its own.
struct MarkdownIndexStep: SiteStep {
    let name = "render the Markdown index pages"
    let site: SiteBuilder

    func files(for platforms: [SitePlatform]) throws -> [OutputFile] {
        try SiteBuilder.locales(of: platforms).map { locale in
            let words = try site.siteWords(locale)
            let guides = platforms.compactMap { $0.documents[locale]?.guide }
            let text = try MarkdownIndex.document(locale: locale, title: words.title, description: words.description, guides: guides)
            return OutputFile(path: "markdown/\(locale)/README.md", text: text)
        }
    }
}
