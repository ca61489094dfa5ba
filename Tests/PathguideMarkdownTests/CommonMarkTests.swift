import Testing
import PathguideMarkdown

@Suite struct CommonMarkTests {
    @Test func rendersThroughLibcmark() {
        #expect(CommonMark.html(from: "# 联系客服\n\n1. Tap **我**\n2. Tap 「设置」\n") ==
            "<h1>联系客服</h1>\n<ol>\n<li>Tap <strong>我</strong></li>\n<li>Tap 「设置」</li>\n</ol>\n")
    }

    @Test func reportsTheLinkedVersion() {
        #expect(CommonMark.version.split(separator: ".").count == 3)
    }

    @Test func rawHTMLAndScriptLinksNeverPassThrough() {
        let html = CommonMark.html(from: "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>bold</b>\n")
        #expect(html == "<!-- raw HTML omitted -->\n<p><a href=\"\">x</a> <!-- raw HTML omitted -->bold<!-- raw HTML omitted --></p>\n")
    }

    @Test func emptyInputGivesEmptyOutput() {
        #expect(CommonMark.html(from: "") == "")
    }
}
