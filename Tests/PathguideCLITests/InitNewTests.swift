import Foundation
@testable import PathguideBuild
@testable import PathguideCLI
import PathguideTestSupport
import Testing

/// A new user's first minutes: `init` in an empty folder, `check`, `new`, fill the guide in.
@Suite(.serialized) struct InitNewTests {
    let manager = FileManager.default

    func run(_ root: URL, _ arguments: [String]) async -> CommandResult {
        let dated = ["check", "build"].contains(arguments.first ?? "") ? arguments + ["--today", "2026-11-30", "--no-cache"] : arguments
        return await Pathguide.run(dated, workingDirectory: root)
    }

    /// Every file of `output/site`, by path.
    func siteFiles(_ root: URL) throws -> [String: Data] {
        FolderListing.contents(under: root.appendingPathComponent("output/site"))
    }

    func temporaryFolder() throws -> URL {
        let root = manager.temporaryDirectory.appendingPathComponent("pathguide-init-\(UUID().uuidString)")
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    @Test func initMakesAProjectThatPassesStrictChecks() async throws {
        let root = try temporaryFolder()
        defer { try? manager.removeItem(at: root) }
        let made = await run(root, ["init", "help-site", "--ci"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.hasPrefix("""
            wrote help-site/pathguide.yaml
            wrote help-site/.gitignore
            wrote help-site/guides/douyin-shop.yaml
            wrote help-site/schema/guide.schema.json
            wrote help-site/schema/project.schema.json
            wrote help-site/.github/workflows/pathguide.yml

            """))
        let project = root.appendingPathComponent("help-site")
        let check = await run(project, ["check", "--strict"])
        #expect(check.status == 0)
        // The example's sources give hours only for the shop's own customer service.
        #expect(check.stdout.hasPrefix("guides/douyin-shop.yaml:110:7: note: no channel with people is known to be open: Monday to Thursday, 18:00–09:00; Friday 18:00 to Monday 09:00 (Asia/Shanghai) [hours-gap]\n"))
        #expect(check.stdout.hasSuffix("\n1 note in 1 file\n"))
        // The schema line of the example guide resolves inside the project.
        let guide = try String(contentsOf: project.appendingPathComponent("guides/douyin-shop.yaml"), encoding: .utf8)
        #expect(guide.hasPrefix("# yaml-language-server: $schema=../schema/guide.schema.json\n"))
        #expect(manager.fileExists(atPath: project.appendingPathComponent("schema/guide.schema.json").path))
        #expect(try String(contentsOf: project.appendingPathComponent(".gitignore"), encoding: .utf8).contains("/output/\n"))

        // A second init overwrites nothing.
        let again = await run(project, ["init"])
        #expect(again.status == 2)
        #expect(again.stderr == "pathguide: error: refusing to overwrite what is already in .: pathguide.yaml, .gitignore, guides/douyin-shop.yaml, schema/guide.schema.json, schema/project.schema.json; init writes only into a folder without them\n")
    }

    @Test func aNewGuideIsRejectedUntilItsPlaceholdersAreFilled() async throws {
        let root = try temporaryFolder()
        defer { try? manager.removeItem(at: root) }
        #expect(await run(root, ["init"]).status == 0)
        let made = await run(root, ["new", "acme"])
        #expect(made.stdout == "wrote guides/acme.yaml: replace every TODO in it, then run pathguide check\n")
        let unfinished = await run(root, ["check", "--format", "json"])
        #expect(unfinished.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(unfinished.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["diagnostics"] as? [[String: Any]])
        let rules = findings.compactMap { $0["ruleId"] as? String ?? $0["rule"] as? String }
        #expect(rules.filter { $0 == "unfilled-placeholder" }.count == 12)
        #expect(rules.filter { $0 == "verified-date" }.count == 1)
        #expect(rules.filter { $0 == "hours-gap" }.count == 2)
        #expect(rules.count == 15)

        // Filled in: every placeholder replaced and the date of verification added.
        let path = root.appendingPathComponent("guides/acme.yaml")
        var text = try String(contentsOf: path, encoding: .utf8)
        text = text.replacingOccurrences(of: #""TODO: [^"]*\((zh|en)\)""#, with: "\"Acme $1\"", options: .regularExpression)
        text = text.replacingOccurrences(of: "\"TODO: the words on the button, as the app shows them\"", with: "客服")
        text = text.replacingOccurrences(of: "  # verified: {date: \"YYYY-MM-DD\"}", with: "  verified: {date: \"2026-11-29\"}")
        try text.write(to: path, atomically: true, encoding: .utf8)
        let filled = await run(root, ["check", "--strict"])
        #expect(filled.stdout.contains("guides/acme.yaml:8:7: note: the one channel with people, 'support', has unknown hours [hours-gap]\n"))
        #expect(filled.stdout.hasSuffix("\n2 notes in 2 files\n"))
        #expect(filled.status == 0)

        #expect(await run(root, ["new", "acme"]).stderr == "pathguide: error: guides/acme.yaml is already there; choose another id or edit that guide\n")

        // Built with the built-in theme: no templates folder anywhere.
        let built = await run(root, ["build"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout == "wrote output/: 25 files, 25 changed, 0 removed\n")
        let before = try siteFiles(root)
        // One template overridden: exactly the pages made from it change.
        try manager.createDirectory(at: root.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "body { font-size: 120%; }\n".write(to: root.appendingPathComponent("templates/site.css"), atomically: true, encoding: .utf8)
        let restyled = await run(root, ["build"])
        #expect(restyled.stdout == "wrote output/: 25 files, 1 changed, 0 removed\n")
        let after = try siteFiles(root)
        #expect(Set(after.keys) == Set(before.keys))
        #expect(after.keys.filter { after[$0] != before[$0] } == ["assets/site.css"])
        #expect(await run(root, ["new", "Acme_Mall"]).status == 2)
    }
}
