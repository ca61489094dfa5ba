/// The report for CI dashboards: JUnit XML in the flavour Jenkins, GitLab and Maven Surefire read.
///
/// Each checked file is one test case, so a dashboard lists clean files as passing too.
/// A file with errors gets a single `<failure>` holding all of them, because Jenkins and GitLab
/// only read the first `<failure>` of a test case. Warnings and notes go to `<system-out>`:
/// they are visible in the dashboard but do not fail the test.
///
/// Each case lists the findings `ReportSelection` chooses. The failure's message counts every
/// error of the file, and when findings were left out, the text report's closing note
/// (`guides/x.yaml: note: 3,900 more findings in this file are not shown (4,000 in all)`)
/// ends the failure's text, or `<system-out>` when the file has no errors.
public struct JUnitFormatter: DiagnosticFormatter {
    public init() {}

    /// The test case for diagnostics that belong to no file, such as "no guides found".
    static let runCaseName = "(run)"

    public func format(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let selection = ReportSelection(diagnostics, limits: context.limits)
        var byFile: [String: ReportSelection.Group] = [:]
        var cases: [(name: String, group: ReportSelection.Group?)] = []
        for group in selection.groups {
            if let file = group.file {
                byFile[file] = group
            } else {
                cases.append((Self.runCaseName, group))
            }
        }
        // Files with findings that were somehow not in the checked list still get a case.
        for file in Set(context.checkedFiles).union(byFile.keys).sorted() {
            cases.append((file, byFile[file]))
        }
        let failures = cases.count { ($0.group?.errors ?? 0) > 0 }

        let name = Self.escape(context.toolName)
        let counts = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\""
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<testsuites name=\"\(name)\" \(counts)>",
            "  <testsuite name=\"\(name) check\" \(counts) skipped=\"0\">",
        ]
        for testCase in cases {
            lines += self.testCase(named: testCase.name, group: testCase.group, context: context)
        }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private func testCase(named name: String, group: ReportSelection.Group?, context: ReportContext) -> [String] {
        let open = "    <testcase classname=\"\(Self.escape(name))\" name=\"\(Self.escape(name))\""
        guard let group, group.total > 0 else { return [open + "/>"] }

        var lines = [open + ">"]
        let omission = TextFormatter().omissionLine(for: group, style: .init(enabled: false))
        let errors = group.shown.filter { $0.severity == .error }
        // The selection lists the most severe findings first, so a file with errors lists its first.
        if let first = errors.first {
            var message = first.location.map { "\($0.line):\($0.column): " } ?? ""
            message += first.message
            if group.errors > 1 {
                let more = group.errors - 1
                message += " (and \(ReportSelection.Group.grouped(more)) more error\(more == 1 ? "" : "s"))"
            }
            let body = describe(errors, context: context, closing: omission)
            lines.append(
                "      <failure type=\"\(Self.escape(first.ruleID))\" message=\"\(Self.escape(message))\">\(body)</failure>"
            )
        }
        let others = group.shown.filter { $0.severity != .error }
        if !others.isEmpty || (errors.isEmpty && omission != nil) {
            lines.append("      <system-out>\(describe(others, context: context, closing: errors.isEmpty ? omission : nil))</system-out>")
        }
        lines.append("    </testcase>")
        return lines
    }

    /// The diagnostics as the text report prints them, minus colour and source excerpts.
    private func describe(_ diagnostics: [Diagnostic], context: ReportContext, closing: String?) -> String {
        let text = TextFormatter()
        let plain = TextFormatter.Style(enabled: false)
        var lines = diagnostics.flatMap { text.lines(for: $0, context: context, style: plain, showSource: false) }
        if let closing { lines.append(closing) }
        return Self.escape(lines.joined(separator: "\n"), inAttribute: false)
    }

    /// Escapes text for XML 1.0 and drops the characters XML 1.0 cannot contain at all
    /// (most control characters), which would otherwise make the whole report unreadable.
    static func escape(_ text: String, inAttribute: Bool = true) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            // Parsers turn a literal CR into LF, and whitespace in attributes into spaces,
            // unless written as character references.
            case "\r": result += "&#13;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            default:
                if isAllowedInXML(scalar) {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
