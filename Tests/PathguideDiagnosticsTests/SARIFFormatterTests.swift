import Foundation
import Testing
@testable import PathguideDiagnostics

@Suite struct SARIFFormatterTests {
    @Test func fullReport() {
        assertSnapshot(SARIFFormatter().format(Fixtures.diagnostics, context: Fixtures.context()), named: "sarif")
    }

    @Test func logStructure() throws {
        let log = try parse(SARIFFormatter().format(Fixtures.diagnostics, context: Fixtures.context()))
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = runs[0]
        #expect(Set(run.keys) == ["artifacts", "columnKind", "invocations", "properties", "results", "tool"])
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        #expect(run["properties"] as? [String: Int] == ["errors": 3, "warnings": 2, "notes": 1, "omitted": 0])

        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(Set(driver.keys) == ["name", "rules", "semanticVersion", "version"])
        #expect(driver["name"] as? String == "pathguide")
        #expect(driver["version"] as? String == "0.1.0")
        #expect(driver["semanticVersion"] as? String == "0.1.0")

        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == [
            "ambiguous-label", "literal-percent", "long-path", "markup-in-title", "unreachable-channel",
        ])
        #expect(rules.map { $0["name"] as? String } == [
            "AmbiguousLabel", "LiteralPercent", "LongPath", "MarkupInTitle", "UnreachableChannel",
        ])
        let unreachableRule = rules[4]
        #expect((unreachableRule["shortDescription"] as? [String: String]) == ["text": "Unreachable channel"])
        #expect((unreachableRule["fullDescription"] as? [String: String]) == [
            "text": "Every channel must be reachable from the start of some surface.",
        ])
        #expect((unreachableRule["defaultConfiguration"] as? [String: String]) == ["level": "error"])
        #expect((rules[2]["defaultConfiguration"] as? [String: String]) == ["level": "note"])

        let artifacts = try #require(run["artifacts"] as? [[String: Any]])
        #expect(artifacts.map { ($0["location"] as? [String: String])?["uri"] } == [
            "guides/clean.yaml", "guides/douyin-shop.yaml", "guides/%E6%B7%98%E5%AE%9D%20checkout.yaml",
        ])

        // GitHub rejects uploads with unlocated results, so `no-guides` is a notification instead.
        let invocations = try #require(run["invocations"] as? [[String: Any]])
        #expect(invocations.count == 1)
        #expect(invocations[0]["executionSuccessful"] as? Bool == true)
        let notifications = try #require(invocations[0]["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.count == 1)
        #expect(Set(notifications[0].keys) == ["associatedRule", "level", "message"])
        #expect(notifications[0]["level"] as? String == "error")
        #expect((notifications[0]["message"] as? [String: String]) == [
            "text": "no guides matched 'missing/*.yaml'\nnote: patterns are relative to the working directory",
        ])
        // An unknown rule has no index to give.
        #expect((notifications[0]["associatedRule"] as? [String: String]) == ["id": "no-guides"])

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == [
            "unreachable-channel", "ambiguous-label", "long-path", "markup-in-title", "literal-percent",
        ])
        #expect(results.map { $0["ruleIndex"] as? Int } == [4, 0, 2, 3, 1])
        #expect(results.map { $0["level"] as? String } == ["error", "warning", "note", "error", "warning"])
        #expect(results.allSatisfy { ($0["locations"] as? [Any])?.count == 1 })
        #expect(results.map { $0["relatedLocations"] == nil } == [false, true, true, true, true])

        let unreachable = results[0]
        #expect((unreachable["message"] as? [String: String])?["text"] == """
            channel 'merchant-chat' cannot be reached from any surface's start
            Add a step that leads to 'merchant-chat', or delete the channel.
            """)
        let location = try #require((unreachable["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "guides/douyin-shop.yaml")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        #expect(artifact["index"] as? Int == 1)
        #expect((physical["region"] as? [String: Int]) == ["startLine": 12, "startColumn": 7])

        let related = try #require((unreachable["relatedLocations"] as? [[String: Any]])?.first)
        #expect(related["id"] as? Int == 1)
        #expect((related["message"] as? [String: String]) == ["text": "channel 'merchant-chat' defined here"])
        let relatedPhysical = try #require(related["physicalLocation"] as? [String: Any])
        #expect((relatedPhysical["region"] as? [String: Int]) == ["startLine": 3, "startColumn": 3])

        let literal = try #require(results[4]["locations"] as? [[String: Any]])
        let literalArtifact = (literal[0]["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
        #expect(literalArtifact?["uri"] as? String == "guides/%E6%B7%98%E5%AE%9D%20checkout.yaml")
        #expect(literalArtifact?["index"] as? Int == 2)
    }

    @Test func findingsBeyondTheLimitsAreCountedInTheRun() throws {
        let log = try parse(SARIFFormatter().format(Fixtures.floodDiagnostics, context: Fixtures.floodContext()))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["ambiguous-label", "missing-field", "missing-field"])
        #expect(run["properties"] as? [String: Int] == ["errors": 4, "warnings": 1, "notes": 0, "omitted": 2])

        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.count == 1)
        #expect(Set(notifications[0].keys) == ["level", "locations", "message"])
        #expect(notifications[0]["level"] as? String == "note")
        #expect((notifications[0]["message"] as? [String: String]) == [
            "text": "2 more findings in this file are not shown (5 in all)",
        ])
        let locations = try #require(notifications[0]["locations"] as? [[String: Any]])
        let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
        #expect(Set(physical.keys) == ["artifactLocation"])
        let artifact = try #require(physical["artifactLocation"] as? [String: Any])
        #expect(Set(artifact.keys) == ["index", "uri", "uriBaseId"])
        #expect(artifact["uri"] as? String == "guides/flood.yaml")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        #expect(artifact["index"] as? Int == 1)
    }

    @Test func underStrictLevelsStayTheFindingsOwn() throws {
        let strict = SARIFFormatter().format(Fixtures.diagnostics, context: Fixtures.context(strict: true))
        #expect(strict == SARIFFormatter().format(Fixtures.diagnostics, context: Fixtures.context()))
        let run = try #require((try parse(strict)["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["level"] as? String } == ["error", "warning", "note", "error", "warning"])
    }

    @Test func notesWithoutLocationJoinTheMessage() throws {
        typealias Location = PathguideDiagnostics.SourceLocation
        let diagnostic = Diagnostic(
            ruleID: .duplicateID, severity: .error, location: Location(file: "a.yaml", line: 5, column: 3),
            message: "duplicate id 'home'",
            notes: [
                .init(location: nil, message: "ids must be unique within a guide"),
                .init(location: Location(file: "b.yaml", line: 2, column: 3), message: "first defined here"),
            ]
        )
        let log = try parse(SARIFFormatter().format([diagnostic], context: ReportContext(toolVersion: "1.0.0")))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["invocations"] as? [[String: Bool]]) == [["executionSuccessful": true]])
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect((result["message"] as? [String: String]) == ["text": "duplicate id 'home'\nnote: ids must be unique within a guide"])
        let related = try #require(result["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related[0]["id"] as? Int == 1)
        let artifact = (related[0]["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
        #expect(artifact?["uri"] as? String == "b.yaml")
        #expect(artifact?["index"] as? Int == 1)
    }

    @Test func emptyRunStillListsRulesAndFiles() throws {
        let log = try parse(SARIFFormatter().format([], context: Fixtures.context()))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
        #expect((run["artifacts"] as? [Any])?.count == 3)
        let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
        #expect((driver?["rules"] as? [Any])?.count == 5)
    }

    @Test func absolutePathsBecomeFileURIs() throws {
        let diagnostic = Diagnostic(
            ruleID: RuleID(rawValue: "r"), severity: .error,
            location: PathguideDiagnostics.SourceLocation(file: "/tmp/a b#1.yaml", line: 1, column: 1), message: "m"
        )
        let log = try parse(SARIFFormatter().format([diagnostic], context: ReportContext(toolVersion: "1.0.0")))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let artifacts = try #require(run["artifacts"] as? [[String: Any]])
        #expect((artifacts[0]["location"] as? [String: String]) == ["uri": "file:///tmp/a%20b%231.yaml"])
    }

    @Test(arguments: [
        ("guides/a.yaml", "guides/a.yaml"),
        ("guides/a b.yaml", "guides/a%20b.yaml"),
        ("c:x.yaml", "c%3Ax.yaml"),
        ("100%/é?.yaml", "100%25/%C3%A9%3F.yaml"),
        ("a-b_c~d(1)+e.yaml", "a-b_c~d(1)+e.yaml"),
    ])
    func percentEncoding(path: String, uri: String) {
        #expect(SARIFFormatter.percentEncode(path) == uri)
    }

    @Test(arguments: [
        ("Unreachable channel", "UnreachableChannel"),
        ("unknown-surface ID", "UnknownSurfaceID"),
        ("Long path (taps)", "LongPathTaps"),
    ])
    func pascalCase(name: String, identifier: String) {
        #expect(SARIFFormatter.pascalCase(name) == identifier)
    }

    private func parse(_ output: String) throws -> [String: Any] {
        #expect(output.hasSuffix("}\n"))
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }
}
