#if os(Linux)
import Foundation
@testable import PathguideServe
import Testing

/// The kernel's events turned into change sets: one save, however an editor writes it, is one
/// change of exactly the files it changed.
@Suite struct InotifyWatcherTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-inotify-\(UUID().uuidString)").path
    let manager = FileManager.default

    func path(_ name: String) -> String { root + "/" + name }

    func write(_ name: String, _ text: String) throws {
        try manager.createDirectory(atPath: (path(name) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path(name), atomically: false, encoding: .utf8)
    }

    /// A project: two guides, a project file, no templates folder yet.
    func project() throws -> InotifyWatcher {
        try write("guides/a.yaml", "a")
        try write("guides/b.yaml", "b")
        try write("pathguide.yaml", "guides: guides\n")
        return try InotifyWatcher(paths: [path("guides"), path("templates"), path("pathguide.yaml")], ignoring: [path("guides/output")])
    }

    /// The next change set; the events are all queued before this is called, so the generous
    /// settling time only bounds the wait, it is not what is tested.
    func next(_ watcher: InotifyWatcher) throws -> ChangeSet? {
        // A bound on waiting for an event the kernel has already queued, not a timing claim: a
        // loaded machine can keep this thread from running for seconds.
        try watcher.next(timeout: 30_000, settle: 200)
    }

    @Test func aWriteInPlaceIsThatFile() throws {
        let watcher = try project()
        try write("guides/a.yaml", "a, longer")
        #expect(try next(watcher) == ChangeSet(files: [path("guides/a.yaml")]))
    }

    @Test func aTemporaryFileRenamedOverAGuideIsOneChangeOfTheGuide() throws {
        let watcher = try project()
        // As editors save: a new file beside the guide (visible or hidden), then a rename over it.
        try write("guides/a.yaml.tmp", "a, saved")
        try manager.removeItem(atPath: path("guides/a.yaml"))
        try manager.moveItem(atPath: path("guides/a.yaml.tmp"), toPath: path("guides/a.yaml"))
        try write("guides/.b.yaml.swp", "b, saved")
        _ = rename(path("guides/.b.yaml.swp"), path("guides/b.yaml"))
        #expect(try next(watcher) == ChangeSet(files: [path("guides/a.yaml"), path("guides/b.yaml")]))
    }

    @Test func aNewFileAndADeletedFileAreThoseFiles() throws {
        let watcher = try project()
        try write("guides/c.yaml", "c")
        #expect(try next(watcher) == ChangeSet(files: [path("guides/c.yaml")]))
        try manager.removeItem(atPath: path("guides/b.yaml"))
        #expect(try next(watcher) == ChangeSet(files: [path("guides/b.yaml")]))
    }

    @Test func theProjectFileReplacedByARenameIsThatFile() throws {
        let watcher = try project()
        try write("pathguide.yaml.new", "guides: guides\noutput: site\n")
        _ = rename(path("pathguide.yaml.new"), path("pathguide.yaml"))
        // The project folder's other entries (the output folder, a README) are not watched.
        try write("README.md", "hello")
        #expect(try next(watcher) == ChangeSet(files: [path("pathguide.yaml")]))
    }

    @Test func aNewFolderIsEverythingAndIsWatchedFromThenOn() throws {
        let watcher = try project()
        #expect(watcher.watchCount == 2)
        try manager.createDirectory(atPath: path("guides/more"), withIntermediateDirectories: true)
        #expect(try next(watcher) == ChangeSet(everything: true))
        #expect(watcher.watchCount == 3)
        try write("guides/more/d.yaml", "d")
        #expect(try next(watcher) == ChangeSet(files: [path("guides/more/d.yaml")]))
    }

    @Test func aTemplatesFolderMadeLaterIsEverything() throws {
        let watcher = try project()
        try write("templates/page.html", "<p>")
        #expect(try next(watcher) == ChangeSet(everything: true))
        try write("templates/page.html", "<p>changed")
        #expect(try next(watcher) == ChangeSet(files: [path("templates/page.html")]))
    }

    @Test func theIgnoredFolderHiddenFilesAndLinksOutAreNotWatched() throws {
        try manager.createDirectory(atPath: path("guides/output/site"), withIntermediateDirectories: true)
        try write("elsewhere/secret.yaml", "s")
        try manager.createSymbolicLink(atPath: path("guides/linked"), withDestinationPath: path("elsewhere"))
        let watcher = try project()
        // The project folder (for the project file's name) and the guides folder: nothing else.
        #expect(watcher.watchCount == 2)
        try write("guides/output/site/index.html", "page")
        try write("elsewhere/secret.yaml", "changed")
        try write("guides/.draft.yaml", "hidden")
        try write("guides/a.yaml", "a, changed")
        #expect(try next(watcher) == ChangeSet(files: [path("guides/a.yaml")]))
    }

    @Test func aWatchedFolderReplacedByALinkIsNotFollowed() throws {
        let watcher = try project()
        try write("elsewhere/e.yaml", "e")
        try manager.moveItem(atPath: path("guides"), toPath: path("old-guides"))
        try manager.createSymbolicLink(atPath: path("guides"), withDestinationPath: path("elsewhere"))
        #expect(try next(watcher) == ChangeSet(everything: true))
        // Only the project folder is left to watch: the link is not a folder opened as one.
        #expect(watcher.watchCount == 1)
        try write("elsewhere/e.yaml", "e, changed")
        #expect(try watcher.next(timeout: 300) == nil)
    }

    @Test func tooManyFoldersMakeTheWatcherUnavailable() throws {
        try write("guides/one/a.yaml", "a")
        try write("guides/two/b.yaml", "b")
        #expect(throws: InotifyWatcher.Unavailable(reason: "more than 3 folders to watch")) {
            try InotifyWatcher(paths: [path("guides")], maximumWatches: 3)
        }
        #expect(try InotifyWatcher(paths: [path("guides")], maximumWatches: 4).watchCount == 4)
    }
}
#endif
