import Foundation
import Testing
import PathguideDiagnostics
import PathguideTestSupport
@testable import PathguideLinks

/// The fixture site side by side with LinkChecker (Debian's `linkchecker` 10.2.1), run
/// offline: a file:// start page, external checking off, http(s), mailto: and tel: ignored,
/// and its AnchorCheck plugin on so that it looks at fragments at all.
///
/// What LinkChecker found:
/// - errors: `missing.html` (line 18), `assets/missing.svg` (25), `assets/logo@2x.svg` (26);
/// - anchor warnings: `en/guide.html#channel` and `#intr` (line 20), and `#top` (line 10),
///   which is a false alarm: HTML defines `#top` as the top of the page.
///
/// What it missed, all found here:
/// - `docs/`, a folder without an index.html: LinkChecker shows the folder listing and calls it valid;
/// - `/en/nope.html` and `../outside.html`: from a file:// page they point outside the folder,
///   so LinkChecker files them as external and never opens them;
/// - `javascript:void(0)`: ignored;
/// - the duplicate id `hours` in en/guide.html: not a check it has.
///
/// Its same-page anchor warnings appear only with `--verbose`, so the test runs it verbose and
/// single-threaded, for a stable order.
@Suite struct OfflineLinkcheckerComparisonTests {

    /// One row of LinkChecker's CSV report: where, what, and how it judged it.
    struct Finding: Hashable, CustomStringConvertible {
        var page: String
        var line: Int
        var address: String
        var valid: Bool
        var warning: String
        var description: String { "\(page):\(line) \(address)" }
    }

    @Test func findsEverythingLinkcheckerFindsAndWhatItMisses() async throws {
        guard let findings = try await runLinkchecker() else { return }
        let errors = findings.filter { !$0.valid }.map(\.description).sorted()
        let anchorWarnings = findings.filter { $0.warning.hasPrefix("Anchor ") }.map(\.description).sorted()
        #expect(errors == ["index.html:18 missing.html", "index.html:25 assets/missing.svg", "index.html:26 assets/logo@2x.svg"])
        #expect(anchorWarnings == ["index.html:10 #top", "index.html:20 #intr", "index.html:20 en/guide.html#channel"])

        let ours = OfflineLinkChecker(root: OfflineTesting.fixtures.appendingPathComponent("site"), displayRoot: "site").check().diagnostics
        func reported(_ finding: Finding, as rules: [LinkRule]) -> Bool {
            let shown = finding.address.hasPrefix("#") ? "'\(finding.address)'" : "'\(finding.address.split(separator: "#").first ?? "")"
            let fragment = finding.address.split(separator: "#", maxSplits: 1).dropFirst().first.map { "'#\($0)'" }
            return ours.contains { diagnostic in
                rules.map(\.id).contains(diagnostic.ruleID)
                    && diagnostic.location?.file == "site/\(finding.page)" && diagnostic.location?.line == finding.line
                    && (diagnostic.message.contains(shown) || fragment.map(diagnostic.message.contains) == true)
            }
        }
        for finding in findings where !finding.valid {
            #expect(reported(finding, as: [.brokenLink, .missingImage]), "linkchecker reports \(finding), pathguide does not")
        }
        for finding in findings where finding.warning.hasPrefix("Anchor ") && finding.address != "#top" {
            #expect(reported(finding, as: [.missingFragment]), "linkchecker warns about \(finding), pathguide does not")
        }
        #expect(!ours.contains { $0.message.contains("'#top'") })

        // LinkChecker passes these; pathguide reports each.
        let passed = Set(findings.filter { $0.valid && $0.warning.isEmpty }.map(\.address))
        for address in ["docs/", "/en/nope.html", "../outside.html"] {
            #expect(passed.contains(address))
            #expect(ours.contains { $0.message.contains("'\(address)'") })
        }
        #expect(!findings.contains { $0.address.hasPrefix("javascript:") && (!$0.valid || !$0.warning.isEmpty) })
        #expect(ours.contains { $0.ruleID == .invalidLink })
        #expect(ours.contains { $0.ruleID == .duplicateAnchor })
    }

    /// Runs LinkChecker over a copy of the fixture in a world-readable temporary folder: run as
    /// root, it drops to the user nobody, who must be able to read the pages and its settings.
    private func runLinkchecker() async throws -> [Finding]? {
        let manager = FileManager.default
        let work = manager.temporaryDirectory.appendingPathComponent("pathguide-linkchecker-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        try manager.createDirectory(at: work, withIntermediateDirectories: true)
        try manager.copyItem(at: OfflineTesting.fixtures.appendingPathComponent("site"), to: site)
        let settings = work.appendingPathComponent("linkcheckerrc")
        try Data("[AnchorCheck]\n".utf8).write(to: settings)
        for path in [work.path, site.path] + (manager.enumerator(atPath: site.path)?.compactMap { "\(site.path)/\($0)" } ?? []) {
            var isDirectory: ObjCBool = false
            manager.fileExists(atPath: path, isDirectory: &isDirectory)
            try manager.setAttributes([.posixPermissions: isDirectory.boolValue ? 0o755 : 0o644], ofItemAtPath: path)
        }
        try manager.setAttributes([.posixPermissions: 0o644], ofItemAtPath: settings.path)

        guard let output = try await ExternalTool.linkchecker.run([
            "--config", settings.path, "--threads", "0", "--verbose", "--no-status", "--output", "csv/utf-8",
            "--ignore-url", "^https?:", "--ignore-url", "^mailto:", "--ignore-url", "^tel:",
            site.appendingPathComponent("index.html").absoluteString,
        ], in: work) else { return nil }
        // 1: it found errors, as it must here; 2 would mean it could not run.
        #expect(output.status == 1, "linkchecker: \(output.all)")
        return Self.findings(fromCSV: output.stdout, siteURL: site.absoluteString)
    }

    static func findings(fromCSV csv: String, siteURL: String) -> [Finding] {
        // Its comment lines start "# "; a row for a same-page link starts "#top;".
        let rows = CSV.rows(csv.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("# ") }.joined(separator: "\n"))
        guard let header = rows.first else { return [] }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        guard let urlname = column("urlname"), let parent = column("parentname"), let line = column("line"),
              let valid = column("valid"), let warning = column("warningstring") else { return [] }
        let prefix = siteURL.hasSuffix("/") ? siteURL : siteURL + "/"
        return rows.dropFirst().compactMap { row in
            guard row.count == header.count, row[parent].hasPrefix(prefix), let number = Int(row[line]) else { return nil }
            return Finding(page: String(row[parent].dropFirst(prefix.count)), line: number, address: row[urlname],
                           valid: row[valid] == "True", warning: row[warning])
        }
    }
}

/// Just enough CSV for LinkChecker's report: `;`-separated, fields quoted when they hold a
/// separator, a quote or a line break.
private enum CSV {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character?
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ";": row.append(field); field = ""
            case "\n", "\r\n":
                row.append(field); field = ""
                rows.append(row); row = []
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
