import PathguideCore
import PathguideDiagnostics

/// `pathguide new` writes a guide whose texts and labels say what to write, each starting with
/// the marker `TODO`. Until every one is replaced the guide cannot be published by accident:
/// each is an error at its place, saying which text it stands for.
public struct PlaceholderRule: GuideRule {
    public static let description = RuleDescription(
        id: .unfilledPlaceholder, defaultSeverity: .error, name: "Unfilled placeholder",
        summary: "No text or label may still be a placeholder that `pathguide new` wrote (one that starts with TODO).")

    /// What every placeholder starts with.
    public static let marker = "TODO"

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let parts = input.parts
        var diagnostics: [Diagnostic] = []
        for p in parts.indices {
            if let label = parts[p].label, Self.isPlaceholder(label.value) {
                diagnostics.append(diagnostic("the label of \(parts[p].name) is still a placeholder: \(Wording.quoted([label.value])); write the words the app shows",
                                              at: label.location))
            }
            let texts = parts[p].texts
            for f in texts.indices {
                for entry in texts[f].text.entries where Self.isPlaceholder(entry.text) {
                    diagnostics.append(diagnostic("the '\(entry.language)' \(texts[f].name) of \(parts[p].name) is still a placeholder: \(Wording.quoted([entry.text])); write it",
                                                  at: entry.location))
                }
            }
        }
        return diagnostics
    }

    /// Whether `text`, leading spaces aside, starts with the marker.
    static func isPlaceholder(_ text: String) -> Bool {
        text.drop { $0 == " " }.hasPrefix(marker)
    }
}
