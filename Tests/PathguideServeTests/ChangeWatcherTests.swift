import Foundation
@testable import PathguideServe
import Testing

@Suite struct ChangeWatcherTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-watch-\(UUID().uuidString)")

    func write(_ name: String, _ text: String) throws {
        let url = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    @Test func listsEveryVisibleEntryUnderThePaths() throws {
        try write("guides/a.yaml", "a")
        try write("guides/more/b.yaml", "b")
        try write("guides/.draft.yaml", "hidden")
        try write("guides/.git/HEAD", "hidden")
        try write("pathguide.yaml", "format: 1")
        let watcher = ChangeWatcher(paths: [root.appendingPathComponent("guides").path, root.appendingPathComponent("pathguide.yaml").path,
                                            root.appendingPathComponent("templates").path])
        let names = watcher.listing().keys.map { String($0.dropFirst(root.path.count)) }.sorted()
        #expect(names == ["/guides", "/guides/a.yaml", "/guides/more", "/guides/more/b.yaml", "/pathguide.yaml"])
    }

    @Test func aChangedSizeTimeOrNewFileChangesTheListing() throws {
        try write("guides/a.yaml", "a")
        let watcher = ChangeWatcher(paths: [root.appendingPathComponent("guides").path])
        let first = watcher.listing()
        #expect(watcher.listing() == first)

        try write("guides/a.yaml", "ab")
        let grown = watcher.listing()
        #expect(grown != first)

        let file = root.appendingPathComponent("guides/a.yaml").path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: file)
        let touched = watcher.listing()
        #expect(touched != grown)
        #expect(touched[file]?.size == 2)
        #expect(touched[file]?.seconds == 1_000_000)

        try write("guides/b.yaml", "b")
        #expect(watcher.listing().count == touched.count + 1)
    }

    @Test func anIgnoredFolderIsNotListed() throws {
        try write("guides/a.yaml", "a")
        try write("guides/output/site/index.html", "page")
        let guides = root.appendingPathComponent("guides").path
        let watcher = ChangeWatcher(paths: [guides], ignoring: [guides + "/output"])
        #expect(watcher.listing().keys.sorted() == [guides, guides + "/a.yaml"])
    }

    @Test func theListingIsBounded() throws {
        for index in 0..<20 { try write("guides/\(index).yaml", "x") }
        var watcher = ChangeWatcher(paths: [root.appendingPathComponent("guides").path])
        watcher.limit = 5
        #expect(watcher.listing().count == 5)
    }

    @Test func listingsComparedGiveTheChangedFilesOrEverything() throws {
        try write("guides/a.yaml", "a")
        try write("guides/b.yaml", "b")
        let guides = root.appendingPathComponent("guides").path
        let watcher = ChangeWatcher(paths: [guides])
        let first = watcher.listing()
        #expect(ChangeWatcher.changes(from: first, to: first) == ChangeSet())

        try write("guides/a.yaml", "a, longer")
        try write("guides/c.yaml", "c")
        try FileManager.default.removeItem(atPath: guides + "/b.yaml")
        let second = watcher.listing()
        #expect(ChangeWatcher.changes(from: first, to: second) == ChangeSet(files: [guides + "/a.yaml", guides + "/b.yaml", guides + "/c.yaml"]))

        try write("guides/more/d.yaml", "d")
        #expect(ChangeWatcher.changes(from: second, to: watcher.listing()) == ChangeSet(everything: true))
    }
}
