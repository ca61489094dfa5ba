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
                "name": other["languageName"] ?? language.locale,
                "lang": lang,
                "href": link(language.path),
                "current": language.locale == locale,
            ])
            alternates.append(["hreflang": lang, "href": SitePaths.url(of: language.path, baseURL: baseURL)])
        }
        var values: [String: Any] = [
            "lang": strings["lang"] ?? locale,
            "locale": locale,
            "strings": strings,
            "title": title,
            "stylesheet": link(stylesheet),
            "canonical": SitePaths.url(of: path, baseURL: baseURL),
            // A switch with one language is noise; hreflang alternates with one are pointless.
            "hasLanguages": languages.count > 1,
            "languages": switchEntries,
            "alternates": languages.count > 1 ? alternates : [],
        ]
        if let description, !description.isEmpty { values["description"] = description }
        if let homePath { values["homeHref"] = link(homePath) }
        return values
    }

    /// A link from this page to the site path `target`.
    func link(_ target: String) -> String {
        SitePaths.relative(from: path, to: target)
    }
}
