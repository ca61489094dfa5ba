import PathguideCheck
import PathguideDiagnostics
import PathguideLinks
import PathguideLoader

/// The README's tables of rules, written from the rules' own descriptions so the documentation
/// says what SARIF reports say. A test compares them with the README.
public enum RuleTables {
    /// One table: a heading and the rules it lists.
    public struct Section: Sendable {
        public var heading: String
        public var rules: [RuleDescription]
    }

    public static let sections: [Section] = [
        Section(heading: "**Loading** (`Sources/PathguideLoader`):", rules: LoaderRule.allCases.map(\.description)),
        Section(heading: "**Checking** (`Sources/PathguideCheck/Rules`, one file each):", rules: Checker.ruleDescriptions),
        Section(heading: "**Links** (`Sources/PathguideLinks`, reported by `pathguide links`):", rules: LinkRule.allCases.map(\.description)),
    ]

    /// Every section as Markdown: its heading, then a table of its rules sorted by id.
    public static func markdown() -> String {
        sections.map { section in
            let rows = section.rules.sorted { $0.id < $1.id }.map { rule in
                "| `\(rule.id)` | \(rule.defaultSeverity.rawValue) | \(rule.summary.replacingOccurrences(of: "|", with: "\\|")) |"
            }
            return ([section.heading, "", "| id | severity | what it requires |", "| --- | --- | --- |"] + rows).joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }
}
