import Foundation
import Testing
@testable import PathguideDiagnostics

@Suite struct JSONFormatterTests {
    @Test func fullReport() {
        assertSnapshot(JSONFormatter().format(Fixtures.diagnostics, context: Fixtures.context()), named: "json")
    }

    @Test func parsesBack() throws {
        let output = JSONFormatter().format(Fixtures.diagnostics, context: Fixtures.context())
        #expect(output.hasSuffix("}\n"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["diagnostics", "omissions", "summary", "tool"])
        #expect((root["omissions"] as? [Any])?.isEmpty == true)

        let tool = try #require(root["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "pathguide")
        #expect(tool["version"] as? String == "0.1.0")

        #expect(try Summary.of(output) == Summary(errors: 3, failed: true, files: 3, notes: 1, omitted: 0, reason: "errors were found", warnings: 2))

        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["ruleId"] as? String } == [
            "no-guides", "unreachable-channel", "ambiguous-label", "long-path", "markup-in-title", "literal-percent",
        ])

        // Absent values are left out, not written as null.
        let noGuides = diagnostics[0]
        #expect(Set(noGuides.keys) == ["message", "notes", "ruleId", "severity"])
        let noGuidesNotes = try #require(noGuides["notes"] as? [[String: Any]])
        #expect(noGuidesNotes.count == 1)
        #expect(Set(noGuidesNotes[0].keys) == ["message"])

        let unreachable = diagnostics[1]
        #expect(unreachable["file"] as? String == "guides/douyin-shop.yaml")
        #expect(unreachable["line"] as? Int == 12)
        #expect(unreachable["column"] as? Int == 7)
        #expect(unreachable["severity"] as? String == "error")
        #expect(unreachable["explanation"] as? String == "Add a step that leads to 'merchant-chat', or delete the channel.")
        let notes = try #require(unreachable["notes"] as? [[String: Any]])
        #expect(notes.count == 1)
        #expect(notes[0]["file"] as? String == "guides/douyin-shop.yaml")
        #expect(notes[0]["line"] as? Int == 3)
        #expect(notes[0]["column"] as? Int == 3)
        #expect(notes[0]["message"] as? String == "channel 'merchant-chat' defined here")

        #expect(diagnostics[5]["message"] as? String == "text '50% off, today: only' has a literal '%'\nit is shown as written")
        #expect(diagnostics[5]["file"] as? String == "guides/淘宝 checkout.yaml")
    }

    @Test func findingsBeyondTheLimitsAreCountedInTheSummary() throws {
        let output = JSONFormatter().format(Fixtures.floodDiagnostics, context: Fixtures.floodContext())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["line"] as? Int } == [1, 2, 3])
        #expect(diagnostics.map { $0["severity"] as? String } == ["warning", "error", "error"])
        let omissions = try #require(root["omissions"] as? [[String: Any]])
        #expect(omissions.count == 1)
        #expect(omissions[0]["file"] as? String == "guides/flood.yaml")
        #expect(omissions[0]["omitted"] as? Int == 2)
        #expect(omissions[0]["total"] as? Int == 5)
        #expect(try Summary.of(output) == Summary(errors: 4, failed: true, files: 2, notes: 0, omitted: 2, reason: "errors were found", warnings: 1))
    }

    @Test func omissionsWithoutAFileHaveNoFileKey() throws {
        let output = JSONFormatter().format((1...3).map { _ in Fixtures.noGuides }, context: Fixtures.floodContext())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(root["omissions"] as? [[String: Int]] == [["omitted": 1, "total": 3]])
    }

    @Test func emptyReport() {
        #expect(JSONFormatter().format([], context: Fixtures.context()) == """
            {
              "diagnostics" : [

              ],
              "omissions" : [

              ],
              "summary" : {
                "errors" : 0,
                "failed" : false,
                "files" : 3,
                "notes" : 0,
                "omitted" : 0,
                "warnings" : 0
              },
              "tool" : {
                "name" : "pathguide",
                "version" : "0.1.0"
              }
            }

            """)
    }

    @Test func warningsAloneDoNotFailTheRun() throws {
        let output = JSONFormatter().format([Fixtures.ambiguousLabel, Fixtures.longPath], context: Fixtures.context())
        #expect(try Summary.of(output) == Summary(errors: 0, failed: false, files: 3, notes: 1, omitted: 0, reason: nil, warnings: 1))
    }

    @Test func underStrictWarningsFailTheRunAndTheSummarySaysWhy() throws {
        let output = JSONFormatter().format([Fixtures.ambiguousLabel, Fixtures.longPath], context: Fixtures.context(strict: true))
        #expect(output.contains("""
              "summary" : {
                "errors" : 0,
                "failed" : true,
                "files" : 3,
                "notes" : 1,
                "omitted" : 0,
                "reason" : "warnings count as failures (--strict)",
                "warnings" : 1
              },
            """))
        // The findings keep their own severities.
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let diagnostics = try #require(root["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["severity"] as? String } == ["warning", "note"])
    }

    @Test func underStrictErrorsAreStillTheReason() throws {
        let output = JSONFormatter().format(Fixtures.diagnostics, context: Fixtures.context(strict: true))
        #expect(try Summary.of(output) == Summary(errors: 3, failed: true, files: 3, notes: 1, omitted: 0, reason: "errors were found", warnings: 2))
    }

    @Test func underStrictARunWithoutWarningsPasses() throws {
        let output = JSONFormatter().format([Fixtures.longPath], context: Fixtures.context(strict: true))
        #expect(try Summary.of(output) == Summary(errors: 0, failed: false, files: 3, notes: 1, omitted: 0, reason: nil, warnings: 0))
    }

    /// The report's `summary`, every key read with its type; a missing key or a wrong type fails decoding.
    struct Summary: Decodable, Equatable {
        var errors: Int
        var failed: Bool
        var files: Int
        var notes: Int
        var omitted: Int
        var reason: String?
        var warnings: Int

        static func of(_ output: String) throws -> Summary {
            struct Root: Decodable { var summary: Summary }
            return try JSONDecoder().decode(Root.self, from: Data(output.utf8)).summary
        }
    }
}
