import PathguideCore

/// One guide seen in one reader language: texts looked up in that language, names of the
/// things ids refer to, and whether UI labels need a gloss. Shared by every part of the
/// renderer, so each decides these things the same way.
///
/// A class, so the writers that share it pass one reference around rather than copying the
/// guide, its graph and the phrasebook's closures.
final class RenderContext: Sendable {
    let guide: Guide
    let routes: GuideRoutes
    let locale: String
    let phrases: Phrasebook

    var graph: NavigationGraph { routes.graph }

    init(guide: Guide, routes: GuideRoutes? = nil, locale: String, phrases: Phrasebook) {
        self.guide = guide
        self.routes = routes ?? GuideRoutes(guide: guide)
        self.locale = locale
        self.phrases = phrases
    }

    /// Whether the app shows the reader's language, so labels need no gloss.
    var readerSeesOwnLanguage: Bool {
        guide.platform.uiLanguages.contains { $0.value == locale }
    }

    /// A text in the reader's language. A missing translation (which `pathguide check`
    /// reports) falls back to the guide's languages in order, so a document is never blank
    /// where the guide has something to say.
    func text(_ text: LocalizedText) -> String {
        if let own = text[locale] { return own }
        for language in guide.languages {
            if let other = text[language.value] { return other }
        }
        return text.entries.first?.text ?? ""
    }

    func text(_ text: LocalizedText?) -> String? {
        text.map(self.text)
    }

    var platformName: String { text(guide.platform.name) }

    /// The name of the screen or channel an id refers to, or the id itself if nothing has it.
    func name(of id: String) -> String {
        if let channel = guide.channel(id) { return text(channel.name) }
        if let screen = guide.screen(id) { return text(screen.name) }
        return id
    }

    /// A surface as it appears on the reader's phone: in the app's own language, glossed in the
    /// reader's when the app does not speak it ("抖音 APP (Douyin app)").
    func shownName(of surface: Surface) -> String {
        let reader = text(surface.name)
        guard !readerSeesOwnLanguage else { return reader }
        guard let shown = guide.platform.uiLanguages.lazy.compactMap({ surface.name[$0.value] }).first, shown != reader else { return reader }
        return phrases.glossedName(shown, reader)
    }

    /// A label as the app shows it, glossed when the reader's language is not one the app shows.
    func quotedLabel(_ label: String, gloss: LocalizedText?) -> String {
        let glossText = readerSeesOwnLanguage ? nil : gloss?[locale]
        return phrases.quotedLabel(label, glossText)
    }

    /// The names of the regions `ids` refer to, as a list.
    func regionNames(_ ids: [Located<String>]) -> String? {
        guard !ids.isEmpty else { return nil }
        let names = ids.map { id in guide.platform.regions.first { $0.id.value == id.value }.map { text($0.name) } ?? id.value }
        return phrases.list(names, .and)
    }

    /// Sentences joined the way the reader's language joins them.
    func sentences(_ parts: [String?]) -> String {
        var joined = ""
        var first = true
        for part in parts {
            guard let part, !MarkdownEscaping.isBlank(part) else { continue }
            if !first { joined += phrases.sentenceSeparator }
            joined += phrases.sentence(part)
            first = false
        }
        return joined
    }

    /// `**Label**: value` for a field of a channel.
    func field(_ label: String, _ value: Inline) -> Inline {
        .strong(label) + .text(phrases.labelSeparator) + value
    }

    /// The last-verified sentence, with the app version if the guide gives one.
    var verificationSentence: String {
        guard let verified = guide.platform.verified, let date = verified.date?.value else { return phrases.verificationMissing }
        return sentences([phrases.verifiedOn(phrases.date(date)), verified.appVersion.map { phrases.appVersion($0.value) }])
    }

    /// `YYYY-MM-DD`, or empty when the guide has no verified date.
    var lastVerified: String {
        guide.platform.verified?.date?.value.description ?? ""
    }
}
