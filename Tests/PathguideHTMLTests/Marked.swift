import PathguideTestSupport

/// HTML with emoji markers where a test expects a position; positions read `line:column`,
/// as `HTMLPosition.description` prints them.
struct Marked {
    private let marked: MarkedText

    init(_ text: String) {
        marked = MarkedText(text)
    }

    var text: String { marked.text }

    subscript(marker: Character) -> String {
        let (line, column) = marked[marker]
        return "\(line):\(column)"
    }
}
