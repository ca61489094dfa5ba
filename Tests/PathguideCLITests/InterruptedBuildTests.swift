import Foundation
@testable import PathguideBuild
@testable import PathguideCLI
import PathguideTestSupport
import Testing

/// A real `pathguide build` process, killed while it moves files into place, and a second
/// build started while the first holds the output folder.
@Suite(.serialized) struct InterruptedBuildTests {
    let manager = FileManager.default

    /// The executable SwiftPM built beside this test bundle.
    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("pathguide")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/pathguide")
    }

    static func arguments(output: String = "output") -> [String] {
        ["build", "--templates", BuildCommandTests.templates, "--base-url", "https://help.example.org/", "--no-cache",
         "--output", output, "--today", "2026-11-24", "--jobs", "2"]
    }

    /// Starts a build in `folder` that pauses after moving `moves` files, and returns once it
    /// has paused there.
    func startPausedBuild(in folder: GuideFolder, after moves: Int) throws -> Process {
        try Self.startPaused(Self.arguments(), in: folder, setting: SwitchPause.variable, to: String(moves),
                             until: "pathguide: paused after \(moves) moves\n")
    }

    /// Starts `pathguide` with `arguments` in `folder` and `variable` set in its environment, and
    /// returns once it has said `line` on standard error: it has paused where the variable says.
    static func startPaused(_ arguments: [String], in folder: GuideFolder, setting variable: String, to value: String,
                            until line: String) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder.root
        var environment = ProcessInfo.processInfo.environment
        environment[variable] = value
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = Data()
        let expected = Data(line.utf8)
        while !said.starts(with: expected) {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += chunk
        }
        #expect(String(decoding: said, as: UTF8.self) == line)
        return process
    }

    /// Every file under `root`, relative, with its bytes.
    func contents(_ root: URL) -> [String: Data] { FolderListing.contents(under: root) }

    func write(_ folder: GuideFolder, _ name: String, _ text: String?) throws {
        let url = folder.root.appendingPathComponent("guides/\(name)")
        if let text { try text.write(to: url, atomically: true, encoding: .utf8) } else { try manager.removeItem(at: url) }
    }

    @Test func aBuildKilledWhileMovingFilesIsFinishedByTheNext() async throws {
        let other = cleanGuide.replacingOccurrences(of: "id: shop", with: "id: other")
        let folder = try GuideFolder(["shop.yaml": cleanGuide, "other.yaml": other])
        let first = await folder.run(Self.arguments())
        #expect(first.status == 0, "\(first.stderr)")

        // The second build changes one guide's pages, drops another guide and adds a third.
        try write(folder, "shop.yaml", cleanGuide.replacingOccurrences(of: "en: Agent}", with: "en: Human agent}"))
        try write(folder, "other.yaml", nil)
        try write(folder, "third.yaml", cleanGuide.replacingOccurrences(of: "id: shop", with: "id: third"))
        let paused = try startPausedBuild(in: folder, after: 2)

        // While it holds the output folder, another build stops at once and names it.
        let second = await folder.run(Self.arguments())
        #expect(second.status == 2)
        #expect(second.stderr == "pathguide: error: another pathguide build (process \(paused.processIdentifier)) is writing into output; try again when it has finished\n")

        kill(paused.processIdentifier, SIGKILL)
        paused.waitUntilExit()
        let output = folder.root.appendingPathComponent("output")
        #expect(manager.fileExists(atPath: output.appendingPathComponent(".pathguide-journal").path))

        // The guides change again before anyone builds: the next build finishes the switch,
        // then builds the new guides, and ends exactly where a fresh build would.
        try write(folder, "third.yaml", cleanGuide.replacingOccurrences(of: "id: shop", with: "id: third").replacingOccurrences(of: "en: Agent}", with: "en: Person}"))
        let resumed = await folder.run(Self.arguments())
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let fresh = await folder.run(Self.arguments(output: "fresh"))
        #expect(fresh.status == 0, "\(fresh.stderr)")
        let finished = contents(output)
        #expect(finished.keys.sorted() == contents(folder.root.appendingPathComponent("fresh")).keys.sorted())
        #expect(finished == contents(folder.root.appendingPathComponent("fresh")))
        #expect(finished.keys.contains { $0.contains("other") } == false)
        #expect(finished.keys.contains { $0.hasPrefix(".pathguide-staging") || $0 == ".pathguide-journal" } == false)
    }

    @Test func aBuildKilledBeforeItsSwitchLeavesThePreviousOutput() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        #expect(await folder.run(Self.arguments()).status == 0)
        let output = folder.root.appendingPathComponent("output")
        let before = contents(output)
        try write(folder, "shop.yaml", cleanGuide.replacingOccurrences(of: "en: Agent}", with: "en: Human agent}"))
        // Paused before its first move: everything is staged, the journal is written.
        let paused = try startPausedBuild(in: folder, after: 0)
        kill(paused.processIdentifier, SIGKILL)
        paused.waitUntilExit()
        // Until the next build, readers see the previous output, whole.
        #expect(contents(output).filter { !$0.key.hasPrefix(".pathguide-") } == before.filter { !$0.key.hasPrefix(".pathguide-") })
        #expect(await folder.run(Self.arguments()).status == 0)
        #expect(contents(output)[".pathguide-journal"] == nil)
    }
}
