/// A position in YAML source text.
///
/// Both numbers are 1-based. Columns count Unicode scalars (code points), the
/// way libyaml counts them, so `名称: 抖音` has its value at column 5. Lines end at
/// every break libyaml (YAML 1.1) knows: LF, CR LF, a lone CR, NEL (U+0085), LS
/// (U+2028) and PS (U+2029).
public struct YAMLMark: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The first character of the input.
    public static let start = YAMLMark(line: 1, column: 1)

    public static func < (lhs: YAMLMark, rhs: YAMLMark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}
