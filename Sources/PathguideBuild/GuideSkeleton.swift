import PathguideCheck

/// The guide `pathguide new PLATFORM-ID` writes: every required key, in the project's
/// languages, with placeholders (`TODO …`) where the author must write something. `check`
/// reports each placeholder (`unfilled-placeholder`) and the missing verified date, so an
/// unfinished guide cannot be published by accident.
public enum GuideSkeleton {
    /// The guide's text. `languages` are the guide's languages (the first is taken as the
    /// language of the app's UI, which the author can change).
    public static func text(id: String, languages: [String]) -> String {
        let languages = languages.isEmpty ? ["zh", "en"] : languages
        let ui = languages[0]
        let todo = PlaceholderRule.marker
        func text(_ what: String) -> String {
            "{" + languages.map { "\($0): \"\(todo): \(what) (\($0))\"" }.joined(separator: ", ") + "}"
        }
        let glossLanguages = languages.filter { $0 != ui }
        let gloss = glossLanguages.isEmpty ? "" : "\n        gloss: {" + glossLanguages.map { "\($0): \"\(todo): what the label means (\($0))\"" }.joined(separator: ", ") + "}"
        return """
            # yaml-language-server: $schema=../schema/guide.schema.json
            # A new guide for '\(id)'. Replace every \(todo), add what the app shows, then run
            # `pathguide check`: it names each placeholder left, and asks when the facts were verified.
            format: 1
            languages: [\(languages.joined(separator: ", "))]

            platform:
              id: \(id)
              name: \(text("the platform's name"))
              ui-languages: [\(ui)]
              # When you last checked these facts in the app, as YYYY-MM-DD:
              # verified: {date: "YYYY-MM-DD"}

            sources:
              - id: source-1
                title: \(text("the title of the article or page these facts come from"))

            surfaces:
              - id: app
                kind: mobile-app
                name: \(text("the app's name"))
                start: home
                source: source-1

            screens:
              - id: home
                name: \(text("the name of the screen the app opens on"))
                source: source-1
                actions:
                  - verb: tap
                    label: "\(todo): the words on the button, as the app shows them"\(gloss)
                    to: support
                    source: source-1

            channels:
              - id: support
                kind: platform-support
                name: \(text("the name of the support channel"))
                operated-by: platform
                hours: unknown
                source: source-1

            """
    }
}
