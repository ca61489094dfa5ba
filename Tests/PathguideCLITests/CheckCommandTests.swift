import Foundation
@testable import PathguideBuild
@testable import PathguideCLI
import PathguideCheck
import PathguideCore
import Testing

/// A complete, clean guide: every rule passes on it.
let cleanGuide = """
    # yaml-language-server: $schema=../schema/guide.schema.json
    format: 1
    languages: [zh, en]
    platform:
      id: shop
      name: {zh: 商城, en: Shop}
      ui-languages: [zh]
      verified: {date: "2026-11-20"}
    sources:
      - id: s1
        file: a.txt
        title: {zh: 文章, en: Article}
    surfaces:
      - id: app
        kind: mobile-app
        name: {zh: 应用, en: App}
        start: home
        source: s1
    screens:
      - id: home
        name: {zh: 首页, en: Home}
        source: s1
        actions:
          - verb: tap
            label: 客服
            gloss: {en: Support}
            position: bottom-right
            to: bot
            source: s1
    channels:
      - id: bot
        kind: smart-assistant
        name: {zh: 智能客服, en: Assistant}
        operated-by: platform
        source: s1
        escalations:
          - verb: type
            label: 转人工
            gloss: {en: transfer to a person}
            to: agent
            source: s1
      - id: agent
        kind: human-agent
        name: {zh: 人工客服, en: Agent}
        operated-by: platform
        source: s1
        hours:
          schedule: always
          source: s1

    """

extension Workspace {
    /// The process's current folder, for tests that name absolute paths.
    static var current: Workspace { Workspace(folder: FileManager.default.currentDirectoryPath) }
}

/// A folder of guides in a fresh temporary directory, removed when the test ends.
final class GuideFolder {
    let root: URL

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("guides"), withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: root.appendingPathComponent("guides/\(name)"), atomically: true, encoding: .utf8)
        }
    }

    /// Runs `pathguide` with paths relative to the folder, as a user in it would.
    /// `check` and `build` run on a fixed day, so verified dates never go stale under a test.
    func run(_ arguments: [String]) async -> CommandResult {
        let dated = ["check", "build"].contains(arguments.first ?? "") ? arguments + ["--today", "2026-11-24"] : arguments
        return await Pathguide.run(dated, workingDirectory: root)
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}

/// The clean guide with one channel's target misspelt, for a guaranteed error at 28:13.
let brokenGuide = cleanGuide.replacingOccurrences(of: "        to: bot\n", with: "        to: bto\n")

