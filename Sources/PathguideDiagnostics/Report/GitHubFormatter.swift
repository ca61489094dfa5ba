/// The report for GitHub Actions: one workflow command per diagnostic, which the runner turns
/// into an annotation on the file and line in the pull request.
///
/// ```
/// ::error file=guides/shop.yaml,line=12,col=7,title=unreachable-channel::channel 'merchant-chat' cannot be reached
/// pathguide: 1 error in 3 files
/// ```
///
/// GitHub shows only the first ten annotations of each kind per step, so the report ends with
/// a plain summary line that is always visible in the log; it counts every finding. Each file
/// lists the findings `ReportSelection` chooses, then, if it left any out, a notice on the file:
///
/// ```
/// ::notice file=guides/shop.yaml::3,900 more findings in this file are not shown (4,000 in all)
/// ```
public struct GitHubFormatter: DiagnosticFormatter {
    public init() {}

    public func format(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        var lines: [String] = []
        for group in ReportSelection(diagnostics, limits: context.limits).groups {
            lines += group.shown.map(command(for:))
            if let message = group.omissionMessage {
                let file = group.file.map { " file=\(Self.escapeProperty($0))" } ?? ""
                lines.append("::notice\(file)::\(Self.escapeData(message))")
            }
        }
        let summary = ReportSummary(diagnostics: diagnostics, files: context.checkedFiles.count, strict: context.strict)
        lines.append("\(context.toolName): \(summary)")
        return lines.joined(separator: "\n") + "\n"
    }

    private func command(for diagnostic: Diagnostic) -> String {
        var properties: [(String, String)] = []
        if let location = diagnostic.location {
            properties += [("file", location.file), ("line", String(location.line)), ("col", String(location.column))]
        }
        properties.append(("title", diagnostic.ruleID.rawValue))

        // Annotations have no separate fields for these, and multi-line messages display well.
        var message = diagnostic.message
        if let explanation = diagnostic.explanation {
            message += "\n" + explanation
        }
        for note in diagnostic.notes {
            message += "\n" + (note.location.map { "\($0): " } ?? "") + "note: " + note.message
        }

        let renderedProperties = properties
            .map { "\($0.0)=\(Self.escapeProperty($0.1))" }
            .joined(separator: ",")
        return "::\(Self.command(for: diagnostic.severity)) \(renderedProperties)::\(Self.escapeData(message))"
    }

    private static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// Escapes a command's message the way `@actions/core` does (`escapeData` in its command.ts).
    static func escapeData(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Escapes a property value the way `@actions/core` does (`escapeProperty`): as for the
    /// message, plus the `:` and `,` that delimit properties.
    static func escapeProperty(_ text: String) -> String {
        var result = ""
        for scalar in escapeData(text).unicodeScalars {
            switch scalar {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
