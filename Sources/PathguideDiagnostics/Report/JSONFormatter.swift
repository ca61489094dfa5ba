import Foundation

/// The report for scripts: a single JSON document with every diagnostic, a summary and the tool.
///
/// Keys are sorted and absent values are left out rather than written as `null`, so the output
/// is stable and a diagnostic without a location simply has no `file`, `line` or `column`.
public struct JSONFormatter: DiagnosticFormatter {
    public init() {}

    public func format(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let summary = ReportSummary(diagnostics: diagnostics, files: context.checkedFiles.count)
        let document = Document(
            diagnostics: diagnostics.sorted().map(Entry.init),
            summary: .init(errors: summary.errors, files: summary.files, notes: summary.notes, warnings: summary.warnings),
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
        var summary: Summary
        var tool: Tool
    }

    private struct Summary: Encodable {
        var errors: Int
        var files: Int
        var notes: Int
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
            ruleId = diagnostic.ruleID
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
