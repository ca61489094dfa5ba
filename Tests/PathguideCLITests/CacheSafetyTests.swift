import Foundation
@testable import PathguideBuild
@testable import PathguideCLI
import Testing

/// The cache folder is untrusted too: a record edited on disk is rebuilt, not published; a
/// cache folder that is a link, or a pipe in its place, is never followed or opened.
@Suite(.serialized) struct CacheSafetyTests {
    let manager = FileManager.default

    func build(_ folder: GuideFolder) async -> CommandResult {
        await folder.run(["build", "--templates", BuildCommandTests.templates, "--base-url", "https://help.example.org/"])
    }

    func text(_ folder: GuideFolder, _ path: String) -> String? {
        manager.contents(atPath: folder.root.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func aRecordEditedOnDiskIsIgnoredAndRebuilt() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        #expect(await build(folder).status == 0)
        let cache = folder.root.appendingPathComponent(".pathguide-cache")
        let name = try #require(manager.contentsOfDirectory(atPath: cache.path).first { $0.hasPrefix("build-") })
        let file = cache.appendingPathComponent(name)
        let bytes = try #require(manager.contents(atPath: file.path))
        // The same length, so only the record's checksum can tell.
        let title = Data("How to reach Shop".utf8)
        let range = try #require(bytes.range(of: title))
        var edited = bytes
        edited.replaceSubrange(range, with: Data("How to reach EVIL".utf8))
        try edited.write(to: file)
        let index = try #require(text(folder, "output/site/en/index.html"))
        try manager.removeItem(at: folder.root.appendingPathComponent("output/site/en/index.html"))

        let result = await build(folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(text(folder, "output/site/en/index.html") == index)
        #expect(manager.contents(atPath: file.path)?.range(of: Data("EVIL".utf8)) == nil)
    }

    @Test func aCacheFolderThatIsALinkIsNeitherReadNorWritten() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let elsewhere = folder.root.appendingPathComponent("elsewhere")
        try manager.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try manager.createSymbolicLink(at: folder.root.appendingPathComponent(".pathguide-cache"), withDestinationURL: elsewhere)
        let result = await folder.run(["check"])
        #expect(result.status == 0)
        #expect(result.stderr == "pathguide: warning: cannot save the cache: .pathguide-cache is a symbolic link; pathguide does not follow links here\n")
        #expect(try manager.contentsOfDirectory(atPath: elsewhere.path) == [])
    }

    @Test func aPipeInTheCacheOrTheTemplatesNeverBlocks() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let cache = folder.root.appendingPathComponent(".pathguide-cache")
        try manager.createDirectory(at: cache, withIntermediateDirectories: true)
        #expect(await folder.run(["check"]).status == 0)
        let name = "check"
        try manager.removeItem(at: cache.appendingPathComponent(name))
        #expect(mkfifo(cache.appendingPathComponent(name).path, 0o644) == 0)
        let check = await folder.run(["check"])
        #expect(check.status == 0)
        #expect(check.stderr == "pathguide: warning: cannot save the cache: .pathguide-cache/\(name) is a named pipe (FIFO), not a regular file\n")

        let templates = folder.root.appendingPathComponent("templates")
        try manager.copyItem(atPath: BuildCommandTests.templates, toPath: templates.path)
        #expect(mkfifo(templates.appendingPathComponent("notes.txt").path, 0o644) == 0)
        let built = await folder.run(["build", "--templates", "templates", "--base-url", "https://help.example.org/"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(mkfifo(templates.appendingPathComponent("extra.mustache").path, 0o644) == 0)
        let refused = await folder.run(["build", "--templates", "templates", "--base-url", "https://help.example.org/"])
        #expect(refused.status == 2)
        #expect(refused.stderr == "pathguide: error: read templates: templates/extra.mustache: error: cannot read this template: templates/extra.mustache is a named pipe (FIFO), not a regular file\n")
    }
}

/// Two runs saving one cache: the second finds the folder locked and leaves the saving to the
/// first, so neither replaces a file the other is writing.
@Suite(.serialized) struct CacheLockTests {
    @Test func aRunThatFindsTheCacheLockedDoesNotSave() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        #expect(await folder.run(["check"]).status == 0)
        let cache = folder.root.appendingPathComponent(".pathguide-cache")
        let record = cache.appendingPathComponent("check")
        let saved = try #require(FileManager.default.contents(atPath: record.path))
        // Another run holds the cache folder's lock while the guide changes.
        let holder = open(cache.path, O_RDONLY | O_DIRECTORY)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX | LOCK_NB) == 0)
        try brokenGuide.write(to: folder.root.appendingPathComponent("guides/shop.yaml"), atomically: true, encoding: .utf8)
        let locked = await folder.run(["check"])
        #expect(locked.status == 1)
        #expect(locked.stderr == "")
        #expect(FileManager.default.contents(atPath: record.path) == saved)
        // Once it is free, the next run saves again.
        #expect(flock(holder, LOCK_UN) == 0)
        #expect(await folder.run(["check"]).status == 1)
        #expect(FileManager.default.contents(atPath: record.path) != saved)
    }
}
