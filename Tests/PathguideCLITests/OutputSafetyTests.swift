import Foundation
@testable import PathguideBuild
@testable import PathguideCLI
import Testing

/// The output folder is untrusted (it is committed, so a pull request controls it): a build
/// never writes, replaces or removes anything through a link, never opens a pipe, never takes
/// over a file it did not write, and never trusts its manifest to name another file.
@Suite(.serialized) struct OutputSafetyTests {
    let manager = FileManager.default

    func build(_ folder: GuideFolder, _ extra: [String] = []) async -> CommandResult {
        await folder.run(["build", "--templates", BuildCommandTests.templates, "--base-url", "https://help.example.org/", "--no-cache"] + extra)
    }

    func text(_ url: URL) -> String? {
        manager.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A folder outside the project, with files a build must never touch.
    func victim(in folder: GuideFolder) throws -> URL {
        let victim = folder.root.deletingLastPathComponent().appendingPathComponent("victim-\(UUID().uuidString)")
        try manager.createDirectory(at: victim.appendingPathComponent("dir"), withIntermediateDirectories: true)
        try manager.createDirectory(at: victim.appendingPathComponent("etc"), withIntermediateDirectories: true)
        try "victim's page".write(to: victim.appendingPathComponent("dir/index.html"), atomically: true, encoding: .utf8)
        try "root:x:0:0".write(to: victim.appendingPathComponent("etc/passwd"), atomically: true, encoding: .utf8)
        return victim
    }

    @Test func aLinkedPageFolderIsNeverWrittenThrough() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let victim = try self.victim(in: folder)
        defer { try? manager.removeItem(at: victim) }
        #expect(await build(folder).status == 0)
        let page = folder.root.appendingPathComponent("output/site/en/shop")
        try manager.removeItem(at: page)
        try manager.createSymbolicLink(at: page, withDestinationURL: victim.appendingPathComponent("dir"))
        let result = await build(folder)
        #expect(result.status == 2)
        #expect(result.stderr == "pathguide: error: refusing to write output/site/en/shop/index.html: output/site/en/shop is a symbolic link; pathguide does not follow links here; remove it and build again\n")
        #expect(text(victim.appendingPathComponent("dir/index.html")) == "victim's page")
        #expect(try manager.contentsOfDirectory(atPath: victim.appendingPathComponent("dir").path) == ["index.html"])
    }

