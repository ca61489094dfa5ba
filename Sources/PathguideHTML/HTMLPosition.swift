/// A place in an HTML page: 1-based line, 1-based column counted in Unicode scalars (as the
/// rest of pathguide counts), and the 0-based byte offset in the page's UTF-8.
public struct HTMLPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }

    public static func < (lhs: HTMLPosition, rhs: HTMLPosition) -> Bool { lhs.offset < rhs.offset }
}
