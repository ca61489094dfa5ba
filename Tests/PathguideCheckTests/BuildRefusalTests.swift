import PathguideCheck
import PathguideCore
import PathguideDiagnostics
import PathguideRender
import PathguideSite
import PathguideTestSupport
import Testing

/// Every way guide content can make the renderer or the site refuse a guide is an error of
/// `check` first, at the place in the guide to change: `check` passing means `build` can write
/// the guide. Each case is a guide that the build steps refuse; the checker must name it.
@Suite struct BuildRefusalTests {
    /// One guide the build refuses, and the finding `check` gives for it.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var ruleID: RuleID
        var marker: Character = "1️⃣"

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // GuideRenderer.init: no phrasebook for the locale.
        Case(name: "a language without a phrasebook", text: GuideText.minimal(languages: "[zh, en, 1️⃣ja]"), ruleID: .unsupportedLanguage),
        Case(name: "a script variant", text: GuideText.minimal(languages: "[1️⃣zh-Hant, en]"), ruleID: .unsupportedLanguage),
        // The output: a language listed twice would have its pages written twice.
        Case(name: "a language listed twice", text: GuideText.minimal(languages: "[zh, en, 1️⃣zh]"), ruleID: .duplicateLanguage),
        // SiteBuilder.validated: a language that cannot be a folder name.
        Case(name: "a language that is a path", text: GuideText.minimal(languages: "[zh, en, 1️⃣../en]"), ruleID: .unsupportedLanguage),
        // SiteBuilder.validated: a platform id that cannot be a folder name.
        Case(name: "a platform id that is a path", text: platform(id: "../shop"), ruleID: .unsafeID),
        Case(name: "a hidden platform folder", text: platform(id: ".shop"), ruleID: .unsafeID),
        Case(name: "a platform id with a leading hyphen", text: platform(id: "-shop"), ruleID: .unsafeID),
        // PlatformPages.sheetPage: the sheet's address is too long for a QR code.
        Case(name: "a platform id too long for a QR code", text: platform(id: String(repeating: "a", count: 3_000)), ruleID: .unsafeID),
    ]

    @Test(arguments: cases) func checkReportsWhatTheBuildRefuses(_ refused: Case) throws {
        let marked = try MarkedGuide(refused.text)
        #expect(Self.buildFailure(marked.guide) != nil, "the build steps accept this guide; the case tests nothing")
        let errors = Checker(context: MarkedGuide.context).check(marked.guide).filter { $0.severity == .error && $0.ruleID == refused.ruleID }
        #expect(errors.map(\.location?.description) == [marked[refused.marker]])
    }

    /// The guide every rule accepts is built, so the cases above fail for their one change.
    @Test func theGuideEveryRuleAcceptsIsBuilt() throws {
        let marked = try MarkedGuide(GuideText.minimal())
        #expect(Checker(context: MarkedGuide.context).check(marked.guide).map(\.ruleID) == [.hoursGap])
        #expect(Self.buildFailure(marked.guide) == nil)
    }

    /// The guide with another platform id, quoted, marked 1️⃣.
    private static func platform(id: String) -> String {
        GuideText.minimal(platform: GuideText.platform.replacingOccurrences(of: "id: example-shop", with: "id: 1️⃣\"\(id)\""))
    }

    /// What the build's steps make of one guide: each language rendered as the build renders
    /// it, then the site's pages, each written once; the message of the first refusal, or nil.
    private static func buildFailure(_ guide: Guide) -> String? {
        do {
            var documents: [String: SitePlatform.Documents] = [:]
            for language in guide.languages {
                let renderer = try GuideRenderer(guide: guide, locale: language.value)
                documents[language.value] = SitePlatform.Documents(guide: renderer.guide(), sheet: renderer.sheet())
            }
            let site = SiteBuilder(templates: try SiteTemplates(overrides: nil), baseURL: "https://example.org/guides/")
            let paths = try site.build([SitePlatform(guide: guide, documents: documents)]).map(\.path)
            // The build's output refuses to write a file twice.
            if let twice = paths.indices.dropFirst().first(where: { paths[$0] == paths[$0 - 1] }) {
                return "'\(paths[twice])' is written twice"
            }
            return nil
        } catch {
            return "\(error)"
        }
    }
}
