/// The report for people: compiler-style lines that terminals and editors can jump to.
///
/// ```
/// guides/shop.yaml:12:7: error: channel 'merchant-chat' cannot be reached from any surface's start [unreachable-channel]
///    12 |       to: merchant-chat
///       |       ^
/// guides/shop.yaml:3:1: note: first defined here
/// 1 error in 3 files
/// ```
///
/// The layout follows clang and swiftc, so problem matchers written for them (`file:line:col: severity:`)
/// work unchanged. Second and later lines of messages and explanations are indented, so that text
/// taken from a guide can never start a line that looks like another diagnostic.
///
/// Each file lists the findings `ReportSelection` chooses, then, if it left any out, a note such as
/// `guides/shop.yaml: note: 3,900 more findings in this file are not shown (4,000 in all)`.
/// The closing summary counts every finding, shown or not.
public struct TextFormatter: DiagnosticFormatter {
    public init() {}

    public func format(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let style = Style(enabled: context.useColor)
        var lines: [String] = []
        for group in ReportSelection(diagnostics, limits: context.limits).groups {
            for diagnostic in group.shown {
                lines += self.lines(for: diagnostic, context: context, style: style, showSource: true)
            }
            if let omission = omissionLine(for: group, style: style) {
                lines.append(omission)
            }
        }
        lines.append(ReportSummary(diagnostics: diagnostics, files: context.checkedFiles.count, strict: context.strict).description)
        return lines.joined(separator: "\n") + "\n"
    }

    /// One diagnostic's lines; the JUnit report reuses them, without colour or source.
    func lines(for diagnostic: Diagnostic, context: ReportContext, style: Style, showSource: Bool) -> [String] {
        var lines = headline(
            location: diagnostic.location,
            severity: diagnostic.severity,
            message: diagnostic.message,
            ruleID: diagnostic.ruleID,
            style: style
        )
        if showSource, let location = diagnostic.location,
           let source = context.sourceLines(location.file, location.line) {
            lines += snippet(source, at: location, style: style)
        }
        if let explanation = diagnostic.explanation {
            lines += Self.sanitizedLines(explanation).map(Self.indented)
        }
        for note in diagnostic.notes {
            lines += headline(location: note.location, severity: .note, message: note.message, ruleID: nil, style: style)
        }
        return lines
    }

    /// The note after a file's findings that says how many were left out, if any were;
    /// the JUnit report reuses it.
    func omissionLine(for group: ReportSelection.Group, style: Style) -> String? {
        guard let message = group.omissionMessage else { return nil }
        let note = style.severity(.note) + " " + message
        return group.file.map { style.bold("\($0):") + " " + note } ?? note
    }

    /// Continuation lines are indented; blank ones stay empty rather than carry trailing spaces.
    private static func indented(_ line: String) -> String {
        line.isEmpty ? "" : "  " + line
    }

    private func headline(
        location: SourceLocation?, severity: Severity, message: String, ruleID: RuleID?, style: Style
    ) -> [String] {
        var messageLines = Self.sanitizedLines(message)
        if let ruleID {
            messageLines[messageLines.count - 1] += " [\(ruleID)]"
        }
        var first = style.severity(severity) + " " + messageLines[0]
        if let location {
            first = style.bold("\(location):") + " " + first
        }
        return [first] + messageLines.dropFirst().map(Self.indented)
    }

    /// The clang-style source excerpt: the line (or the window of it around the column) under a
    /// right-aligned line number, then the caret.
    private func snippet(_ rawSource: String, at location: SourceLocation, style: Style) -> [String] {
        let window = SourceWindow(line: rawSource, column: location.column)
        let number = String(location.line)
        // Width 5 as in clang, growing only for files of 100,000 lines or more.
        let gutterWidth = max(5, number.count)
        let gutter = String(repeating: " ", count: gutterWidth - number.count) + number
        let blankGutter = String(repeating: " ", count: gutterWidth)
        return [
            window.text.isEmpty ? "\(gutter) |" : "\(gutter) | \(window.text)",
            "\(blankGutter) | \(window.caretPadding)\(style.caret("^"))",
        ]
    }

    /// Splits text into lines after replacing control characters, which could otherwise
    /// move the cursor or change colours when the report is shown in a terminal.
    private static func sanitizedLines(_ text: String) -> [String] {
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            isNewline(scalar) || scalar == "\t" || !isControl(scalar) ? scalar : replacement
        }))
        return cleaned.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    private static let replacement: Unicode.Scalar = "\u{FFFD}"

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r"
    }
}

extension TextFormatter {
    /// ANSI styling in clang's colours, or nothing at all when colour is off.
    struct Style {
        var enabled: Bool

        func severity(_ severity: Severity) -> String {
            let label = "\(severity.rawValue):"
            switch severity {
            case .error: return paint(label, "1;31")
            case .warning: return paint(label, "1;35")
            // Cyan rather than clang's bold black, which vanishes on dark terminals.
            case .note: return paint(label, "1;36")
            }
        }

        func bold(_ text: String) -> String { paint(text, "1") }

        func caret(_ text: String) -> String { paint(text, "1;32") }

        private func paint(_ text: String, _ code: String) -> String {
            enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
        }
    }
}
