@testable import PathguideSite
import Testing

@Suite struct SitePathsTests {
    @Test func relativeLinksBetweenPages() {
        #expect(SitePaths.relative(from: "en/taobao/index.html", to: "assets/site.css") == "../../assets/site.css")
        #expect(SitePaths.relative(from: "en/taobao/index.html", to: "zh/taobao/index.html") == "../../zh/taobao/index.html")
        #expect(SitePaths.relative(from: "en/taobao/sheet/index.html", to: "en/taobao/index.html") == "../index.html")
        #expect(SitePaths.relative(from: "en/index.html", to: "en/taobao/index.html") == "taobao/index.html")
        #expect(SitePaths.relative(from: "index.html", to: "en/index.html") == "en/index.html")
    }

    @Test(arguments: [("zh", "taobao"), ("en", "jd-mall"), ("zh_Hant", "a")])
    func indexLinksAreTheRelativeOnes(locale: String, platform: String) {
        let index = SitePaths.index(locale: locale)
        #expect(SitePaths.guideFromIndex(platform: platform) == SitePaths.relative(from: index, to: SitePaths.guide(platform: platform, locale: locale)))
        #expect(SitePaths.sheetFromIndex(platform: platform) == SitePaths.relative(from: index, to: SitePaths.sheet(platform: platform, locale: locale)))
    }

    @Test func guideURLIsTheDirectoryForm() {
        #expect(SitePaths.guideURL(platform: "taobao", locale: "zh", baseURL: "https://help.example.org/") == "https://help.example.org/zh/taobao/")
    }

    @Test func publicAddressesDropIndexHTML() {
        let base = "https://help.example.org/"
        #expect(SitePaths.url(of: SitePaths.root, baseURL: base) == base)
        #expect(SitePaths.url(of: SitePaths.index(locale: "en"), baseURL: base) == "https://help.example.org/en/")
        #expect(SitePaths.url(of: SitePaths.sheet(platform: "taobao", locale: "zh"), baseURL: base) == "https://help.example.org/zh/taobao/sheet/")
        #expect(SitePaths.url(of: SitePaths.stylesheet, baseURL: base) == "https://help.example.org/assets/site.css")
    }
}
