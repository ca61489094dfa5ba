import Foundation
import PathguideCore
import PathguideLoader
@testable import PathguideRender
import PathguideTestSupport
import Testing

/// The repository root, found from this file's path (`Tests/PathguideRenderTests/Support/`).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

/// A guide from `guides/`, or `nil` if the file is not there.
func repositoryGuide(_ platform: String) -> LoadedGuide? {
    let path = repositoryRoot.appendingPathComponent("guides/\(platform).yaml").path
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    return GuideLoader().load(contentsOf: path, displayPath: "guides/\(platform).yaml")
}

/// Small guides written inline, with the parts a test is about replaceable.
enum TestGuide {
    static let sources = GuideText.sources
    static let surfaces = GuideText.surfaces

    static let channels = """
          - id: agent
            kind: human-agent
            name: {zh: 人工客服, en: Human agent}
            operated-by: platform
            source: article
        """

    /// A guide whose `home` screen has the given actions (each a flow mapping or block list item).
    static func text(
        uiLanguages: String = "[zh]",
        platformName: String = "{zh: 示例商城, en: Example Shop}",
        verified: String = #"{date: "2026-11-20"}"#,
        sources: String = sources,
        surfaces: String = surfaces,
        actions: [String] = ["{verb: tap, label: 客服, gloss: {en: Support}, to: agent, source: article}"],
        screens: String = "",
        channels: String = channels,
        extra: String = ""
    ) -> String {
        GuideText.minimal(
            platform: """
                  id: example-shop
                  name: \(platformName)
                  ui-languages: \(uiLanguages)
                  verified: \(verified)
                """,
            sources: sources,
            surfaces: surfaces,
            screens: """
                  - id: home
                    name: {zh: 首页, en: Home}
                    actions:
                \(actions.map { "      - " + $0 }.joined(separator: "\n"))
                \(screens)
                """,
            channels: channels,
            extra: extra
        )
    }

    /// Loads the text; records every loader diagnostic as a test failure.
    static func load(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Guide {
        let loaded = GuideLoader().load(text: text, file: "test.yaml")
        for diagnostic in loaded.diagnostics {
            Issue.record("\(diagnostic.location.map(\.description) ?? "test.yaml"): \(diagnostic.message)", sourceLocation: sourceLocation)
        }
        return try #require(loaded.guide, sourceLocation: sourceLocation)
    }

    static func renderer(_ text: String, locale: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> GuideRenderer {
        try GuideRenderer(guide: load(text, sourceLocation: sourceLocation), locale: locale)
    }

    /// The sentence of the first action of the `home` screen, in `locale`.
    static func step(_ action: String, uiLanguages: String = "[zh]", locale: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let guide = try load(text(uiLanguages: uiLanguages, actions: [action]), sourceLocation: sourceLocation)
        let context = RenderContext(guide: guide, locale: locale, phrases: try #require(Phrasebook.forLocale(locale)))
        return StepWriter(context: context).sentence(for: guide.screens[0].actions[0])
    }
}
