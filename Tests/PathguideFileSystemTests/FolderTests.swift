import Foundation
@testable import PathguideFileSystem
import Testing

@Suite struct FolderTests {
    let manager = FileManager.default

    @Test func readsARegularFileAndRefusesEverythingElseByName() throws {
        let dir = try TemporaryFolder()
        try dir.write("a.txt", "hello")
        try dir.write("sub/b.txt", "b")
        #expect(mkfifo(dir.file("pipe"), 0o644) == 0)
        try manager.createSymbolicLink(atPath: dir.file("link"), withDestinationPath: "a.txt")
        let folder = try Folder.open(dir.path, named: "d")
        #expect(try folder.read("a.txt") == Array("hello".utf8))
        #expect(throws: FileSystemError("d/pipe", .wrongKind(.namedPipe, expected: .regular))) { try folder.read("pipe") }
        #expect(throws: FileSystemError("d/link", .symbolicLink)) { try folder.read("link") }
        #expect(throws: FileSystemError("d/sub", .wrongKind(.folder, expected: .regular))) { try folder.read("sub") }
        #expect(throws: FileSystemError("d/none", .notFound)) { try folder.read("none") }
        #expect(throws: FileSystemError("d/a.txt", .tooLarge(size: 5, limit: 4))) { try folder.read("a.txt", limit: 4) }
        #expect(throws: FileSystemError("d/link", .symbolicLink)) { try folder.subfolder("link") }
        #expect(try folder.subfolder(path: "sub").read("b.txt") == [UInt8(ascii: "b")])
    }

    @Test func aFolderThatIsALinkIsNeverOpenedThroughIt() throws {
        let dir = try TemporaryFolder()
        let elsewhere = try TemporaryFolder()
        try manager.createSymbolicLink(atPath: dir.file("out"), withDestinationPath: elsewhere.path)
        #expect(throws: FileSystemError("out", .symbolicLink)) { try Folder.open(dir.file("out"), creating: true, named: "out") }
        let root = try Folder.open(dir.path)
        #expect(throws: FileSystemError(dir.file("out"), .symbolicLink)) { try root.subfolder(path: "out/x", creating: true) }
        #expect(try manager.contentsOfDirectory(atPath: elsewhere.path) == [])
    }

    @Test func writingMakesNewFilesAndReplacesOnlyRegularOnes() throws {
        let dir = try TemporaryFolder()
        let folder = try Folder.open(dir.file("made/here"), creating: true)
        try folder.create("new.txt", Array("one".utf8))
        #expect(throws: FileSystemError.self) { try folder.create("new.txt", Array("two".utf8)) }
        try folder.replace("new.txt", Array("two".utf8))
        #expect(try folder.read("new.txt") == Array("two".utf8))
        #expect(mkfifo(dir.file("made/here/pipe"), 0o644) == 0)
        #expect(throws: FileSystemError(folder.display("pipe"), .wrongKind(.namedPipe, expected: .regular))) { try folder.replace("pipe", [1]) }
        #expect(throws: FileSystemError(folder.display("pipe"), .wrongKind(.namedPipe, expected: .regular))) { try folder.removeFile("pipe") }
        #expect(try folder.entries().map(\.name).sorted() == ["new.txt", "pipe"])
    }

    @Test func removingATreeRemovesLinksNotWhatTheyPointAt() throws {
        let dir = try TemporaryFolder()
        let victim = try TemporaryFolder()
        try victim.write("keep.txt", "keep")
        try dir.write("tree/a/b.txt", "b")
        try manager.createSymbolicLink(atPath: dir.file("tree/a/outside"), withDestinationPath: victim.path)
        try manager.createSymbolicLink(atPath: dir.file("tree/file-link"), withDestinationPath: victim.file("keep.txt"))
        try Folder.open(dir.path).removeTree("tree")
        #expect(!manager.fileExists(atPath: dir.file("tree")))
        #expect(try String(contentsOfFile: victim.file("keep.txt"), encoding: .utf8) == "keep")
    }

    @Test func aFolderIsLockedByOneHolderAtATime() throws {
        let dir = try TemporaryFolder()
        let first = try Folder.open(dir.path)
        let second = try Folder.open(dir.path)
        #expect(first.tryLock())
        #expect(!second.tryLock())
        _ = consume first
        #expect(second.tryLock())
    }

    @Test func walksWithoutFollowingLinksToFolders() throws {
        let dir = try TemporaryFolder()
        try dir.write("a.yaml", "")
        try dir.write("deep/b.yml", "")
        try dir.write(".hidden/c.yaml", "")
        try dir.write("notes.txt", "")
        try manager.createSymbolicLink(atPath: dir.file("loop"), withDestinationPath: dir.path)
        try manager.createSymbolicLink(atPath: dir.file("link.yaml"), withDestinationPath: "a.yaml")
        let entries = try FolderWalk.entries(under: Folder.open(dir.path)) { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        #expect(entries == [
            FolderWalk.Entry(relative: "a.yaml", kind: .regular),
            FolderWalk.Entry(relative: "deep/b.yml", kind: .regular),
            FolderWalk.Entry(relative: "link.yaml", kind: .symbolicLink),
        ])
    }
}

@Suite struct InputFileTests {
    let manager = FileManager.default

    @Test func linksAreFollowedOnlyToRegularFilesInsideTheFolder() throws {
        let dir = try TemporaryFolder()
        try dir.write("guides/a.yaml", "a")
        try dir.write("other.yaml", "outside")
        let guides = dir.file("guides")
        try manager.createSymbolicLink(atPath: guides + "/inside.yaml", withDestinationPath: "a.yaml")
        try manager.createSymbolicLink(atPath: guides + "/outside.yaml", withDestinationPath: "../other.yaml")
        try manager.createSymbolicLink(atPath: guides + "/env.yaml", withDestinationPath: "/proc/self/environ")
        try manager.createSymbolicLink(atPath: guides + "/loop.yaml", withDestinationPath: "loop.yaml")
        func read(_ name: String) throws(FileSystemError) -> [UInt8] {
            try InputFile.read(guides + "/" + name, display: "guides/" + name, within: guides, rootDisplay: "guides", limit: 100)
        }
        #expect(try read("inside.yaml") == [UInt8(ascii: "a")])
        #expect(throws: FileSystemError("guides/outside.yaml", .linkLeavesFolder("guides"))) { try read("outside.yaml") }
        #expect(throws: FileSystemError("guides/env.yaml", .linkLeavesFolder("guides"))) { try read("env.yaml") }
        #expect(throws: FileSystemError("guides/loop.yaml", .brokenLink)) { try read("loop.yaml") }
    }

    @Test func kernelFilesAreRefusedEvenWhenNamedDirectly() throws {
        #expect(throws: FileSystemError("/proc/self/environ", .pseudoFile)) {
            try InputFile.read("/proc/self/environ", display: "/proc/self/environ", within: "/proc/self", limit: 1 << 20)
        }
        #expect(throws: FileSystemError("/dev/zero", .wrongKind(.characterDevice, expected: .regular))) {
            try InputFile.read("/dev/zero", display: "/dev/zero", within: "/dev", limit: 1 << 20)
        }
    }
}
