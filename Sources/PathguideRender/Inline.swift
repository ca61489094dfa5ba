/// A piece of inline CommonMark that is safe to place anywhere in a line.
///
/// The only ways to make one escape their input or build a link from a checked `SafeLink`, so
/// guide text cannot reach a document unescaped by mistake: code that wants Markdown has to
/// ask for it by type.
struct Inline: Sendable, Equatable {
    /// The CommonMark source.
    private(set) var markdown: String

    private init(markdown: String) {
        self.markdown = markdown
    }

    static let empty = Inline(markdown: "")

    /// Plain text, shown exactly as given (whitespace collapsed).
    static func text(_ plain: String) -> Inline {
        Inline(markdown: MarkdownEscaping.text(plain))
    }

    /// Strong emphasis around plain text, for a field label such as **Hours**.
    ///
    /// Only used right before punctuation (the label separator): a closing `**` followed by
    /// punctuation always closes, whatever the text ends with, which is not true before a
    /// letter. Empty text gets no markers, since `****` is not emphasis.
    static func strong(_ plain: String) -> Inline {
        let escaped = MarkdownEscaping.text(plain)
        guard !MarkdownEscaping.isBlank(plain) else { return Inline(markdown: escaped) }
        return Inline(markdown: "**" + escaped + "**")
    }

    /// A link whose text is shown exactly as given.
    static func link(_ text: String, to link: SafeLink) -> Inline {
        Inline(markdown: "[" + MarkdownEscaping.text(text) + "](" + MarkdownEscaping.linkDestination(link.destination) + ")")
    }

    /// The two pieces in a row. Each piece has its whitespace collapsed already; where both
    /// bring a space to the join, one is kept, as a rendered paragraph would show it.
    static func + (lhs: Inline, rhs: Inline) -> Inline {
        if lhs.markdown.hasSuffix(" "), rhs.markdown.hasPrefix(" ") {
            return Inline(markdown: lhs.markdown + rhs.markdown.dropFirst())
        }
        return Inline(markdown: lhs.markdown + rhs.markdown)
    }

    static func += (lhs: inout Inline, rhs: Inline) {
        lhs = lhs + rhs
    }

    /// Whether nothing would show.
    var isEmpty: Bool { markdown.allSatisfy { $0 == " " } }
}

extension Array where Element == Inline {
    func joined(separator: Inline) -> Inline {
        var result = Inline.empty
        for (i, piece) in enumerated() {
            if i > 0 { result += separator }
            result += piece
        }
        return result
    }
}
