import PathguideSite
import Testing

@Suite struct SiteBuilderTests {
    @Test func producesEveryPageAtItsPath() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform(id: "shop"), try SiteFixtures.platform(id: "mall", locales: ["zh"])])
        #expect(site.keys.sorted() == [
            "assets/sheet.css", "assets/site.css",
            "en/compare/index.html", "en/index.html", "en/shop/index.html", "en/shop/sheet/index.html",
            "index.html",
            "zh/compare/index.html", "zh/index.html", "zh/mall/index.html", "zh/mall/sheet/index.html",
            "zh/shop/index.html", "zh/shop/sheet/index.html",
        ])
    }

    @Test func outputDoesNotDependOnInputOrder() throws {
        let shop = try SiteFixtures.platform(id: "shop")
        let mall = try SiteFixtures.platform(id: "mall")
        let builder = SiteBuilder(templates: try SiteFixtures.templates(), baseURL: SiteFixtures.baseURL)
        #expect(try builder.build([shop, mall]) == builder.build([mall, shop]))
    }

    @Test func stylesheetsAreCopiedAsTheyAre() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform()])
        let files = try SiteFixtures.templateFiles()
        #expect(site["assets/site.css"] == files["site.css"])
        #expect(site["assets/sheet.css"] == files["sheet.css"])
    }

    @Test func guidePageHasLanguageTitleDescriptionAndCanonical() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform()])
        let zh = try #require(site["zh/shop/index.html"])
        #expect(zh.contains(#"<html lang="zh-Hans">"#))
        #expect(zh.contains("<title>如何联系商城客服</title>"))
        #expect(zh.contains(#"<meta name="description" content="商城客服的入口与时间。">"#))
        #expect(zh.contains(#"<link rel="canonical" href="https://help.example.org/zh/shop/">"#))
        #expect(zh.contains(#"<link rel="stylesheet" href="../../assets/site.css">"#))
        let en = try #require(site["en/shop/index.html"])
        #expect(en.contains(#"<html lang="en">"#))
        // Mustache escapes the apostrophe in the attribute.
        #expect(en.contains(#"<meta name="description" content="Where to find Shop&#39;s customer service, and when it answers.">"#))
    }

    @Test func languageSwitchLinksToTheSamePlatform() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform()])
        let zh = try #require(site["zh/shop/index.html"])
        #expect(zh.contains(#"<li><span lang="zh-Hans" aria-current="page">中文</span></li>"#))
        #expect(zh.contains(#"<li><a href="../../en/shop/index.html" hreflang="en" lang="en">English</a></li>"#))
        #expect(zh.contains(#"<link rel="alternate" hreflang="zh-Hans" href="https://help.example.org/zh/shop/">"#))
        #expect(zh.contains(#"<link rel="alternate" hreflang="en" href="https://help.example.org/en/shop/">"#))
        let sheet = try #require(site["en/shop/sheet/index.html"])
        #expect(sheet.contains(#"<a href="../../../zh/shop/sheet/index.html" hreflang="zh-Hans" lang="zh-Hans">中文</a>"#))
    }

    @Test func aSingleLanguageHasNoSwitch() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform(locales: ["zh"])])
        let page = try #require(site["zh/shop/index.html"])
        #expect(!page.contains("language-switch"))
        #expect(!page.contains("hreflang"))
    }

    @Test func headingsGetTheRenderersAnchorsAndLevelTwoMakeTheContents() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform()])
        let page = try #require(site["en/shop/index.html"])
        #expect(page.contains(#"<h1 id="top">How to reach Shop customer service</h1>"#))
        #expect(page.contains(#"<h2 id="channel-chat">Shop chat</h2>"#))
        #expect(page.contains(#"<h3 id="channel-chat-hours">Hours</h3>"#))
        #expect(page.contains(#"<h2 id="channel-hotline">Hotline</h2>"#))
        #expect(page.contains("""
            <ol>
            <li><a href="#channel-chat">Shop chat</a></li>
            <li><a href="#channel-hotline">Hotline</a></li>
            </ol>
            """))
        #expect(page.components(separatedBy: "<h1").count == 2, "one h1")
        // The title comes before the page details and contents, the rest of the body after.
        let title = try #require(page.range(of: "<h1 id=\"top\">"))
        let contents = try #require(page.range(of: "page-toc-title"))
        let firstSection = try #require(page.range(of: "<h2 id=\"channel-chat\">"))
        #expect(title.lowerBound < contents.lowerBound && contents.lowerBound < firstSection.lowerBound)
    }

    @Test func rawHTMLInTheBodyNeverReachesThePage() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform()])
        let page = try #require(site["en/shop/index.html"])
        #expect(!page.contains("<script>alert(1)</script>"))
        #expect(page.contains("<!-- raw HTML omitted -->alert(1)"))
    }

    @Test func guideTextInTemplatesIsEscaped() throws {
        var platform = try SiteFixtures.platform()
        platform.documents["en"]!.guide.title = #"<b>"Shop"</b> & co"#
        let site = try SiteFixtures.build([platform])
        let page = try #require(site["en/shop/index.html"])
        #expect(page.contains("<title>&lt;b&gt;&quot;Shop&quot;&lt;/b&gt; &amp; co</title>"))
        let index = try #require(site["en/index.html"])
        #expect(index.contains(#"<p class="platform-title">&lt;b&gt;&quot;Shop&quot;&lt;/b&gt; &amp; co</p>"#))
    }

    @Test func guidePageLinksToItsSheetAndShowsTheVerifiedDate() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform()])
        let page = try #require(site["zh/shop/index.html"])
        #expect(page.contains(#"<a class="sheet-link" href="sheet/index.html">打印版</a>"#))
        #expect(page.contains(#"最后核实：<time datetime="2026-11-20">2026-11-20</time>"#))
        #expect(page.contains(#"<a class="site-name" href="../index.html">如何联系客服</a>"#))
    }

    @Test func languageIndexListsEveryGuideAndSheet() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform(id: "shop"), try SiteFixtures.platform(id: "mall")])
        let index = try #require(site["zh/index.html"])
        #expect(index.contains(#"<link rel="canonical" href="https://help.example.org/zh/">"#))
        #expect(index.contains(#"<a href="../en/index.html" hreflang="en" lang="en">English</a>"#))
        for platform in ["mall", "shop"] {
            #expect(index.contains(#"<a class="button" href="\#(platform)/index.html">完整指南</a>"#))
            #expect(index.contains(#"<a class="button button-quiet" href="\#(platform)/sheet/index.html">打印版</a>"#))
        }
        let mall = try #require(index.range(of: "mall/index.html"))
        let shop = try #require(index.range(of: "shop/index.html"))
        #expect(mall.lowerBound < shop.lowerBound, "platforms in id order")
    }

    @Test func rootPageLinksToEveryLanguage() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform()])
        let root = try #require(site["index.html"])
        #expect(root.contains(#"<html lang="zh-Hans">"#))
        #expect(root.contains(#"<li lang="zh-Hans"><a href="zh/index.html" hreflang="zh-Hans">"#))
        #expect(root.contains(#"<li lang="en"><a href="en/index.html" hreflang="en">"#))
        #expect(root.contains(#"<link rel="canonical" href="https://help.example.org/">"#))
    }

    @Test func baseURLGetsItsTrailingSlash() throws {
        let builder = SiteBuilder(templates: try SiteFixtures.templates(), baseURL: "https://help.example.org/guides")
        #expect(builder.baseURL == "https://help.example.org/guides/")
        let page = try #require(try builder.build([try SiteFixtures.platform()]).first { $0.path == "en/shop/index.html" })
        #expect(page.contents.contains(#"href="https://help.example.org/guides/en/shop/""#))
    }

    @Test func noPlatformsIsJustTheAssets() throws {
        let site = try SiteFixtures.build([])
        #expect(site.keys.sorted() == ["assets/sheet.css", "assets/site.css"])
    }

    @Test func unsafePlatformIDIsAnError() throws {
        var platform = try SiteFixtures.platform()
        platform.guide.platform.id.value = "../etc"
        #expect(throws: SiteError("guides/shop.yaml: error: platform id '../etc' cannot be a folder name; use lowercase letters, digits and '-'")) {
            try SiteFixtures.build([platform])
        }
    }

    @Test func duplicatePlatformIsAnError() throws {
        var other = try SiteFixtures.platform()
        other.guide.file = "guides/shop-copy.yaml"
        #expect(throws: SiteError("guides/shop-copy.yaml: error: platform id 'shop' is also used by guides/shop.yaml")) {
            try SiteFixtures.build([try SiteFixtures.platform(), other])
        }
    }

    @Test func documentsForAnotherPlatformAreAnError() throws {
        var platform = try SiteFixtures.platform()
        platform.documents["en"]!.sheet.platform = "mall"
        #expect(throws: SiteError("guides/shop.yaml: error: the documents for 'shop' in 'en' include one for 'mall' in 'en'")) {
            try SiteFixtures.build([platform])
        }
    }

    @Test func aLanguageWithoutStringsIsAnError() throws {
        var platform = try SiteFixtures.platform()
        var document = SiteFixtures.guideDocument(locale: "en")
        document.locale = "fr"
        var sheet = SiteFixtures.sheetDocument(locale: "en")
        sheet.locale = "fr"
        platform.documents["fr"] = .init(guide: document, sheet: sheet)
        let error = #expect(throws: SiteError.self) { try SiteFixtures.build([platform]) }
        #expect(error?.message.hasSuffix("(built-in theme)/strings.json: error: no strings for language 'fr'; put a strings.json in the templates folder (export the built-in theme to start from it) and add an object \"fr\": { … } with the same keys as the others") == true)
    }

    @Test func headingListOutOfStepWithTheBodyIsAnError() throws {
        var platform = try SiteFixtures.platform()
        platform.documents["en"]!.guide.headings.removeLast()
        #expect(throws: SiteError("en/shop guide: error: the HTML has more headings than the document lists (3); the renderer's heading list is out of step with its Markdown")) {
            try SiteFixtures.build([platform])
        }
    }
}
