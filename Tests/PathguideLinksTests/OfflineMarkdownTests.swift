import Foundation
import Testing
import PathguideDiagnostics
import PathguideTestSupport
@testable import PathguideLinks

/// Markdown files beside the site: relative links must name a file or folder; fragments are
/// left to the HTML check, since each site generator makes its own heading ids.
@Suite struct OfflineMarkdownTests {
    @Test func relativeLinksMustNameFilesOrFolders() throws {
        let guide = MarkedText("""
            # 淘宝

            见 [中文版](../zh/taobao.md)、[the folder](../zh/) and [a section](#channels).
            也见 1️⃣[missing](missing.md "title") and 2️⃣![a photo](img/none.png).
            Out: 3️⃣[up](../../../etc/passwd), 4️⃣[script](javascript:alert(1)), [mail](mailto:a@b).
            See 5️⃣<https://127.0.0.1:9/help#top> and [a page with a fragment](../zh/taobao.md#渠道).
            """)
        try OfflineTesting.withSite([
            "site/index.html": "",
            "markdown/en/taobao.md": guide.text,
            "markdown/zh/taobao.md": "# 淘宝\n",
        ]) { root in
            let result = OfflineLinkChecker(
                root: root.appendingPathComponent("site"), displayRoot: "output/site",
                markdownRoot: root.appendingPathComponent("markdown"), markdownDisplayRoot: "output/markdown"
            ).check()
            let at = { (marker: Character) in guide.location(marker, file: "output/markdown/en/taobao.md") }
            #expect(OfflineTesting.lines(result.diagnostics) == [
                "\(at("1️⃣")): broken-link: link to 'missing.md' does not resolve to a file or folder (looked for output/markdown/en/missing.md)",
                "\(at("2️⃣")): missing-image: image 'img/none.png' does not resolve to a file or folder (looked for output/markdown/en/img/none.png)",
                "\(at("3️⃣")): broken-link: link to '../../../etc/passwd' leads outside the Markdown folder",
                "\(at("4️⃣")): invalid-link: javascript: link 'javascript:alert(1)' is not allowed; it runs code instead of leading somewhere",
            ])
            #expect(OfflineTesting.lines(result.external) == ["\(at("5️⃣")) https://127.0.0.1:9/help"])
            #expect(result.pages == ["output/markdown/en/taobao.md", "output/markdown/zh/taobao.md", "output/site/index.html"])
        }
    }

    @Test func theMarkdownFolderIsNamedByItsLastComponentByDefault() throws {
        try OfflineTesting.withSite(["site/index.html": "", "md/a.md": "[x](b.md)\n"]) { root in
            let result = OfflineLinkChecker(root: root.appendingPathComponent("site"), displayRoot: "site",
                                            markdownRoot: root.appendingPathComponent("md")).check()
            #expect(OfflineTesting.lines(result.diagnostics) == [
                "md/a.md:1:1: broken-link: link to 'b.md' does not resolve to a file or folder (looked for md/b.md)",
            ])
        }
    }
}
