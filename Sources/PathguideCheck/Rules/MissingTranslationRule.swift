import PathguideCore
import PathguideDiagnostics

/// Every text a reader sees must exist in every guide language, or one edition of the guide
/// silently shows a gap. Labels stay in the app's own language, so readers of any other guide
/// language need a gloss to know what the words on the screen mean.
public struct MissingTranslationRule: GuideRule {
    public static let description = RuleDescription(
        id: .missingTranslation, defaultSeverity: .error, name: "Missing translation",
        summary: "Every text must be written, not blank, in every language the guide lists, and every label needs a gloss in each guide language the app's UI does not show.")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let guide = input.guide
        let parts = input.parts
        var diagnostics: [Diagnostic] = []
        let platform = guide.platform
        if guide.languages.isEmpty {
            diagnostics.append(diagnostic("the guide lists no 'languages'; list the languages its texts are written in, like [zh, en]",
                                          at: platform.location))
        }
        if platform.uiLanguages.isEmpty {
            diagnostics.append(diagnostic("platform '\(platform.id.value)' lists no 'ui-languages'; list the languages the app's UI shows, like [zh]",
                                          at: platform.location))
        }
        var languages: [String] = []
        for language in guide.languages where !languages.contains(language.value) { languages.append(language.value) }
        guard !languages.isEmpty else { return diagnostics }

        let uiLanguages = Set(platform.uiLanguages.map(\.value))
        let glossLanguages = languages.filter { !uiLanguages.contains($0) }
        // By index: parts and fields are large, and copying each one would cost more than checking it.
        for p in parts.indices {
            let texts = parts[p].texts
            // A text that failed to load is the loader's finding.
            for f in texts.indices where !texts[f].text.isUnloaded {
                // A gloss is needed only where the UI language is not read; the label check below asks for it.
                check(texts, f, of: parts, p, required: texts[f].isGloss ? [] : languages, languages: languages, into: &diagnostics)
            }
            // Without UI languages every label would need every gloss; the empty list is reported once instead.
            if let label = parts[p].label, !uiLanguages.isEmpty {
                let gloss = texts.first(where: \.isGloss)?.text
                for language in glossLanguages where gloss?[language] == nil {
                    diagnostics.append(diagnostic("label '\(label.value)' needs a gloss in '\(language)', which the app's UI does not show",
                                                  at: label.location))
                }
            }
        }
        return diagnostics
    }

    /// Checks field `f` of `texts`, the texts of part `p`.
    private func check(_ texts: [GuidePart.Field], _ f: Int, of parts: [GuidePart], _ p: Int, required: [String], languages: [String], into diagnostics: inout [Diagnostic]) {
        func subject() -> String { "\(texts[f].name) of \(parts[p].name)" }
        let text = texts[f].text
        for language in required where text[language] == nil {
            diagnostics.append(diagnostic("\(subject()) has no '\(language)' text", at: text.location))
        }
        for entry in text.entries {
            if !languages.contains(entry.language) {
                let listed = languages.count == 1 ? "only language is '\(languages[0])'" : "languages are \(Wording.quoted(languages))"
                diagnostics.append(diagnostic("\(subject()) has text in '\(entry.language)', but the guide's \(listed)",
                                              at: entry.location, severity: .warning))
            } else if Self.isBlank(entry.text) {
                diagnostics.append(diagnostic("\(subject()) has a blank '\(entry.language)' text", at: entry.location))
            }
        }
    }

    /// Whether every character is whitespace. A character is whitespace when its first scalar
    /// is, so a text whose first scalar is not is settled without walking it.
    static func isBlank(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return true }
        return Wording.isWhitespace(first) && text.allSatisfy(\.isWhitespace)
    }
}
