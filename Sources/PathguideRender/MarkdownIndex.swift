/// One language's list of guides, each linked to its file, for the site generators that build
/// the Markdown: MkDocs takes it as the language's home page (its i18n plugin wants one for each
/// language).
public enum MarkdownIndex {
    /// The index of `guides` (each guide's document in this language), in the order given.
    public static func document(locale: String, title: String, description: String?, guides: [RenderedDocument]) throws(RenderError) -> String {
        let phrases = try Phrasebook.required(locale)
        var front = FrontMatter()
        front.add("title", .string(MarkdownEscaping.plain(title)))
        if let description, !description.isEmpty { front.add("description", .string(MarkdownEscaping.plain(description))) }
        front.add("locale", .string(locale))
        front.add("lang", .string(phrases.languageTag))
        front.add("translationKey", .string("index"))
        var out = MarkdownWriter()
        out.bulletList(guides.map { guide in
            let name = SafeLink.siblingMarkdown(platform: guide.platform).map { Inline.link(guide.title, to: $0) } ?? .text(guide.title)
            return MarkdownWriter.Item(name + .text(phrases.labelSeparator + guide.description))
        })
        return front.rendered + out.body
    }
}
