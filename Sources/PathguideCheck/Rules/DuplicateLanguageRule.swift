import PathguideCore
import PathguideDiagnostics

/// Each language is listed once under `languages`: a guide is built once per listed language,
/// and a second listing would write the same pages twice, which `build` refuses.
public struct DuplicateLanguageRule: GuideRule {
    public static let description = RuleDescription(
        id: .duplicateLanguage, defaultSeverity: .error, name: "Duplicate language",
        summary: "Each language may be listed once under 'languages', because the guide is built once per language.")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let guide = input.guide
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for language in guide.languages {
            guard let earlier = first[language.value] else {
                first[language.value] = language.location
                continue
            }
            diagnostics.append(diagnostic(
                "'\(Wording.excerpt(language.value))' is listed twice in 'languages'; list each language once",
                at: language.location, notes: [Diagnostic.Note(location: earlier, message: "first listed here")]))
        }
        return diagnostics
    }
}
