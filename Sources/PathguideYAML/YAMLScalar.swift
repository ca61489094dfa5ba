/// A scalar exactly as written: its text and the style it was written in.
///
/// No implicit typing happens here; `"3"`, `3` and `true` are all strings,
/// and the style tells a consumer whether the author quoted the value.
public struct YAMLScalar: Hashable, Sendable {
    public var value: String
    public var style: Style

    /// How the scalar was written in the source.
    public enum Style: Hashable, Sendable {
        case plain
        case singleQuoted
        case doubleQuoted
        /// A `|` block scalar.
        case literal
        /// A `>` block scalar.
        case folded
    }

    public init(value: String, style: Style = .plain) {
        self.value = value
        self.style = style
    }
}
