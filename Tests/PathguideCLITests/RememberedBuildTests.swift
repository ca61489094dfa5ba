import Foundation
@testable import PathguideBuild
import PathguideCheck
import PathguideCore
import PathguideTestSupport
import Testing

/// A build that remembers the last one (as `serve` runs them) redoes only the guides it is told
/// changed, and writes exactly what a full build of the same guides writes.
@Suite(.serialized) struct RememberedBuildTests {
    static let other = cleanGuide.replacingOccurrences(of: "id: shop", with: "id: other").replacingOccurrences(of: "Shop", with: "Other")
    static let third = cleanGuide.replacingOccurrences(of: "id: shop", with: "id: third").replacingOccurrences(of: "Shop", with: "Third")

    func siteBuild(_ folder: GuideFolder, output: String = "output", cache: CacheFolder? = nil) -> SiteBuild {
        SiteBuild(guides: "guides", templates: BuildCommandTests.templates, output: output, baseURL: "https://help.example.org/",
                  context: CheckContext(today: LocalDate(year: 2026, month: 11, day: 24)), jobs: 2,
                  workspace: Workspace(folder: folder.root.path), cache: cache)
    }

    func guide(_ folder: GuideFolder, _ name: String) -> String {
        folder.root.appendingPathComponent("guides/\(name)").path
    }

    func write(_ folder: GuideFolder, _ name: String, _ text: String?) throws {
        let url = folder.root.appendingPathComponent("guides/\(name)")
        if let text { try text.write(to: url, atomically: true, encoding: .utf8) } else { try FileManager.default.removeItem(at: url) }
    }

    /// The remembered build's output beside a full build of the same guides into a folder of its own.
    func expectSameAsFullBuild(_ folder: GuideFolder, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let full = try siteBuild(folder, output: "full").run()
        #expect(full.summary != nil, sourceLocation: sourceLocation)
        let remembered = FolderListing.contents(under: folder.root.appendingPathComponent("output"))
        let fresh = FolderListing.contents(under: folder.root.appendingPathComponent("full"))
        #expect(remembered.keys.sorted() == fresh.keys.sorted(), sourceLocation: sourceLocation)
        for (path, bytes) in fresh where remembered[path] != bytes {
            Issue.record("output/\(path) differs from a full build's", sourceLocation: sourceLocation)
        }
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("full"))
    }

    @Test func aWrittenGuideIsRebuiltAloneAndTheOutputIsAFullBuilds() throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide, "other.yaml": Self.other])
        let memory = SiteBuild.Memory()
        let build = siteBuild(folder)
        let first = try build.run(remembering: memory)
        #expect(first.summary == OutputWriter.Summary(written: 25, unchanged: 0, removed: 0))

        // Changed on disk but not named as changed: remembered, so its old pages stay.
        try write(folder, "other.yaml", Self.other.replacingOccurrences(of: "en: Agent}", with: "en: Unseen agent}"))
        try write(folder, "shop.yaml", cleanGuide.replacingOccurrences(of: "en: Agent}", with: "en: Human agent}"))
        let second = try build.run(remembering: memory, changed: [guide(folder, "shop.yaml")])
        // The shop's Markdown, page and sheet in English change; the index pages list titles, which did not.
        #expect(second.summary == OutputWriter.Summary(written: 4, unchanged: 21, removed: 0))
        let otherPage = try String(contentsOf: folder.root.appendingPathComponent("output/site/en/other/index.html"), encoding: .utf8)
        #expect(!otherPage.contains("Unseen agent"))

        // Told about it, the build matches a full build of the guides as they are.
        let third = try build.run(remembering: memory, changed: [guide(folder, "other.yaml")])
        #expect(third.summary == OutputWriter.Summary(written: 4, unchanged: 21, removed: 0))
        try expectSameAsFullBuild(folder)
    }

    @Test func aNewAndADeletedGuideChangeTheIndexPagesAsAFullBuildWould() throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide, "other.yaml": Self.other])
        let memory = SiteBuild.Memory()
        let build = siteBuild(folder)
        _ = try build.run(remembering: memory)

        try write(folder, "third.yaml", Self.third)
        let added = try build.run(remembering: memory, changed: [guide(folder, "third.yaml")])
        #expect(added.fileCount == 33)
        #expect(added.summary?.removed == 0)
        try expectSameAsFullBuild(folder)

        try write(folder, "other.yaml", nil)
        let removed = try build.run(remembering: memory, changed: [guide(folder, "other.yaml")])
        #expect(removed.fileCount == 25)
        #expect(removed.summary?.removed == 8)
        try expectSameAsFullBuild(folder)
    }

    @Test func changesOfAFailedBuildAreRedoneByTheNext() throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide, "other.yaml": Self.other])
        let memory = SiteBuild.Memory()
        let build = siteBuild(folder)
        _ = try build.run(remembering: memory)

        try write(folder, "shop.yaml", brokenGuide.replacingOccurrences(of: "en: Agent}", with: "en: Human agent}"))
        let failed = try build.run(remembering: memory, changed: [guide(folder, "shop.yaml")])
        #expect(failed.summary == nil)
        #expect(failed.check.engine.errorCount == 1)

        // The shop is fixed by hand-editing nothing but the misspelt target, and only the other
        // guide is named: the shop's earlier change is still redone.
        try write(folder, "shop.yaml", cleanGuide.replacingOccurrences(of: "en: Agent}", with: "en: Human agent}"))
        try write(folder, "other.yaml", Self.other.replacingOccurrences(of: "en: Agent}", with: "en: Other agent}"))
        let fixed = try build.run(remembering: memory, changed: [guide(folder, "other.yaml")])
        #expect(fixed.summary == OutputWriter.Summary(written: 8, unchanged: 17, removed: 0))
        try expectSameAsFullBuild(folder)
    }

    @Test func aChangeOutsideTheGuidesMeansAFullBuild() throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide, "other.yaml": Self.other])
        let memory = SiteBuild.Memory()
        let build = siteBuild(folder)
        _ = try build.run(remembering: memory)

        // Unannounced, but the project file changed: every guide is read again.
        try write(folder, "other.yaml", Self.other.replacingOccurrences(of: "en: Agent}", with: "en: Other agent}"))
        let full = try build.run(remembering: memory, changed: [folder.root.appendingPathComponent("pathguide.yaml").path])
        #expect(full.summary == OutputWriter.Summary(written: 4, unchanged: 21, removed: 0))
        try expectSameAsFullBuild(folder)

    }

    @Test func aStoppedBuildLeavesTheOutputAsItWas() throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        var build = siteBuild(folder)
        _ = try build.run()
        let before = FolderListing.contents(under: folder.root.appendingPathComponent("output"))
        try write(folder, "shop.yaml", cleanGuide.replacingOccurrences(of: "en: Agent}", with: "en: Human agent}"))
        build.isStopped = { true }
        #expect(throws: ToolFailure.stopped) { try build.run() }
        #expect(FolderListing.contents(under: folder.root.appendingPathComponent("output")) == before)
    }
}
