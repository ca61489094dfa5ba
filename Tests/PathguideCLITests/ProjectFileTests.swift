import Foundation
@testable import PathguideBuild
@testable import PathguideCLI
import Testing

/// `pathguide.yaml`: found by walking up from the working folder, read with positions, and
/// overridden by flags.
@Suite(.serialized) struct ProjectFileTests {
    let manager = FileManager.default

    /// A project in a fresh folder: `pathguide.yaml` with `settings`, the clean guide in
    /// `content/`, and an empty `work/sub` folder to run commands from.
    func project(_ settings: String, guides: String = "content") throws -> GuideFolder {
        let folder = try GuideFolder([:])
        try manager.removeItem(at: folder.root.appendingPathComponent("guides"))
        try manager.createDirectory(at: folder.root.appendingPathComponent(guides), withIntermediateDirectories: true)
        try cleanGuide.write(to: folder.root.appendingPathComponent("\(guides)/shop.yaml"), atomically: true, encoding: .utf8)
        try manager.createDirectory(at: folder.root.appendingPathComponent("work/sub"), withIntermediateDirectories: true)
        try settings.write(to: folder.root.appendingPathComponent("pathguide.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    func run(_ folder: GuideFolder, in sub: String = "work/sub", _ arguments: [String]) async -> CommandResult {
        let dated = ["check", "build"].contains(arguments.first ?? "") ? arguments + ["--today", "2026-11-24"] : arguments
        return await Pathguide.run(dated, workingDirectory: folder.root.appendingPathComponent(sub))
    }

    @Test func commandsInASubfolderUseTheProjectsSettings() async throws {
        let folder = try project("""
            guides: content
            output: public
            templates: \(BuildCommandTests.templates)
            base-url: https://help.example.org/
            max-age: 2

            """)
        let check = await run(folder, ["check", "--no-cache"])
        #expect(check.status == 0)
        // Verified four days before --today: stale at a max-age of 2.
        #expect(check.stdout.hasPrefix("../../content/shop.yaml:"))
        #expect(check.stdout.contains("[stale-verification]"))
        let build = await run(folder, ["build", "--no-cache"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr == "")
        #expect(build.stdout.hasSuffix("wrote ../../public/: 17 files, 17 changed, 0 removed\n"))
        let sheet = try String(contentsOf: folder.root.appendingPathComponent("public/site/en/shop/sheet/index.html"), encoding: .utf8)
        #expect(sheet.contains("https://help.example.org/en/shop/"))
        let links = await run(folder, ["links"])
        #expect(links.status == 0, "\(links.stdout)")
        #expect(links.stdout == "no problems in 13 files\n")
    }

    @Test func flagsOverrideTheProjectFile() async throws {
        let folder = try project("guides: content\noutput: public\nbase-url: https://help.example.org/\n")
        let build = await run(folder, ["build", "--no-cache", "--templates", BuildCommandTests.templates, "--output", "here", "--base-url", "https://other.example/"])
        #expect(build.status == 0, "\(build.stderr)")
        let sheet = try String(contentsOf: folder.root.appendingPathComponent("work/sub/here/site/en/shop/sheet/index.html"), encoding: .utf8)
        #expect(sheet.contains("https://other.example/en/shop/"))
        #expect(!manager.fileExists(atPath: folder.root.appendingPathComponent("public").path))
    }

    @Test func onlyTheProjectsLanguagesAreBuilt() async throws {
        let folder = try project("guides: content\nlanguages: [en]\nbase-url: https://help.example.org/\ntemplates: \(BuildCommandTests.templates)\n")
        let build = await run(folder, in: ".", ["build", "--no-cache"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(manager.fileExists(atPath: folder.root.appendingPathComponent("output/markdown/en/shop.md").path))
        #expect(!manager.fileExists(atPath: folder.root.appendingPathComponent("output/markdown/zh").path))
    }

    @Test func aMistakeInTheProjectFileIsReportedWhereItIs() async throws {
        let folder = try project("guides: content\nouput: public\nbase-url: ftp://x/\nmax-age: -3\n")
        let result = await run(folder, ["build"])
        #expect(result.status == 1)
        #expect(result.stdout == """
            ../../pathguide.yaml:2:1: error: unknown key 'ouput' in the project file; did you mean 'output'? [unknown-key]
                2 | ouput: public
                  | ^
            ../../pathguide.yaml:3:11: error: 'base-url' must be an http or https address such as https://help.example.org/, not 'ftp://x/' [invalid-value]
                3 | base-url: ftp://x/
                  |           ^
            ../../pathguide.yaml:4:10: error: 'max-age' must be 0 or more, not -3 [invalid-value]
                4 | max-age: -3
                  |          ^
            3 errors in 1 file

            """)
        #expect(result.stderr == "pathguide: stopped: the project file has errors\n")
        #expect(!manager.fileExists(atPath: folder.root.appendingPathComponent("output").path))
    }

    @Test func withoutABaseURLTheBuildWarnsThatTheQRCodesPointHere() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let result = await folder.run(["build", "--templates", BuildCommandTests.templates, "--no-cache"])
        #expect(result.status == 0)
        #expect(result.stderr == "pathguide: warning: the base URL is http://localhost:8000/, so the printed sheets' QR codes point at this computer; set base-url in pathguide.yaml or pass --base-url\n")
    }

    @Test func anEmptyProjectFileMeansEveryDefault() async throws {
        let folder = try project("# nothing set yet\n", guides: "guides")
        let check = await run(folder, in: ".", ["check", "--no-cache"])
        #expect(check.stdout == "no problems in 1 file\n")
    }

    @Test func pathsAreShownFromTheWorkingFolderWhateverItsSpelling() {
        #expect(Project.display("/tmp/repo/theme", from: "/tmp/project/.") == "../repo/theme")
        #expect(Project.display("/tmp/project/guides", from: "/tmp/project/sub/..") == "guides")
        #expect(Project.display("/tmp/project", from: "/tmp/project/") == ".")
        #expect(Project.display("/srv/a/b/c/d/e", from: "/home/user/x/y/z") == "/srv/a/b/c/d/e")
    }
}
