import Foundation
@testable import PathguideBuild
@testable import PathguideCLI
import Testing

@Suite(.serialized) struct BuildCommandTests {
    /// The built-in theme's files in the repository, as a templates folder.
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/PathguideSite/Theme").path

    func build(_ folder: GuideFolder, _ extra: [String] = []) async -> CommandResult {
        await folder.run(["build", "--templates", Self.templates, "--base-url", "https://help.example.org/"] + extra)
    }

    func read(_ folder: GuideFolder, _ path: String) -> String? {
        FileManager.default.contents(atPath: folder.root.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func writesMarkdownAndSiteForEveryLanguage() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let result = await build(folder)
        #expect(result.status == 0, "\(result.stderr)")
        // Two Markdown files and their maps; the root and two language indexes, two pages, two sheets, two stylesheets.
        #expect(result.stdout == "wrote output/: 17 files, 17 changed, 0 removed\n")
        let markdown = try #require(read(folder, "output/markdown/en/shop.md"))
        #expect(markdown.hasPrefix("---\ntitle: \"How to reach Shop customer service\"\n"))
        #expect(read(folder, "output/site/zh/shop/sheet/index.html")?.contains("<svg") == true)
        // A second build with nothing changed rewrites nothing.
        #expect(await build(folder).stdout == "wrote output/: 17 files, 0 changed, 0 removed\n")
    }

    @Test func errorsStopTheBuildBeforeAnythingIsWritten() async throws {
        let folder = try GuideFolder(["shop.yaml": brokenGuide])
        let result = await build(folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("guides/shop.yaml:28:13: error: 'to' names 'bto'"))
        #expect(result.stderr == "pathguide: build stopped: the guides have errors; nothing was written\n")
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("output").path))
    }

    @Test func aFailedBuildLeavesThePreviousOutputAsItWas() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        #expect(await build(folder).status == 0)
        let before = read(folder, "output/site/en/shop/index.html")
        try brokenGuide.replacingOccurrences(of: "name: {zh: 商城, en: Shop}", with: "name: {zh: 新商城, en: New Shop}")
            .write(to: folder.root.appendingPathComponent("guides/shop.yaml"), atomically: true, encoding: .utf8)
        #expect(await build(folder).status == 1)
        #expect(read(folder, "output/site/en/shop/index.html") == before)
    }

    @Test func guideTextIsDataInMarkdownAndHTML() async throws {
        let hostile = "<script>alert(1)</script> *x* [y](javascript:alert(1)) `z` &amp;"
        let text = cleanGuide.replacingOccurrences(of: "name: {zh: 人工客服, en: Agent}", with: "name: {zh: 人工客服, en: '\(hostile)'}")
        let folder = try GuideFolder(["shop.yaml": text])
        #expect(await build(folder).status == 0)
        let page = try #require(read(folder, "output/site/en/shop/index.html"))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("href=\"javascript"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; *x* [y](javascript:alert(1)) `z` &amp;amp;"))
    }

    @Test func badArgumentsAndDangerousOutputFoldersExitTwo() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        #expect(await folder.run(["build", "--base-url", "ftp://x/"]).status == 2)
        #expect(await folder.run(["build", "--jobs", "0"]).status == 2)
        let root = await build(folder, ["--output", "/"])
        #expect(root.status == 2)
        #expect(root.stderr == "pathguide: error: refusing to write into /: it is the root of the file system; choose a folder of its own, such as output/\n")
        #expect(await build(folder, ["--output", "."]).status == 2)
        #expect(await build(folder, ["--templates", "nowhere"]).status == 2)
    }
}
