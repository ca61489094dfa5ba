import PathguideTestSupport
import Testing

private let snapshots = Snapshots(testFile: #filePath, levelsBelowTarget: 1, fileExtension: "md")

/// Compares a whole document with `__Snapshots__/<name>.md` in the test target.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    snapshots.assertMatches(actual, named: name, sourceLocation: sourceLocation)
}
