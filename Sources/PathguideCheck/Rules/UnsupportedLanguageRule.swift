import PathguideCore
import PathguideDiagnostics
import PathguideRender

/// Every language a guide lists is one the renderer has words for (its headings, verbs and
/// dates), so `build` can write the guide in each; otherwise `check` would pass a guide that
/// `build` then refuses.
public struct UnsupportedLanguageRule: GuideRule {
    public static let description = RuleDescription(
        id: .unsupportedLanguage, defaultSeverity: .error, name: "Unsupported language",
        summary: "Every language under 'languages' must be one the renderer can write a guide in (\(supported)).")

    /// The renderer's languages, as the messages list them.
    private static let supported = GuideRenderer.supportedLocales.joined(separator: ", ")

    private static let explanation = "A guide is built in each of its languages, and the renderer has headings, verbs and dates only for \(supported)."

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let guide = input.guide
        var diagnostics: [Diagnostic] = []
        for language in guide.languages where !GuideRenderer.supportedLocales.contains(language.value) {
            diagnostics.append(diagnostic(
                "guides cannot be written in '\(Wording.excerpt(language.value))'; the supported languages are \(Self.supported)\(Self.suggestion(for: language.value))",
                at: language.location, explanation: Self.explanation))
        }
        return diagnostics
    }

    /// A supported language written in other letter case (`EN`); a regional or script variant
    /// (`zh-Hant`) gets none, since its readers may not read the base language's script.
    private static func suggestion(for language: String) -> String {
        let lowered = language.lowercased()
        guard lowered != language, GuideRenderer.supportedLocales.contains(lowered) else { return "" }
        return "; did you mean '\(lowered)'?"
    }
}
