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