    @Test func aManifestEntryBehindALinkIsNeverRemoved() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let victim = try self.victim(in: folder)
        defer { try? manager.removeItem(at: victim) }
        #expect(await build(folder).status == 0)
        let output = folder.root.appendingPathComponent("output")
        try manager.createSymbolicLink(at: output.appendingPathComponent("site/x"), withDestinationURL: victim.appendingPathComponent("etc"))
        let manifest = output.appendingPathComponent(".pathguide-manifest")
        let listed = try #require(text(manifest))
        try (listed + "site/x/passwd\n").write(to: manifest, atomically: true, encoding: .utf8)
        let result = await build(folder)
        #expect(result.status == 2)
        #expect(result.stderr == "pathguide: error: cannot write into output: output/site/x is a symbolic link; pathguide does not follow links here; the previous output is as it was\n")
        #expect(text(victim.appendingPathComponent("etc/passwd")) == "root:x:0:0")
        #expect(text(manifest) == listed + "site/x/passwd\n")
    }

    @Test(arguments: [
        ("../victim/passwd", 3), ("/etc/passwd", 3), ("site/../../x", 3), (".pathguide-staging-1/x", 3), ("site//x", 3),
    ])
    func aManifestLineOutsideTheOutputStopsTheBuildWithNothingTouched(line: String, number: Int) async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let output = folder.root.appendingPathComponent("output")
        try manager.createDirectory(at: output, withIntermediateDirectories: true)
        try "# a manifest\nsite/index.html\n\(line)\n".write(to: output.appendingPathComponent(".pathguide-manifest"), atomically: true, encoding: .utf8)
        let result = await build(folder)
        #expect(result.status == 2)
        #expect(result.stderr == "pathguide: error: output/.pathguide-manifest:\(number): '\(line)' is not a file a build writes (an absolute path, '..', or a hidden or empty part); the manifest was changed by hand, so nothing was touched: restore it from the last build, or remove the line, and build again\n")
        #expect(try manager.contentsOfDirectory(atPath: output.path) == [".pathguide-manifest"])
    }

    @Test func anOutputFolderThatIsALinkIsRefused() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let victim = try self.victim(in: folder)
        defer { try? manager.removeItem(at: victim) }
        try manager.createSymbolicLink(at: folder.root.appendingPathComponent("output"), withDestinationURL: victim.appendingPathComponent("dir"))
        let result = await build(folder)
        #expect(result.status == 2)
        #expect(result.stderr == "pathguide: error: refusing to write into output: it is a symbolic link, and pathguide writes only into a real folder; name the folder it points to instead\n")
        #expect(try manager.contentsOfDirectory(atPath: victim.appendingPathComponent("dir").path) == ["index.html"])
    }

    @Test(arguments: [
        ("/etc", "it is a system folder (inside /etc)"), ("/usr/local/share/site", "it is a system folder (inside /usr)"),
        ("/home", "it is a top-level system folder"), ("/tmp", "it is a top-level system folder"),
        ("/var/lib/site", "it is a system folder (inside /var/lib)"), ("/home/someone", "it is a home folder"),
        ("/", "it is the root of the file system"),
    ])
    func systemFoldersAreRefused(output: String, why: String) async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let result = await build(folder, ["--output", output])
        #expect(result.status == 2)
        #expect(result.stderr == "pathguide: error: refusing to write into \(output): \(why); choose a folder of its own, such as output/\n")
    }

    @Test func namedPipesInTheOutputAreRefusedWithoutWaiting() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let output = folder.root.appendingPathComponent("output")
        try manager.createDirectory(at: output.appendingPathComponent("site/en/shop"), withIntermediateDirectories: true)
        #expect(mkfifo(output.appendingPathComponent(".pathguide-manifest").path, 0o644) == 0)
        let manifest = await build(folder)
        #expect(manifest.status == 2)
        #expect(manifest.stderr == "pathguide: error: output/.pathguide-manifest is a named pipe (FIFO), not a regular file; it should be the list of files pathguide wrote: remove it, and the files it would have listed, and build again\n")
        try manager.removeItem(at: output.appendingPathComponent(".pathguide-manifest"))
        #expect(mkfifo(output.appendingPathComponent("site/en/shop/index.html").path, 0o644) == 0)
        let page = await build(folder)
        #expect(page.status == 2)
        #expect(page.stderr == "pathguide: error: refusing to write output/site/en/shop/index.html: output/site/en/shop/index.html is a named pipe (FIFO), not a regular file; remove it and build again\n")
    }

    @Test func aFileTheBuildDidNotWriteIsNeverAdopted() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        #expect(await build(folder).status == 0)
        let output = folder.root.appendingPathComponent("output")
        let page = output.appendingPathComponent("site/en/shop/index.html")
        let bytes = try #require(manager.contents(atPath: page.path))
        // The same bytes as the build makes, but written by someone else: the manifest lost it.
        let manifest = output.appendingPathComponent(".pathguide-manifest")
        let listed = try #require(text(manifest))
        try listed.replacingOccurrences(of: "site/en/shop/index.html\n", with: "").write(to: manifest, atomically: true, encoding: .utf8)
        let result = await build(folder)
        #expect(result.status == 2)
        #expect(result.stderr == "pathguide: error: refusing to overwrite output/site/en/shop/index.html, which pathguide did not write; move it away and build again\n")
        #expect(manager.contents(atPath: page.path) == bytes)
        #expect(text(manifest)?.contains("site/en/shop/index.html") == false)
    }
}
