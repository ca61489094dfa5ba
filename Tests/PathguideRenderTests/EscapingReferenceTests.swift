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

        static func linkDestination(_ url: String) -> String {
            var out = ""
            for scalar in url.unicodeScalars {
                switch scalar {
                case "&": out += "&amp;"
                case "\\": out += "\\\\"
                case "<", ">", "(", ")", " ", _ where isControlOrBreak(scalar) || scalar.properties.isWhitespace:
                    out += String(scalar).utf8.map { byte in
                        let hex = Array("0123456789ABCDEF")
                        return "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
                    }.joined()
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }

        /// The web-link check on characters, for any text.
        static func web(_ url: String) -> Bool {
            guard !url.unicodeScalars.contains(where: { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) || $0.properties.isWhitespace || $0 == "\\" }) else { return false }
            let lower = url.lowercased()
            let rest: Substring
            if lower.hasPrefix("https://") {
                rest = url.dropFirst(8)
            } else if lower.hasPrefix("http://") {
                rest = url.dropFirst(7)
            } else {
                return false
            }
            let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            guard !authority.contains("@") else { return false }
            let host = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = host.first else { return false }
            let labels = name.split(separator: ".", omittingEmptySubsequences: false)
            guard !labels.isEmpty, labels.allSatisfy({ label in
                !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                    && label.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            }) else { return false }
            if host.count == 2 {
                let port = host[1]
                guard (1...5).contains(port.count), port.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(port), (1...65535).contains(number) else { return false }
            }
            return true
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

    static let urlPieces = ["https://", "http://", "HTTPS://", "hTtP://", "ftp://", "example", ".", "-", "org", "a-b", ":", "443", "0", "65536",
                            "99999", "/", "?q=1&x=2", "#frag", "@", "user", " ", "\t", "\\", "(", ")", "<", ">", "\u{7F}", "\u{85}", "\u{A0}",
                            "\u{3000}", "例子", "é", String(repeating: "x", count: 64)]

    static func urls(count: Int) -> [String] {
        var seed: UInt64 = 11
        var urls: [String] = []
        for _ in 0..<count {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            var url = seed >> 62 == 0 ? "" : "https://"
            for _ in 0..<Int((seed >> 58) & 7) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                url += urlPieces[Int(seed >> 33) % urlPieces.count]
            }
            urls.append(url)
        }
        return urls + ["https://example.org", "https://example.org:8080/a", "https://example.org:0/", "https://a..b/", "https://-a.org/",
                       "http://EXAMPLE.org/x?y#z", "https://x.org:65535", "https://x.org:65536", "https://u@x.org/"]
    }

    @Test func linkDestinationsMatchTheScalarRules() {
        for url in Self.urls(count: 20_000) {
            #expect(MarkdownEscaping.linkDestination(url) == Reference.linkDestination(url), "\(url.debugDescription)")
        }
    }

    @Test func webLinksMatchTheCharacterRules() {
        var accepted = 0
        for url in Self.urls(count: 20_000) {
            let reference = Reference.web(url)
            #expect((SafeLink.web(url) != nil) == reference, "\(url.debugDescription)")
            if reference { accepted += 1 }
        }
        #expect(accepted > 100)
    }
}
