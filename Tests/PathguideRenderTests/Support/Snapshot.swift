import Foundation
import Testing

/// Compares a whole document with `__Snapshots__/<name>.md` in the test target.
///
/// Run the tests with `PATHGUIDE_RECORD_SNAPSHOTS=1` to rewrite the files from the current
/// output; then read them as a reader would before committing, since a recorded snapshot is
/// only as right as the output it was taken from.
func assertSnapshot(
    _ actual: String,
    named name: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let url = snapshotDirectory.appendingPathComponent("\(name).md")
    if ProcessInfo.processInfo.environment["PATHGUIDE_RECORD_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: snapshotDirectory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
        } catch {
            Issue.record("could not record snapshot \(name): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("no snapshot \(name).md; run with PATHGUIDE_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard actual != expected else { return }
    Issue.record("output differs from snapshot \(name).md: \(firstDifference(expected: expected, actual: actual))", sourceLocation: sourceLocation)
}

/// `Tests/PathguideRenderTests/__Snapshots__`, found from this file's path.
private let snapshotDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("__Snapshots__")

/// Points at the first differing line, since whole documents are too long to compare by eye.
private func firstDifference(expected: String, actual: String) -> String {
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
