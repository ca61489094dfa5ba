/// `markdown/<locale>/<platform>.md`: CommonMark with front matter, for Hugo, Jekyll and MkDocs.
struct MarkdownStep: GuideStep {
    let name = "render Markdown"

    func files(for guide: RenderedGuideDocuments) throws -> [OutputFile] {
        guide.platform.documents.sorted { $0.key < $1.key }.map { locale, documents in
            OutputFile(path: "markdown/\(locale)/\(guide.platform.id).md", text: documents.guide.markdown)
        }
    }
}
