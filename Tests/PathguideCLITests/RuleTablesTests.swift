import Foundation
import PathguideBuild
import Testing

/// The README's rule tables are written from the rules' descriptions. Run the tests with
/// `PATHGUIDE_RECORD_SNAPSHOTS=1` to rewrite the block between the markers; otherwise a table that
/// differs from the code fails, naming the first row that differs.
@Suite struct RuleTablesTests {
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")
    static let begin = "<!-- rules:begin"
    static let end = "<!-- rules:end -->"

    /// The README split around the block: text up to and including the begin marker's line,
    /// the block, and the text from the end marker on.
    static func split(_ text: String) throws -> (before: Substring, block: Substring, after: Substring) {
        let start = try #require(text.range(of: begin), "README.md has no '\(begin)' marker")
        let blockStart = try #require(text[start.upperBound...].firstIndex(of: "\n"))
        let stop = try #require(text.range(of: end, range: blockStart..<text.endIndex), "README.md has no '\(end)' marker")
        let first = text.index(after: blockStart)
        return (text[..<first], text[first..<stop.lowerBound], text[stop.lowerBound...])
    }

    @Test func readmeTablesAreTheRulesDescriptions() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let (before, block, after) = try Self.split(text)
        let written = RuleTables.markdown()
        if ProcessInfo.processInfo.environment["PATHGUIDE_RECORD_SNAPSHOTS"] == "1" {
            try Data((before + written + after).utf8).write(to: Self.readme)
            return
        }
        let want = written.split(separator: "\n", omittingEmptySubsequences: false)
        let have = block.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = (0..<max(want.count, have.count)).first { i in
            i >= want.count || i >= have.count || want[i] != have[i]
        }
        if let i = firstDifference {
            Issue.record("""
                README.md's rule tables differ from the rules' descriptions at row \(i + 1) of the block; \
                run the tests with PATHGUIDE_RECORD_SNAPSHOTS=1 to rewrite them
                  README: \(i < have.count ? String(have[i]) : "<end of block>")
                  rules:  \(i < want.count ? String(want[i]) : "<end of tables>")
                """)
        }
    }

    /// The loader, the checker and links share one namespace of ids.
    @Test func noTwoRulesShareAnID() {
        let ids = RuleTables.sections.flatMap(\.rules).map(\.id)
        let repeated = Dictionary(grouping: ids, by: \.self).filter { $0.value.count > 1 }.keys.map(\.rawValue).sorted()
        #expect(repeated == [])
    }
}
