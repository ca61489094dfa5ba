import PathguideCore
import PathguideRender
import Testing

/// Whole documents for the real guides in `guides/`, in every supported language.
@Suite struct GuideSnapshotTests {
    /// Guides still being written are skipped until they exist and load cleanly; Douyin must.
    static let platforms = ["douyin-shop", "taobao", "amazon"]

    @Test(arguments: platforms, GuideRenderer.supportedLocales)
    func guideAndSheet(platform: String, locale: String) throws {
        guard let loaded = repositoryGuide(platform) else {
            #expect(platform != "douyin-shop", "guides/douyin-shop.yaml is missing")
            return
        }
        guard loaded.diagnostics.isEmpty, let guide = loaded.guide else {
            #expect(platform != "douyin-shop", "guides/douyin-shop.yaml does not load cleanly: \(loaded.diagnostics.map(\.message))")
            return
        }
        let renderer = try GuideRenderer(guide: guide, locale: locale)
        assertSnapshot(renderer.guide().markdown, named: "\(platform).\(locale).guide")
        assertSnapshot(renderer.sheet().markdown, named: "\(platform).\(locale).sheet")
    }

    /// The reference renderer sees the headings the document reports, and no HTML or links
    /// other than the guide's checked contacts and sources.
    @Test(arguments: platforms, GuideRenderer.supportedLocales)
    func cmarkReadsTheDocumentsAsWritten(platform: String, locale: String) async throws {
        guard let guide = repositoryGuide(platform)?.guide else { return }
        let renderer = try GuideRenderer(guide: guide, locale: locale)
        for document in [renderer.guide(), renderer.sheet()] {
            guard let html = try await Cmark.html(document.body) else { return }
            let headings = (1...6).map { html.components(separatedBy: "<h\($0)>").count - 1 }
            #expect(headings.reduce(0, +) == document.headings.count)
            #expect(headings[0] == 1)
            for forbidden in ["<script", "<img", "<code>", "<em>", "<blockquote>", "<hr", "<table>"] {
                #expect(!html.contains(forbidden), "\(forbidden) in \(platform) \(locale)")
            }
            for href in html.components(separatedBy: "<a href=\"").dropFirst() {
                #expect(["https://", "http://", "tel:", "mailto:"].contains { href.hasPrefix($0) })
            }
        }
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let guide = try #require(repositoryGuide("douyin-shop")?.guide)
        for locale in GuideRenderer.supportedLocales {
            let first = try GuideRenderer(guide: guide, locale: locale)
            let second = try GuideRenderer(guide: guide, locale: locale)
            #expect(first.guide() == second.guide())
            #expect(first.sheet() == second.sheet())
        }
    }
}
