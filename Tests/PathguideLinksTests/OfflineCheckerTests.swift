import Foundation
import Testing
import PathguideDiagnostics
@testable import PathguideLinks

/// The checker over the fixture site in `Fixtures/site`, whose defects are planted on purpose
/// (the pages say which), and over the repository's own generated output, which has none.
@Suite struct OfflineCheckerTests {
    private static func checkFixture() -> LinkCheckResult {
        OfflineLinkChecker(root: OfflineTesting.fixtures.appendingPathComponent("site"), displayRoot: "site").check()
    }

    @Test func findsEveryPlantedDefectAndNothingElse() {
        let result = Self.checkFixture()
        #expect(OfflineTesting.lines(result.diagnostics) == [
            "site/en/guide.html:11:9: duplicate-anchor: id 'hours' is used more than once in this page; a link to '#hours' lands on the first",
            "  site/en/guide.html:10:9: note: id 'hours' is first used here",
            "site/index.html:14:10: broken-link: link to 'docs/' does not resolve to a file (looked for site/docs/index.html)",
            "site/index.html:18:18: broken-link: link to 'missing.html' does not resolve to a file (looked for site/missing.html)",
            "site/index.html:19:13: broken-link: link to '/en/nope.html' does not resolve to a file (looked for site/en/nope.html)",
            "site/index.html:19:73: broken-link: link to '../outside.html' leads outside the site folder",
            "site/index.html:20:13: missing-fragment: fragment '#channel' is not an id or name in 'en/guide.html'; did you mean 'channels'?",
            "site/index.html:20:84: missing-fragment: fragment '#intr' is not an id or name in this page; did you mean 'intro'?",
            "site/index.html:21:13: invalid-link: javascript: link 'javascript:void(0)' is not allowed; it runs code instead of leading somewhere",
            "site/index.html:25:11: missing-image: image 'assets/missing.svg' does not resolve to a file (looked for site/assets/missing.svg)",
            "site/index.html:26:56: missing-image: image 'assets/logo@2x.svg' does not resolve to a file (looked for site/assets/logo@2x.svg)",
        ])
        #expect(result.diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func collectsExternalLinksWithoutTheirFragments() {
        // mailto: and tel: are neither checked nor collected.
        #expect(OfflineTesting.lines(Self.checkFixture().external) == [
            "site/index.html:7:29 https://127.0.0.1:9/",
            "site/index.html:23:10 https://127.0.0.1:9/contact",
        ])
    }

    @Test func listsThePagesItRead() {
        // docs/notes.txt and the assets are files links may point at, not pages.
        #expect(Self.checkFixture().pages == ["site/en/guide.html", "site/en/index.html", "site/help/联系 客服.html", "site/index.html"])
    }

    @Test func sameAnswerEveryRun() {
        // Pages are parsed in parallel; the report must not depend on which finished first.
        let first = Self.checkFixture()
        for _ in 0..<5 { #expect(Self.checkFixture() == first) }
    }

    @Test func theGeneratedOutputHasNoBrokenLinks() {
        let output = OfflineTesting.repository.appendingPathComponent("output")
        let result = OfflineLinkChecker(
            root: output.appendingPathComponent("site"), displayRoot: "output/site",
            markdownRoot: output.appendingPathComponent("markdown"), markdownDisplayRoot: "output/markdown"
        ).check()
        #expect(OfflineTesting.lines(result.diagnostics) == [])
        #expect(result.pages.contains("output/site/en/taobao/index.html"))
        #expect(result.pages.contains("output/markdown/zh/taobao.md"))
        #expect(result.external.allSatisfy { $0.url.hasPrefix("https://") && !$0.url.contains("#") })
    }
}
