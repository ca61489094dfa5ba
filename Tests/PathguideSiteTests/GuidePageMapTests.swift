import Foundation
import PathguideRender
@testable import PathguideSite
import Testing

/// Where the guide page puts the map the build drew: after the quickest way, before the
/// channels, with every heading keeping its anchor; a theme that only knows `body` still gets
/// the whole text.
@Suite struct GuidePageMapTests {
    static let map = #"<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 10 10"><title>Map</title><desc>What it shows</desc></svg>"#

    /// The fixture guide rendered for real, with `map` as its drawing in every language.
    static func platform() throws -> SitePlatform {
        let guide = try SiteFixtures.guide(id: "shop", chatName: "商家客服", languages: "[zh, en]")
        var documents: [String: SitePlatform.Documents] = [:]
        for locale in ["zh", "en"] {
            let renderer = try GuideRenderer(guide: guide, locale: locale)
            documents[locale] = .init(guide: renderer.guide(), sheet: renderer.sheet(), map: map)
        }
        return SitePlatform(guide: guide, documents: documents)
    }

    @Test func theMapGoesBetweenTheQuickestWayAndTheChannels() throws {
        let site = try SiteFixtures.build([try Self.platform()])
        for locale in ["zh", "en"] {
            let page = try #require(site["\(locale)/shop/index.html"])
            #expect(page.components(separatedBy: "<figure class=\"guide-map\">").count == 2)
            #expect(page.contains("</ol>\n\n<figure class=\"guide-map\">\n\(Self.map)\n</figure>\n<h2 id=\"channels\">"), "\(locale)")
            let document = try Self.platform().documents[locale]!.guide
            for heading in document.headings where heading.level > 1 {
                #expect(page.contains("<h\(heading.level) id=\"\(heading.anchor)\">"), "\(locale): \(heading.anchor)")
            }
        }
    }

    @Test func withoutAMapThePageIsAsBefore() throws {
        var platform = try Self.platform()
        let withMap = try SiteFixtures.build([platform])
        for locale in ["zh", "en"] { platform.documents[locale]?.map = nil }
        let without = try SiteFixtures.build([platform])
        let page = try #require(without["en/shop/index.html"])
        #expect(!page.contains("guide-map"))
        #expect(withMap["en/shop/index.html"]?.replacingOccurrences(of: "\n<figure class=\"guide-map\">\n\(Self.map)\n</figure>\n", with: "") == page)
    }

    @Test func aGuideTemplateThatKnowsOnlyTheBodyGetsTheWholeText() throws {
        let folder = try TemplatesFolder(["guide.mustache": "{{% CONTENT_TYPE: HTML }}\n<main>{{{body}}}</main>\n"])
        let site = try SiteFixtures.build([try Self.platform()], templates: SiteTemplates(overrides: folder.path))
        let page = try #require(site["en/shop/index.html"])
        #expect(!page.contains("<svg"))
        #expect(page.contains("<h2 id=\"quickest\">"))
        #expect(page.contains("<h2 id=\"channels\">"))
        #expect(page.contains("<h2 id=\"sources\">"))
    }
}
