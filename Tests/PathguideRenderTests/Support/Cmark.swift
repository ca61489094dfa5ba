import Foundation
import PathguideTestSupport
import Testing

/// The `cmark` command-line tool (Debian package `cmark`), the reference CommonMark renderer,
/// used to prove that escaped text renders exactly as typed.
enum Cmark {
    /// The HTML cmark makes of `markdown`, or `nil` (with a recorded failure saying how to
    /// install it) when the tool is missing.
    static func html(_ markdown: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws -> String? {
        guard let output = try await ExternalTool.cmark.run([], input: markdown, sourceLocation: sourceLocation) else { return nil }
        #expect(output.status == 0, sourceLocation: sourceLocation)
        return output.stdout
    }

    /// `text` as cmark writes it inside HTML elements.
    static func escapedHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
