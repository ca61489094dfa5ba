@testable import PathguideRender
import Testing

/// The byte-level escaping against a scalar-by-scalar statement of the same rules, on texts
/// made of every kind of piece the rules care about.
@Suite struct EscapingReferenceTests {
    /// The rules one Unicode scalar at a time, as they are documented in `MarkdownEscaping`.
    enum Reference {
        static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "{"]

        static func isControlOrBreak(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
        }

        static func collapsingWhitespace(_ text: String) -> [Unicode.Scalar] {
            var scalars: [Unicode.Scalar] = []
            for scalar in text.unicodeScalars {
                if scalar == " " || scalar == "\t" || isControlOrBreak(scalar) {
                    if scalars.last != " " { scalars.append(" ") }
                } else {
                    scalars.append(scalar)
                }
            }
            return scalars
        }

        static func escapedText(_ text: String) -> String {
            let scalars = collapsingWhitespace(text)
            var out = String.UnicodeScalarView()
            var trailingHashes = scalars.count
            while trailingHashes > 0, scalars[trailingHashes - 1] == "#" || scalars[trailingHashes - 1] == " " {
                trailingHashes -= 1
            }
            for (i, scalar) in scalars.enumerated() {
                let escape = alwaysEscaped.contains(scalar)
                    || (scalar == "#" && i >= trailingHashes)
                    || (scalar == "!" && (i + 1 == scalars.count || scalars[i + 1] == "["))
                if escape { out.append("\\") }
                out.append(scalar)
            }
            return String(out)
        }

        static func plain(_ text: String) -> String {
            var scalars = collapsingWhitespace(text)
            while scalars.first == " " { scalars.removeFirst() }
            while scalars.last == " " { scalars.removeLast() }
            var out = String.UnicodeScalarView()
            out.append(contentsOf: scalars)
            return String(out)
        }

        static func slug(_ text: String) -> String {
            var slug = ""
            for scalar in text.lowercased().unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    slug.unicodeScalars.append(scalar)
                } else if !slug.isEmpty, slug.last != "-" {
                    slug += "-"
                }
            }
            while slug.last == "-" { slug.removeLast() }
            return slug.isEmpty ? "section" : slug
        }
    }

    static let pieces = ["a", "Z", "客服", " ", "  ", "\t", "\n", "\r\n", "\u{0}", "\u{1F}", "\u{85}", "\u{80}", "\u{A0}", "\u{2028}", "\u{2029}",
                         "\u{2027}", "\u{202A}", "\u{3000}", "#", "##", "!", "![", "[", "x]", "*", "_", "`", "<", ">", "&", "|", "~", "{",
                         "\\", "1.", ")", "-", "é", "e\u{301}", "「我」", "\u{7F}", "\u{9F}", "\u{C2}", "\u{E2}", "👩‍👩‍👧", "K", "İ", "Straße"]

    /// Texts from a fixed linear congruential sequence: the same ones every run.
    static func texts(count: Int) -> [String] {
        var seed: UInt64 = 7
        var texts: [String] = []
        for _ in 0..<count {
            var text = ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(seed >> 60) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            texts.append(text)
        }
        return texts
    }

    @Test func escapingMatchesTheScalarRules() {
        for text in Self.texts(count: 20_000) {
            #expect(MarkdownEscaping.escapedText(text) == Reference.escapedText(text), "\(text.debugDescription)")
            #expect(MarkdownEscaping.text(text) == Reference.escapedText(text), "\(text.debugDescription)")
        }
    }

    @Test func plainTextMatchesTheScalarRules() {
        for text in Self.texts(count: 20_000) {
            let plain = Reference.plain(text)
            #expect(MarkdownEscaping.plain(text) == plain, "\(text.debugDescription)")
            #expect(MarkdownEscaping.isBlank(text) == plain.isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func slugsMatchTheScalarRules() {
        for text in Self.texts(count: 20_000) + ["channel-merchant-chat", "Channel--X_1", "-a-", "", "KELVIN-K", "İstanbul"] {
            #expect(MarkdownWriter.slug(text) == Reference.slug(text), "\(text.debugDescription)")
        }
    }
}
