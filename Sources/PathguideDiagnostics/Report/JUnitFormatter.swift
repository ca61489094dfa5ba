import PathguideSupport
/// The report for CI dashboards: JUnit XML in the flavour Jenkins, GitLab and Maven Surefire read.
///
/// Each checked file is one test case, so a dashboard lists clean files as passing too.
/// A file with errors gets a single `<failure>` holding all of them, because Jenkins and GitLab
/// only read the first `<failure>` of a test case. Warnings and notes go to `<system-out>`:
/// they are visible in the dashboard but do not fail the test.
///
/// Under `--strict` (`ReportContext.strict`) warnings fail the run, so they fail their test case
/// too and the report fails exactly when the exit status does: they join the errors in the
/// case's one `<failure>`, which for a file with warnings only has `type="warning"`. Only notes
/// go to `<system-out>` then.
///
/// A case's `name` is the file as checked; its `classname` is that path with every `.` written
/// `_` (`guides/shop_yaml`), because Jenkins splits a class name at its last dot into a package
/// and a class, and would list `guides/shop.yaml` as a class `yaml`.
///
/// Each case lists the findings `ReportSelection` chooses. The failure's message counts every
/// error of the file (and under strict every warning), and when findings were left out, the text report's closing note
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
        let failures = cases.count { $0.group.map { Self.failingCount(in: $0, strict: context.strict) > 0 } ?? false }

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
        let open = "    <testcase classname=\"\(Self.escape(Self.className(for: name)))\" name=\"\(Self.escape(name))\""
        guard let group, group.total > 0 else { return [open + "/>"] }

        var lines = [open + ">"]
        let omission = TextFormatter().omissionLine(for: group, style: .init(enabled: false))
        let fails = { (diagnostic: Diagnostic) in Self.fails(diagnostic.severity, strict: context.strict) }
        let failing = group.shown.filter(fails)
        // The selection always lists a file's first error; the failure is named after it, or,
        // under strict in a file without errors, after the first warning.
        if let first = failing.first(where: { $0.severity == .error }) ?? failing.first {
            var message = first.location.map { "\($0.line):\($0.column): " } ?? ""
            message += first.message
            let moreErrors = group.errors - (first.severity == .error ? 1 : 0)
            let moreWarnings = context.strict ? group.warnings - (first.severity == .warning ? 1 : 0) : 0
            let more = [(moreErrors, "error"), (moreWarnings, "warning")].filter { $0.0 > 0 }.map { count, noun in
                "\(ReportSelection.Group.grouped(count)) more \(noun)\(count == 1 ? "" : "s")"
            }
            if !more.isEmpty {
                message += " (and \(more.joined(separator: ", ")))"
            }
            let type = first.severity == .error ? first.ruleID.rawValue : first.severity.rawValue
            let body = describe(failing, context: context, closing: omission)
            lines.append(
                "      <failure type=\"\(Self.escape(type))\" message=\"\(Self.escape(message))\">\(body)</failure>"
            )
        }
        let others = group.shown.filter { !fails($0) }
        if !others.isEmpty || (failing.isEmpty && omission != nil) {
            lines.append("      <system-out>\(describe(others, context: context, closing: failing.isEmpty ? omission : nil))</system-out>")
        }
        lines.append("    </testcase>")
        return lines
    }

    /// Whether a finding of `severity` fails its test case: errors always, warnings under strict,
    /// as `ReportSummary.fails(_:)` reads the whole run.
    static func fails(_ severity: Severity, strict: Bool) -> Bool {
        severity == .error || (strict && severity == .warning)
    }

    /// How many findings of `group`, listed or not, fail its test case.
    static func failingCount(in group: ReportSelection.Group, strict: Bool) -> Int {
        group.errors + (strict ? group.warnings : 0)
    }

    /// The case's `classname`: the path with no `.` left, since Jenkins reads the part after the
    /// last dot as the class name (`guides/shop.yaml` → `guides/shop_yaml`).
    static func className(for name: String) -> String {
        String(name.map { $0 == "." ? "_" : $0 })
    }

    /// The diagnostics as the text report prints them, minus colour and source excerpts.
    private func describe(_ diagnostics: [Diagnostic], context: ReportContext, closing: String?) -> String {
        let text = TextFormatter()
        let plain = TextFormatter.Style(enabled: false)
        var lines = diagnostics.flatMap { text.lines(for: $0, context: context, style: plain, showSource: false) }
        if let closing { lines.append(closing) }
        return Self.escape(lines.joined(separator: "\n"), inAttribute: false)
    }

    /// XML text: the one escaping for it (PathguideSupport).
    static func escape(_ text: String, inAttribute: Bool = true) -> String {
        XMLEscaping.escape(text, inAttribute: inAttribute)
    }
}
