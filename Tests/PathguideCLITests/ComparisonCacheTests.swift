import Foundation
@testable import PathguideBuild
import PathguideSite
import Testing

/// The comparison pages of a rebuild come from the render records of guides kept from the
/// cache, and are the same bytes as a build that renders everything.
@Suite(.serialized) struct ComparisonCacheTests {
    static let guides = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("guides")

    static func repositoryGuides() throws -> [String: String] {
        var files: [String: String] = [:]
        for name in ["amazon.yaml", "douyin-shop.yaml", "taobao.yaml"] {
            files[name] = try String(contentsOf: guides.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    let commands = CacheCommandTests()

    @Test func aRebuildFromTheCacheWritesByteIdenticalComparisonPages() async throws {
        let folder = try GuideFolder(try Self.repositoryGuides())
        let first = await commands.build(folder)
        #expect(first.status == 0, "\(first)")
        let pages = ["output/site/en/compare/index.html", "output/site/zh/compare/index.html"]
        let written = pages.map { commands.read(folder, $0) }
        #expect(written.allSatisfy { $0?.contains("<table class=\"compare-table\">") == true })

        // Every guide kept: nothing is rendered, and the pages come out the same from the records.
        let again = await commands.build(folder)
        #expect(again.stdout.hasSuffix(" 0 changed, 0 removed\n"), "\(again)")
        #expect(pages.map { commands.read(folder, $0) } == written)
        let output = folder.root.appendingPathComponent("output").resolvingSymlinksInPath()
        let fingerprint = RenderRecords.fingerprint(theme: Theme.builtIn, baseURL: "https://help.example.org/")
        let records = RenderRecords.load(from: commands.cache(folder), output: output, fingerprint: fingerprint)
        #expect(records.byFile.keys.sorted() == ["guides/amazon.yaml", "guides/douyin-shop.yaml", "guides/taobao.yaml"])
        #expect(records.byFile.values.allSatisfy { $0.platform.summary != nil })

        // The same bytes as a build without a cache.
        #expect(await commands.build(folder, ["--output", "fresh", "--no-cache"]).status == 0)
        #expect(pages.map { commands.read(folder, $0) } == pages.map { commands.read(folder, "fresh/" + $0.dropFirst("output/".count)) })

        // A planted number shows the page is made from the record, not from rendering the guide again.
        var record = try #require(records.byFile["guides/taobao.yaml"])
        record.platform.summary?.stepsToPerson = 42
        #expect(RenderRecords([record] + records.byFile.values.filter { $0.file != record.file })
            .save(to: commands.cache(folder), output: output, fingerprint: fingerprint) == nil)
        #expect(await commands.build(folder).status == 0)
        #expect(commands.read(folder, pages[0])?.contains(#"<td class="number">42</td>"#) == true)
    }
}
