import PathguideTestSupport
import Testing

private let snapshots = Snapshots(testFile: #filePath, fileExtension: "txt")

/// Compares a whole report with `__Snapshots__/<name>.txt`.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    snapshots.assertMatches(actual, named: name, sourceLocation: sourceLocation)
}
