import Mustache

/// What every page template is given: the page's language and chrome words, links relative to
/// the page, and the language switch. Page kinds add their own keys on top.
///
/// Values are plain dictionaries and arrays because Mustache reads those directly; keys are
/// left out rather than set to empty strings, since Mustache treats any present string,
/// even an empty one, as true in `{{#key}}`.
struct PageContext {
    /// One entry of the language switch: the same page in another language.
    struct Language {
        var locale: String
        /// The site path of this page in that language.
        var path: String
    }

    /// The site path of the page being rendered; every link is made relative to it.
    var path: String
    var locale: String
    var title: String
    var description: String?
    var stylesheet: String
    var languages: [Language]
    var homePath: String?

    func values(templates: SiteTemplates, baseURL: String) throws(SiteError) -> [String: Any] {
        let strings = try templates.strings.strings(for: locale)
        var switchEntries: [[String: Any]] = []
        var alternates: [[String: Any]] = []
        for language in languages {
            let other = try templates.strings.strings(for: language.locale)
            let lang = other["lang"] ?? language.locale
            switchEntries.append([
                "name": PageText(other["languageName"] ?? language.locale),
                "lang": PageText(lang),
                "href": PageText(link(language.path)),
                "current": language.locale == locale,
            ])
            alternates.append(["hreflang": PageText(lang), "href": PageText(SitePaths.url(of: language.path, baseURL: baseURL))])
        }
        var values: [String: Any] = [
            "lang": PageText(strings["lang"] ?? locale),
            "locale": PageText(locale),
            "strings": try templates.chrome(for: locale),
            "title": PageText(title),
            "stylesheet": PageText(link(stylesheet)),
            "canonical": PageText(SitePaths.url(of: path, baseURL: baseURL)),
            // A switch with one language is noise; hreflang alternates with one are pointless.
            "hasLanguages": languages.count > 1,
            "languages": switchEntries,
            "alternates": languages.count > 1 ? alternates : [],
        ]
        if let description, !description.isEmpty { values["description"] = PageText(description) }
        if let homePath { values["homeHref"] = PageText(link(homePath)) }
        return values
    }

    /// A link from this page to the site path `target`.
    func link(_ target: String) -> String {
        SitePaths.relative(from: path, to: target)
    }
}

/// A text for a template. Mustache renders a plain `String` through a chain of dynamic casts
/// and, inside a `{{#text}}` section, looks names up in it by reflection; this type answers
/// both directly. It renders, escapes, counts as true and transforms exactly as the string.
struct PageText: MustacheParent, MustacheCustomRenderable, MustacheTransformable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }
    var isNull: Bool { false }
    /// A string has no named children.
    func child(named: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name) }
}

/// A language's chrome words as templates see them (`{{strings.contents}}`). Mustache reaches a
/// dictionary's entries through a conditional conformance, and a value of a plain struct more
/// cheaply. Like the dictionary, it has no text of its own, renders its section once with
/// itself in scope, and takes the same transforms.
struct ChromeWords: MustacheParent, MustacheTransformable, Sendable {
    let words: [String: PageText]

    init(_ words: [String: PageText]) {
        self.words = words
    }

    func child(named name: String) -> Any? { words[name] }
    func transform(_ name: String) -> Any? { words.transform(name) }
}