@Suite(.serialized) struct CheckCommandTests {
    @Test func cleanGuidesExitZero() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let result = await folder.run(["check"])
        #expect(result.status == 0)
        #expect(result.stdout == "no problems in 1 file\n")
        #expect(result.stderr == "")
    }

    @Test func findingsExitOneInTextFormat() async throws {
        let folder = try GuideFolder(["shop.yaml": brokenGuide])
        let result = await folder.run(["check", "guides"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("""
            guides/shop.yaml:28:13: error: 'to' names 'bto', which is not a screen or channel; did you mean 'bot'? [dangling-reference]
               28 |         to: bto
                  |             ^

            """))
        #expect(result.stdout.hasSuffix(" in 1 file\n"))
    }

    @Test func warningsPassUnlessStrict() async throws {
        let stale = cleanGuide.replacingOccurrences(of: "2026-11-20", with: "2024-01-02")
        let folder = try GuideFolder(["shop.yaml": stale])
        let relaxed = await folder.run(["check"])
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.contains("warning: last verified 2024-01-02"))
        #expect(relaxed.stdout.hasSuffix("1 warning in 1 file\n"))
        #expect(await folder.run(["check", "--strict"]).status == 1)
        #expect(await folder.run(["check", "--max-age", "1000"]).status == 0)
    }

    @Test func syntaxErrorIsAFindingNotAFailureToRun() async throws {
        let folder = try GuideFolder(["shop.yaml": "format: 1\nlanguages: [zh\n"])
        let result = await folder.run(["check"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[yaml-syntax]"))
    }

    @Test func foldersAreSearchedForGuidesSkippingHiddenOnes() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let guides = folder.root.appendingPathComponent("guides")
        for folderName in ["more/deeper", ".github/workflows"] {
            try FileManager.default.createDirectory(at: guides.appendingPathComponent(folderName), withIntermediateDirectories: true)
        }
        let other = cleanGuide.replacingOccurrences(of: "id: shop", with: "id: other")
        try other.write(to: guides.appendingPathComponent("more/deeper/other.YML"), atomically: true, encoding: .utf8)
        // Not guides: a workflow in a hidden folder, a hidden file, another extension.
        for name in [".github/workflows/ci.yml", ".draft.yaml", "notes.txt"] {
            try "on: push\n".write(to: guides.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let result = await folder.run(["check", "guides/", "guides/shop.yaml"])
        #expect(result.stdout == "no problems in 2 files\n")
        #expect(try GuideFiles.collect([guides.path + "/", guides.appendingPathComponent("shop.yaml").path], in: .current).map(\.display) == [
            guides.path + "/more/deeper/other.YML", guides.path + "/shop.yaml",
        ])
        let empty = folder.root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(await folder.run(["check", "empty"]).stderr == "pathguide: error: no guide files (*.yaml, *.yml) in empty\n")
    }

    @Test func missingPathExitsTwo() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let result = await folder.run(["check", "nowhere"])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "pathguide: error: no such file or directory: nowhere\n")
    }

    @Test func badArgumentsExitTwo() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        #expect(await folder.run(["check", "--format", "xml"]).status == 2)
        #expect(await folder.run(["check", "--no-such-flag"]).status == 2)
        // Not through `folder.run`, which adds a valid --today of its own.
        let badDate = await Pathguide.run(["check", "--today", "yesterday", folder.root.path])
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("--today must be a date written YYYY-MM-DD, not 'yesterday'"))
    }

    @Test func helpAndVersionExitZero() async {
        let help = await Pathguide.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--format"))
        #expect(await Pathguide.run(["--version"]).stdout == "\(Pathguide.version)\n")
    }

    @Test func githubFormat() async throws {
        let folder = try GuideFolder(["shop.yaml": brokenGuide])
        let result = await folder.run(["check", "--format", "github"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "::error file=guides/shop.yaml,line=28,col=13,title=dangling-reference::'to' names 'bto', which is not a screen or channel; did you mean 'bot'?")
        #expect(lines.last?.hasPrefix("pathguide: ") == true)
    }

    @Test func jsonFormat() async throws {
        let folder = try GuideFolder(["shop.yaml": brokenGuide])
        let result = await folder.run(["check", "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let first = try #require((json["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["ruleId"] as? String == "dangling-reference")
        #expect(first["file"] as? String == "guides/shop.yaml")
        #expect(first["line"] as? Int == 28)
        #expect(first["column"] as? Int == 13)
        #expect((json["summary"] as? [String: Any])?["files"] as? Int == 1)
    }

    @Test func junitFormat() async throws {
        let folder = try GuideFolder(["shop.yaml": brokenGuide, "other.yaml": cleanGuide.replacingOccurrences(of: "id: shop", with: "id: other")])
        let result = await folder.run(["check", "--format", "junit"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"pathguide\" tests=\"2\" failures=\"1\""))
        #expect(result.stdout.contains("<testcase classname=\"guides/other_yaml\" name=\"guides/other.yaml\"/>"))
        #expect(result.stdout.contains("type=\"dangling-reference\""))
    }

    @Test func sarifFormat() async throws {
        let folder = try GuideFolder(["shop.yaml": brokenGuide])
        let result = await folder.run(["check", "--format", "sarif"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? String == "2.1.0")
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "unreachable-channel" })
        #expect(rules.contains { $0["id"] as? String == "yaml-syntax" })
        let result0 = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(result0["ruleId"] as? String == "dangling-reference")
        let region = ((((result0["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])?["region"]) as? [String: Any]
        #expect(region?["startLine"] as? Int == 28)
        #expect(region?["startColumn"] as? Int == 13)
    }

    @Test func duplicatePlatformAcrossFiles() async throws {
        let folder = try GuideFolder(["a.yaml": cleanGuide, "b.yaml": cleanGuide])
        let result = await folder.run(["check"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("guides/b.yaml:5:7: error: platform id 'shop' is already used by another guide [duplicate-id]"))
    }

    @Test func reportIsTheSameWhateverTheJobCount() async throws {
        var files: [String: String] = [:]
        for i in 0..<12 {
            // Every third guide is broken, so the report has findings from several files.
            let text = (i % 3 == 0 ? brokenGuide : cleanGuide).replacingOccurrences(of: "  id: shop\n", with: "  id: shop-\(i)\n")
            files["g\(i).yaml"] = text
        }
        let folder = try GuideFolder(files)
        let context = CheckContext(today: LocalDate(year: 2026, month: 11, day: 24))
        let reports = [1, 2, 5].map { jobs in
            var check = GuideCheck(paths: [folder.root.path + "/guides"], context: context, workspace: .current)
            check.jobs = jobs
            return (try? check.run().report(format: .json, color: false)) ?? ""
        }
        // Four broken guides, one error each: the dangling `to` (which is why `bot` and `agent`
        // are cut off; that is not reported again).
        #expect(reports[0].contains("\"errors\" : 4"))
        #expect(reports[1] == reports[0])
        #expect(reports[2] == reports[0])
    }

    @Test func sourceDateEpochFixesToday() async throws {
        #expect(try Today.resolve(environment: ["SOURCE_DATE_EPOCH": "1764028800"]).description == "2025-11-25")
        #expect(throws: (any Error).self) { try Today.resolve(environment: ["SOURCE_DATE_EPOCH": "soon"]) }
    }
}

/// Under --strict, every report says the run failed, as the exit status does.
@Suite struct StrictReportTests {
    @Test(arguments: [
        ("junit", #"failures="1""#),
        ("json", #""reason" : "warnings count as failures (--strict)""#),
        ("text", "1 warning in 1 file (--strict: warnings are failures)\n"),
    ])
    func warningsFailEveryReportUnderStrict(format: String, expected: String) async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        // Verified four days before --today: stale at a max-age of 1, a warning.
        let result = await folder.run(["check", "--strict", "--max-age", "1", "--format", format, "--no-cache"])
        #expect(result.status == 1)
        #expect(result.stdout.contains(expected), "\(result.stdout)")
    }
}
