import Foundation

/// The report for scripts: a single JSON document with the diagnostics, a summary and the tool.
///
/// Keys are sorted and absent values are left out rather than written as `null`, so the output
/// is stable and a diagnostic without a location simply has no `file`, `line` or `column`.
///
/// `diagnostics` holds the findings `ReportSelection` chooses. `summary` counts every finding,
/// listed or not, and gives in `omitted` how many are not listed; `omissions` says, for each file
/// that has findings left out (in file order, without `file` for findings that have none), how
/// many it has in all and how many of them are not listed. `summary.failed` says whether the run
/// fails, as the exit status does, and `summary.reason` why, when it does: `errors were found`, or,
/// under `--strict` (`ReportContext.strict`), `warnings count as failures (--strict)`.
///
/// ```
/// "omissions" : [ { "file" : "guides/x.yaml", "omitted" : 3900, "total" : 4000 } ],
/// "summary" : { "errors" : 4000, "failed" : true, "files" : 1, "notes" : 0, "omitted" : 3900,
///               "reason" : "errors were found", "warnings" : 0 },
/// ```
public struct JSONFormatter: DiagnosticFormatter {
    public init() {}

    public func format(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let summary = ReportSummary(diagnostics: diagnostics, files: context.checkedFiles.count, strict: context.strict)
        let selection = ReportSelection(diagnostics, limits: context.limits)
        let document = Document(
            diagnostics: selection.shown.map(Entry.init),
            omissions: selection.groups.filter { $0.omitted > 0 }.map {
                Omission(file: $0.file, omitted: $0.omitted, total: $0.total)
            },
            summary: .init(
                errors: summary.errors, failed: summary.failed, files: summary.files, notes: summary.notes,
                omitted: selection.omitted, reason: summary.failureReason, warnings: summary.warnings
            ),
            tool: .init(name: context.toolName, version: context.toolVersion)
        )
        return Self.encode(document)
    }

    /// The JSON and SARIF reports share one encoder configuration so they look alike.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Only strings and integers are encoded, which cannot fail.
            preconditionFailure("encoding a report failed: \(error)")
        }
    }

    private struct Document: Encodable {
        var diagnostics: [Entry]
        var omissions: [Omission]
        var summary: Summary
        var tool: Tool
    }

    private struct Omission: Encodable {
        var file: String?
        var omitted: Int
        var total: Int
    }

    private struct Summary: Encodable {
        var errors: Int
        var failed: Bool
        var files: Int
        var notes: Int
        var omitted: Int
        var reason: String?
        var warnings: Int
    }

    private struct Tool: Encodable {
        var name: String
        var version: String
    }

    private struct Entry: Encodable {
        var column: Int?
        var explanation: String?
        var file: String?
        var line: Int?
        var message: String
        var notes: [Note]
        var ruleId: String
        var severity: String

        init(_ diagnostic: Diagnostic) {
            column = diagnostic.location?.column
            explanation = diagnostic.explanation
            file = diagnostic.location?.file
            line = diagnostic.location?.line
            message = diagnostic.message
            notes = diagnostic.notes.map(Note.init)
            ruleId = diagnostic.ruleID.rawValue
            severity = diagnostic.severity.rawValue
        }
    }

    private struct Note: Encodable {
        var column: Int?
        var file: String?
        var line: Int?
        var message: String

        init(_ note: Diagnostic.Note) {
            column = note.location?.column
            file = note.location?.file
            line = note.location?.line
            message = note.message
        }
    }
}
