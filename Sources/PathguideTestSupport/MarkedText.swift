/// Test input with emoji markers (1️⃣ 2️⃣ … 🔟) at the positions a test expects diagnostics,
/// so a test reads like the diagnostic it expects instead of counting columns.
///
///     let marked = MarkedText("""
///         channels:
///           - id: 1️⃣Bad_Id
///         """)
///     marked.text          // the YAML without markers
///     marked["1️⃣"]        // (line: 2, column: 9)
public struct MarkedText: Sendable {
    public static let markers: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]

    /// The text with every marker removed.
    public let text: String
    private let positions: [Character: (line: Int, column: Int)]

    public init(_ marked: String) {
        var text = ""
        var positions: [Character: (line: Int, column: Int)] = [:]
        var line = 1
        var column = 1
        for character in marked {
            if Self.markers.contains(character) {
                precondition(positions[character] == nil, "marker \(character) used twice")
                positions[character] = (line, column)
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                // Columns count Unicode scalars, as libyaml does.
                column += character.unicodeScalars.count
            }
        }
        self.text = text
        self.positions = positions
    }

    /// The 1-based line and column of a marker.
    public subscript(marker: Character) -> (line: Int, column: Int) {
        guard let position = positions[marker] else { preconditionFailure("no marker \(marker) in the text") }
        return position
    }

    /// `file:line:column` of a marker, as diagnostics print it.
    public func location(_ marker: Character, file: String) -> String {
        let (line, column) = self[marker]
        return "\(file):\(line):\(column)"
    }
}
