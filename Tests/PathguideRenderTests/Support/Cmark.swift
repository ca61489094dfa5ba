import Foundation
import Testing

/// The `cmark` command-line tool (Debian package `cmark`), the reference CommonMark renderer,
/// used to prove that escaped text renders exactly as typed.
enum Cmark {
    static let path = "/usr/bin/cmark"

    /// The HTML cmark makes of `markdown`, or `nil` (with a recorded failure saying how to
    /// install it) when the tool is missing.
    static func html(_ markdown: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            Issue.record("\(path) is missing; install it with `apt-get install -y cmark` to check the escaping against the reference renderer", sourceLocation: sourceLocation)
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, sourceLocation: sourceLocation)
        return String(decoding: data, as: UTF8.self)
    }

    /// `text` as cmark writes it inside HTML elements.
    static func escapedHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
