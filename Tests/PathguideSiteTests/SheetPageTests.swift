import PathguideQR
@testable import PathguideSite
import Testing

@Suite struct SheetPageTests {
    @Test func sheetHasTheQRCodeOfTheGuidePageAndItsAddressInText() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform()])
        let sheet = try #require(site["zh/shop/sheet/index.html"])
        let code = try #require(QRCode("https://help.example.org/zh/shop/"))
        #expect(sheet.contains(code.svg(title: "打开在线完整指南的二维码")))
        #expect(sheet.contains(#"role="img" aria-label="打开在线完整指南的二维码""#))
        #expect(sheet.contains(#"<figcaption>用手机扫码，查看完整指南：<br><a class="sheet-url" href="https://help.example.org/zh/shop/"><span>https://help.example.org/</span><wbr><span>zh/</span><wbr><span>shop/</span><wbr></a></figcaption>"#))
    }

    @Test func addressBreaksOnlyAfterSlashes() {
        #expect(SiteBuilder.breakableParts(of: "https://help.example.org/zh/douyin-shop/") == ["https://help.example.org/", "zh/", "douyin-shop/"])
        #expect(SiteBuilder.breakableParts(of: "http://a.org/x/sheet") == ["http://a.org/", "x/", "sheet"])
    }

    @Test func sheetUsesThePrintStylesheetAndItsOwnDocument() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform()])
        let sheet = try #require(site["en/shop/sheet/index.html"])
        #expect(sheet.contains(#"<link rel="stylesheet" href="../../../assets/sheet.css">"#))
        #expect(sheet.contains("<title>Reaching Shop customer service</title>"))
        #expect(sheet.contains(#"<h1 id="sheet-title">Reaching Shop customer service</h1>"#))
        #expect(sheet.contains("<ol>\n<li>Open the Shop app</li>\n<li>Tap <span lang=\"zh-Hans\">「客服」</span> (Support)</li>\n</ol>"))
        #expect(sheet.contains(#"<a href="../index.html">Full guide</a>"#))
        #expect(!sheet.contains("application/ld+json"))
    }

    @Test func printStylesheetFitsA4AndHidesTheChrome() throws {
        let css = try #require(try SiteFixtures.templateFiles()["sheet.css"])
        #expect(css.contains("@page {\n  size: A4;\n  margin: 12mm;\n}"))
        #expect(css.contains("font-size: 14pt;"))
        #expect(css.contains(".skip-link, .site-header, .print-hint { display: none; }"))
        #expect(css.contains(#""Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC","#))
    }
}
