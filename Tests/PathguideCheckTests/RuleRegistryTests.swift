import Foundation
import PathguideCheck
import PathguideDiagnostics
import Testing

/// `Checker.rules` is the one list of rules. These tests read the module's sources, so a rule
/// written but never listed (and so never run) fails here rather than passing silently.
@Suite struct RuleRegistryTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/PathguideCheck")

    /// Every type declared in `Sources/PathguideCheck` that conforms to `GuideRule`, by file name.
    static func declaredRules() throws -> [(type: String, file: String)] {
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }.sorted()
        var rules: [(type: String, file: String)] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: /(?:struct|class|enum)\s+(\w+)\s*:[^{]*\bGuideRule\b/) {
                rules.append((String(match.output.1), file))
            }
        }
        return rules
    }

    @Test func everyRuleTypeIsListedOnce() throws {
        let declared = try Self.declaredRules().map(\.type)
        let listed = Checker.rules.map { String(describing: type(of: $0)) }
        #expect(Set(listed).count == listed.count, "a rule is listed twice: \(listed)")
        #expect(Set(declared).subtracting(listed).sorted() == [], "rules in Sources/PathguideCheck that Checker.rules does not list")
        #expect(Set(listed).subtracting(declared).sorted() == [], "rules Checker.rules lists that the scan did not find")
    }

    @Test func eachRuleHasItsOwnFileInRules() throws {
        for rule in try Self.declaredRules() {
            #expect(rule.file == "Rules/\(rule.type).swift")
        }
    }

    @Test func eachRuleReportsUnderItsOwnID() {
        let ids = Checker.ruleDescriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
    }
}
