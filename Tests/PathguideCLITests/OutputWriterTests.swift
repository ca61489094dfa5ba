import Foundation
@testable import PathguideBuild
@testable import PathguideCLI
import Testing

@Suite(.serialized) struct OutputWriterTests {
    let base: URL

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    }

    func writer() throws -> OutputWriter {
        try OutputWriter(output: base.appendingPathComponent("output").path, inputs: [base.appendingPathComponent("guides").path], workspace: .current)
    }

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: base.appendingPathComponent("output/\(path)").path).map { String(decoding: $0, as: UTF8.self) }
    }

    func files(_ pairs: [String: String]) -> [String: [UInt8]] { pairs.mapValues { Array($0.utf8) } }

    /// Every file under output/, relative, sorted.
    func listing() -> [String] {
        let root = base.appendingPathComponent("output").path
        let all = FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []
        return all.filter { path in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted()
    }

    @Test func firstBuildWritesFilesAndManifest() throws {
        let summary = try writer().write(files(["site/index.html": "a", "markdown/en/x.md": "b"]))
        #expect(summary == OutputWriter.Summary(written: 2, unchanged: 0, removed: 0))
        #expect(listing() == [".pathguide-manifest", "markdown/en/x.md", "site/index.html"])
        #expect(read(".pathguide-manifest") == "# Files written by `pathguide build`. A build removes only files listed here.\nmarkdown/en/x.md\nsite/index.html\n")
    }

    @Test func unchangedFilesAreNotRewritten() throws {
        _ = try writer().write(files(["a.md": "same", "b.md": "old"]))
        let url = base.appendingPathComponent("output/a.md")
        let before = try url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate
        Thread.sleep(forTimeInterval: 0.05)
        let summary = try writer().write(files(["a.md": "same", "b.md": "new"]))
        #expect(summary == OutputWriter.Summary(written: 1, unchanged: 1, removed: 0))
        #expect(try url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate == before)
        #expect(read("b.md") == "new")
    }

    @Test func removesOnlyWhatAnEarlierBuildWrote() throws {
        _ = try writer().write(files(["site/en/old/index.html": "old", "site/index.html": "i"]))
        try "mine".write(to: base.appendingPathComponent("output/site/notes.txt"), atomically: true, encoding: .utf8)
        let summary = try writer().write(files(["site/index.html": "i"]))
        #expect(summary.removed == 1)
        #expect(listing() == [".pathguide-manifest", "site/index.html", "site/notes.txt"])
        #expect(read("site/notes.txt") == "mine")
        // The folders the removed page left empty are gone too.
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("output/site/en").path))
    }

    @Test func neverOverwritesAFileItDidNotWrite() throws {
        try FileManager.default.createDirectory(at: base.appendingPathComponent("output/site"), withIntermediateDirectories: true)
        try "hand-made".write(to: base.appendingPathComponent("output/site/index.html"), atomically: true, encoding: .utf8)
        #expect(throws: ToolFailure.self) { try writer().write(files(["site/index.html": "generated", "site/a.html": "a"])) }
        #expect(read("site/index.html") == "hand-made")
        #expect(listing() == ["site/index.html"])
    }

    @Test func aFailedBuildLeavesThePreviousOutputIntact() throws {
        _ = try writer().write(files(["site/index.html": "v1", "site/a.html": "a1"]))
        // "site/a.html" cannot be a file and a folder at once: staging fails part-way.
        #expect(throws: ToolFailure.self) {
            try writer().write(files(["site/index.html": "v2", "site/a.html": "a2", "site/a.html/b.html": "b"]))
        }
        #expect(read("site/index.html") == "v1")
        #expect(read("site/a.html") == "a1")
        #expect(listing() == [".pathguide-manifest", "site/a.html", "site/index.html"])
    }

    /// A full disk (or any failure) while the new manifest is written, the last thing written
    /// before the switch: the previous output and its manifest stay exactly as they were.
    @Test func aFailureWritingTheManifestLeavesTheOutputAndManifestAsTheyWere() throws {
        _ = try writer().write(files(["site/index.html": "v1", "site/old.html": "old"]))
        let manifest = read(".pathguide-manifest")
        let session = try writer().begin()
        try session.stage("site/index.html", Array("v2".utf8))
        try session.stage("site/new.html", Array("new".utf8))
        // Something already where the staged manifest goes: writing it fails.
        let staging = base.appendingPathComponent("output/.pathguide-staging-\(getpid())")
        try FileManager.default.createDirectory(at: staging.appendingPathComponent(".pathguide-manifest"), withIntermediateDirectories: true)
        #expect(throws: ToolFailure(message: "cannot write into \(base.path)/output: \(base.path)/output/.pathguide-staging-\(getpid())/.pathguide-manifest File exists; the previous output is as it was")) {
            try session.commit()
        }
        #expect(read("site/index.html") == "v1")
        #expect(read(".pathguide-manifest") == manifest)
        #expect(listing() == [".pathguide-manifest", "site/index.html", "site/old.html"])
    }

    @Test func refusesDangerousFolders() throws {
        for output in ["/", NSHomeDirectory(), FileManager.default.currentDirectoryPath, ".", ".."] {
            #expect(throws: ToolFailure.self, "\(output)") { try OutputWriter(output: output, inputs: [], workspace: .current) }
        }
        let guides = base.appendingPathComponent("project/guides").path
        #expect(throws: ToolFailure.self) { try OutputWriter(output: base.appendingPathComponent("project").path, inputs: [guides], workspace: .current) }
        #expect(throws: ToolFailure.self) { try OutputWriter(output: guides, inputs: [guides], workspace: .current) }
        _ = try OutputWriter(output: base.appendingPathComponent("project/output").path, inputs: [guides], workspace: .current)
    }

    @Test func generatedPathsCannotEscape() {
        #expect(OutputPath.isSafe("site/en/index.html"))
        for bad in ["", "/etc/passwd", "../x", "site/../../x", "site//x", ".hidden/x", "site/.", "site/x\ny", "site/\u{7F}"] {
            #expect(!OutputPath.isSafe(bad), "\(bad)")
        }
    }
}
