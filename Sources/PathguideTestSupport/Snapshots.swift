import Foundation
import Testing

/// Whole-output comparisons against files in a test target's `__Snapshots__` folder.
///
/// Run the tests with `PATHGUIDE_RECORD_SNAPSHOTS=1` to rewrite the files from the current
/// output; then read them as a reader would before committing, since a recorded snapshot is
/// only as right as the output it was taken from.
public struct Snapshots: Sendable {
    public let directory: URL
    public let fileExtension: String

    /// - Parameters:
    ///   - testFile: `#filePath` of a file in the test target's folder; snapshots live in
    ///     `__Snapshots__` at the top of that target.
    ///   - levelsBelowTarget: how many folders `testFile` is below the target's own folder.
    public init(testFile: String, levelsBelowTarget: Int = 0, fileExtension: String) {
        var folder = URL(fileURLWithPath: testFile).deletingLastPathComponent()
        for _ in 0..<levelsBelowTarget { folder = folder.deletingLastPathComponent() }
        self.directory = folder.appendingPathComponent("__Snapshots__")
        self.fileExtension = fileExtension
    }

    public func assertMatches(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let file = "\(name).\(fileExtension)"
        let url = directory.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["PATHGUIDE_RECORD_SNAPSHOTS"] == "1" {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                Issue.record("could not record snapshot \(file): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("no snapshot \(file); run with PATHGUIDE_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard actual != expected else { return }
        Issue.record("output differs from snapshot \(file): \(Self.firstDifference(expected: expected, actual: actual))", sourceLocation: sourceLocation)
    }

    /// Points at the first differing line, since whole documents are too long to compare by eye.
    static func firstDifference(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of snapshot>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end of output>"
            if want != got {
                return "line \(index + 1)\n  expected: \(want.debugDescription)\n  actual:   \(got.debugDescription)"
            }
        }
        return "same lines, different line endings"
    }
}
