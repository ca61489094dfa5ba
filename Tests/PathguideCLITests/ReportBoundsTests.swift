import Foundation
@testable import PathguideBuild
@testable import PathguideCLI
import Testing

/// Reports stay small however many findings a guide has: long lines are quoted around the column,
/// a finding repeated through aliases is reported once, and each file lists at most 100 findings.
/// Work is bounded by what is printed, so these tests assert output sizes, not times.
@Suite struct ReportBoundsTests {
    /// A guide of 4,000 channels with ids only, all on one 59 KB line: each channel lacks 3
    /// required keys and the guide 4, so 12,004 errors.
    static let oneLineGuide = "{format: 1, channels: [" + (0..<4_000).map { "{id: Bad\($0)}" }.joined(separator: ", ") + "]}\n"

    /// 150 channels that are one anchored channel, each with 150 escalations that are one anchored
    /// escalation: expanded, 22,500 escalations with the same problems at the same 150 places.
    static let aliasGuide = "format: 1\nx: &e {verb: tap}\ny: &c {id: c, escalations: ["
        + Array(repeating: "*e", count: 150).joined(separator: ", ") + "]}\nchannels: ["
        + Array(repeating: "*c", count: 150).joined(separator: ", ") + "]\n"

    /// A fresh folder holding `guides/x.yaml`, removed after `body`.
    private func withGuide<T>(_ text: String, _ body: (URL) async throws -> T) async throws -> T {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-bounds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("guides"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try text.write(to: root.appendingPathComponent("guides/x.yaml"), atomically: true, encoding: .utf8)
        return try await body(root)
    }

    @Test func aOneLineGuideWithThousandsOfFindingsGivesAShortReport() async throws {
        let result = try await withGuide(Self.oneLineGuide) { root in
            await Pathguide.run(["check", "guides/x.yaml"], workingDirectory: root)
        }
        #expect(result.status == 1)
        #expect(result.stderr == "")
        // Quoting the whole line under each finding made this report 1 GB.
        #expect(result.stdout.utf8.count < 64 * 1024)
        #expect(result.stdout.hasSuffix("""
            guides/x.yaml: note: 11,970 more findings in this file are not shown (12,004 in all)
            12004 errors in 1 file

            """))
        let headlines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("guides/x.yaml:1:") }
        #expect(headlines.count == 34)
        #expect(headlines.count { $0.hasSuffix("missing required key 'kind' [missing-field]") } == 10)
        // Every quote is the window around its column, never the whole line.
        let quotes = result.stdout.split(separator: "\n").filter { $0.hasPrefix("    1 | ") }
        #expect(quotes.count == 34)
        #expect(quotes.allSatisfy { $0.count <= 108 })
    }

    @Test(arguments: [
        ("github", "::notice file=guides/x.yaml::11,970 more findings in this file are not shown (12,004 in all)\n"),
        ("json", #""omitted" : 11970,\#n      "total" : 12004"#),
        ("junit", "guides/x.yaml: note: 11,970 more findings in this file are not shown (12,004 in all)</failure>"),
        ("sarif", #""text" : "11,970 more findings in this file are not shown (12,004 in all)""#),
    ])
    func everyFormatStaysSmall(format: String, closing: String) async throws {
        let result = try await withGuide(Self.oneLineGuide) { root in
            await Pathguide.run(["check", "guides/x.yaml", "--format", format], workingDirectory: root)
        }
        #expect(result.status == 1)
        #expect(result.stdout.utf8.count < 64 * 1024)
        #expect(result.stdout.contains(closing))
    }

    @Test func findingsRepeatedThroughAliasesAreReportedOnce() async throws {
        let result = try await withGuide(Self.aliasGuide) { root in
            await Pathguide.run(["check", "guides/x.yaml", "--format", "json"], workingDirectory: root)
        }
        #expect(result.status == 1)
        #expect(result.stdout.utf8.count < 64 * 1024)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(root["summary"] as? [String: Any])
        // Once each, at the anchored block, with notes at the aliases: 22,956 errors and 24 MB
        // of text report before the loader decoded an anchored block once.
        #expect(summary["errors"] as? Int == 10)
        #expect(try #require(root["diagnostics"] as? [Any]).count == 10)
        #expect(summary["omitted"] as? Int == 0)
    }
}
