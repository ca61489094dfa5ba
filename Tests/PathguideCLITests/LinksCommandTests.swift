import Foundation
@testable import PathguideBuild
@testable import PathguideCLI
import PathguideTestSupport
import Testing

@Suite struct LinksCommandTests {
    /// A folder with guides/ built into output/, ready for `links`.
    func builtFolder(_ guide: String = cleanGuide) async throws -> GuideFolder {
        let folder = try GuideFolder(["shop.yaml": guide])
        let built = await folder.run(["build", "--templates", BuildCommandTests.templates, "--base-url", "https://help.example.org/"])
        #expect(built.status == 0, "\(built.stdout)\(built.stderr)")
        return folder
    }

    @Test func aFreshBuildHasNoBrokenLinks() async throws {
        let folder = try await builtFolder()
        let result = await folder.run(["links"])
        #expect(result.status == 0, "\(result.stdout)")
        // Nine pages and two Markdown files.
        #expect(result.stdout == "no problems in 13 files\n")
    }

    @Test func aBrokenLinkNamesThePageAndTheGuideBehindIt() async throws {
        let folder = try await builtFolder()
        let page = folder.root.appendingPathComponent("output/site/en/shop/index.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        try html.replacingOccurrences(of: "../../assets/site.css", with: "../../assets/gone.css").write(to: page, atomically: true, encoding: .utf8)
        let result = await folder.run(["links", "--format", "json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let finding = try #require((json["diagnostics"] as? [[String: Any]])?.first)
        #expect(finding["file"] as? String == "output/site/en/shop/index.html")
        #expect(finding["message"] as? String == "stylesheet '../../assets/gone.css' does not resolve to a file (looked for output/site/assets/gone.css)")
        let note = try #require((finding["notes"] as? [[String: Any]])?.first)
        #expect(note["file"] as? String == "guides/shop.yaml")
        #expect(note["line"] as? Int == 5)
        #expect(note["message"] as? String == "the page is generated from this guide")
    }

    @Test func onlineFindsADeadSourceAndTheGuideLineThatGaveIt() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/gone", .init(status: 404))
        let url = server.url("/gone")
        // The guide's source has a URL, which the page lists under its sources.
        let guide = cleanGuide.replacingOccurrences(of: "    file: a.txt\n", with: "    file: a.txt\n    url: \(url)\n")
        let folder = try await builtFolder(guide)
        // The site's own address is checked as files: no test ever asks the network about it.
        let result = await folder.run(["links", "--online", "--timeout", "5", "--base-url", "https://help.example.org/"])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains("error: link to '\(url)' answered 404 Not Found [dead-external-link]"))
        // Line 12 of the guide is the source's `url:`; the note points at its value.
        #expect(result.stdout.contains("guides/shop.yaml:12:10: note: the link comes from this guide line"))
        #expect(server.requests.count >= 1)
    }

    @Test func excludedLinksAreNotRequested() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/gone", .init(status: 404))
        let guide = cleanGuide.replacingOccurrences(of: "    file: a.txt\n", with: "    file: a.txt\n    url: \(server.url("/gone"))\n")
        let folder = try await builtFolder(guide)
        let result = await folder.run(["links", "--online", "--exclude", "127\\.0\\.0\\.1", "--base-url", "https://help.example.org/"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(server.requests.isEmpty)
    }

    @Test func linksToTheSitesOwnAddressAreCheckedAsFiles() async throws {
        let folder = try await builtFolder()
        // The canonical links and language alternates all name pages that exist.
        let clean = await folder.run(["links", "--base-url", "https://help.example.org/"])
        #expect(clean.status == 0, "\(clean.stdout)")
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("output/site/zh/shop"))
        let broken = await folder.run(["links", "--base-url", "https://help.example.org/"])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("error: link to 'https://help.example.org/zh/shop/' is under the site's address but no file of the site answers it (looked for zh/shop/index.html) [broken-link]"))
    }

    @Test func acceptedStatusesComeFromTheCommandLine() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/members", .init(status: 403))
        let guide = cleanGuide.replacingOccurrences(of: "    file: a.txt\n", with: "    file: a.txt\n    url: \(server.url("/members"))\n")
        let folder = try await builtFolder(guide)
        let strict = await folder.run(["links", "--online", "--strict", "--base-url", "https://help.example.org/"])
        #expect(strict.status == 1, "403 is a warning, and --strict fails on warnings")
        let accepting = await folder.run(["links", "--online", "--strict", "--accept", "200-299,403", "--base-url", "https://help.example.org/"])
        #expect(accepting.status == 0, "\(accepting.stdout)")
        #expect(LinksCommand.statuses("200-299,403")?.count == 101)
        #expect(LinksCommand.statuses("200-") == nil)
        #expect(LinksCommand.statuses("99") == nil)
    }

    @Test func couldNotRunExitsTwo() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let missing = await folder.run(["links", "nowhere"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "pathguide: error: no such directory: nowhere\n")
        let badPattern = await folder.run(["links", "--exclude", "(unclosed"])
        #expect(badPattern.status == 2)
        #expect(badPattern.stderr.contains("--exclude '(unclosed' is not a valid regular expression"))
    }
}

@Suite struct LinksEmptyFolderTests {
    @Test func aFolderWithNothingToCheckIsAnErrorNotAPass() async throws {
        let folder = try GuideFolder([:])
        try FileManager.default.createDirectory(at: folder.root.appendingPathComponent("public/assets"), withIntermediateDirectories: true)
        let result = await folder.run(["links", "public"])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "pathguide: error: no pages (*.html, *.htm) or Markdown files in public; is it the folder the site was built into?\n")
    }
}
