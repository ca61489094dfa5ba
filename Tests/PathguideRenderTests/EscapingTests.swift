import PathguideCore
@testable import PathguideRender
import Testing

/// Guide text is data: every text shows exactly as typed, whatever CommonMark syntax it holds.
@Suite struct EscapingTests {
    /// A text, and the Markdown it must become at the start of a line.
    static let samples: [(text: String, markdown: String)] = [
        ("<script>alert(1)</script>", #"\<script\>alert(1)\</script\>"#),
        ("*bold*", #"\*bold\*"#),
        ("[x](javascript:alert(1))", #"\[x\](javascript:alert(1))"#),
        ("`code`", #"\`code\`"#),
        ("&amp;", #"\&amp;"#),
        ("# heading", ##"\# heading"##),
        ("1. item", #"1\. item"#),
        ("2) item", #"2\) item"#),
        ("a | b", #"a \| b"#),
        (#"back\slash"#, #"back\\slash"#),
        ("- item", #"\- item"#),
        ("+ item", #"\+ item"#),
        ("> quote", #"\> quote"#),
        ("===", #"\==="#),
        ("~~strike~~", #"\~\~strike\~\~"#),
        ("![img](x)", #"\!\[img\](x)"#),
        ("_under_", #"\_under\_"#),
        ("Title {#id}", #"Title \{#id}"#),
        (": definition", #"\: definition"#),
        ("C#", ##"C\#"##),
        ("wow!", #"wow\!"#),
        ("line one\nline two\r\n\tand three", "line one line two and three"),
        ("    indented", "indented"),
        ("<!-- comment -->", #"\<!-- comment --\>"#),
        ("https://example.com", "https://example.com"),
        ("抖音 APP「我」", "抖音 APP「我」"),
    ]

    /// What the writer makes of a text at the start of a line.
    private func line(_ text: String) -> String {
        var out = MarkdownWriter()
        out.paragraph(.text(text))
        return String(out.body.dropLast())
    }

    @Test func exactMarkdown() {
        for (text, markdown) in Self.samples {
            #expect(line(text) == markdown, "\(text.debugDescription)")
        }
    }

    @Test func blockMarkersAreEscapedOnlyAtTheStartOfALine() {
        #expect(MarkdownEscaping.text("- item") == "- item")
        #expect(MarkdownEscaping.text("1. item") == "1. item")
        let field = Inline.strong("Hours") + .text(": ") + .text("- all day")
        var out = MarkdownWriter()
        out.paragraph(field)
        #expect(out.body == "**Hours**: - all day\n")
    }

    /// Each sample as a paragraph, a list item, a continuation line, a heading and after a
    /// label, rendered by the reference implementation.
    @Test func cmarkShowsEveryTextExactly() async throws {
        var out = MarkdownWriter()
        for (i, sample) in Self.samples.enumerated() {
            out.heading(2, sample.text, anchor: "s\(i)")
            out.paragraph(.text(sample.text))
            out.bulletList([.init(.text(sample.text), [.text(sample.text)])])
            out.paragraph(.strong("Label") + .text(": ") + .text(sample.text))
        }
        guard let html = try await Cmark.html(out.body) else { return }
        for sample in Self.samples {
            let shown = Cmark.escapedHTML(MarkdownEscaping.plain(sample.text))
            #expect(html.contains("<h2>\(shown)</h2>"), "heading \(sample.text.debugDescription)")
            #expect(html.contains("<p>\(shown)</p>"), "paragraph \(sample.text.debugDescription)")
            #expect(html.contains("<li>\n<p>\(shown)</p>\n<p>\(shown)</p>\n</li>"), "list item \(sample.text.debugDescription)")
            #expect(html.contains("<p><strong>Label</strong>: \(shown)</p>"), "field \(sample.text.debugDescription)")
        }
        for forbidden in ["<script", "<em>", "<code>", "<img", "<blockquote>", "<ol>", "<hr", "<a ", "<del>", "<table>", "<!--"] {
            #expect(!html.contains(forbidden), "\(forbidden) in rendered HTML")
        }
    }

    @Test func linkDestinations() async throws {
        let url = "https://example.com/a(b)?q=1&amp;x=<y>"
        #expect(MarkdownEscaping.linkDestination(url) == "https://example.com/a%28b%29?q=1&amp;amp;x=%3Cy%3E")
        let link = try #require(SafeLink.web("https://example.com/a(b)?q=1&amp;x"))
        let markdown = Inline.link("see [here]", to: link).markdown
        #expect(markdown == #"[see \[here\]](https://example.com/a%28b%29?q=1&amp;amp;x)"#)
        guard let html = try await Cmark.html(markdown) else { return }
        #expect(html == "<p><a href=\"https://example.com/a%28b%29?q=1&amp;amp;x\">see [here]</a></p>\n")
    }

    @Test func onlySafeLinks() {
        #expect(SafeLink.web("https://example.com/help")?.destination == "https://example.com/help")
        #expect(SafeLink.web("HTTP://example.com:8080/")?.destination == "HTTP://example.com:8080/")
        for refused in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "ftp://example.com", "//example.com",
                        "https://user@evil.example", "https:///path", "https://exa mple.com", "https://example.com\n", "https://example.com:99999"] {
            #expect(SafeLink.web(refused) == nil, "\(refused.debugDescription)")
        }
        #expect(SafeLink.phone("+86 (571) 8815-8198")?.destination == "tel:+8657188158198")
        #expect(SafeLink.phone("95188")?.destination == "tel:95188")
        #expect(SafeLink.phone("95188转2") == nil)
        #expect(SafeLink.phone("1+1") == nil)
        #expect(SafeLink.email("help@example.com")?.destination == "mailto:help@example.com")
        #expect(SafeLink.email("a b@example.com") == nil)
        #expect(SafeLink.email("help@localhost") == nil)
        #expect(SafeLink.email("help@example.com?subject=x") == nil)
        #expect(SafeLink.parse("tel:+86 571 8815 8198")?.destination == "tel:+8657188158198")
        #expect(SafeLink.parse("mailto:help@example.com")?.destination == "mailto:help@example.com")
        #expect(SafeLink.parse("javascript:alert(1)") == nil)
    }

    /// A whole guide written by someone hostile, rendered in both languages and through cmark.
    @Test(arguments: ["en", "zh"])
    func hostileGuide(locale: String) async throws {
        let renderer = try TestGuide.renderer(HostileGuide.text, locale: locale)
        for document in [renderer.guide(), renderer.sheet()] {
            guard let html = try await Cmark.html(document.body) else { return }
            for forbidden in ["<script", "<b>", "<em>", "<code>", "<img", "<blockquote>", "<table>", "href=\"javascript"] {
                #expect(!html.contains(forbidden), "\(forbidden) in the \(locale) \(document.translationKey) HTML")
            }
            #expect(html.components(separatedBy: "<h1>").count == 2, "one title")
            let headingCount = ["<h1>", "<h2>", "<h3>", "<h4>"].map { html.components(separatedBy: $0).count - 1 }.reduce(0, +)
            #expect(headingCount == document.headings.count)
        }
        let guide = renderer.guide()
        guard let html = try await Cmark.html(guide.body) else { return }
        let links = html.components(separatedBy: "<a href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(links == ["tel:+8657188158198", "mailto:help@example.com", "https://example.com/a%28b%29?q=1&amp;amp;x"])
        for text in HostileGuide.texts {
            #expect(html.contains(Cmark.escapedHTML(MarkdownEscaping.plain(text))), "\(text.debugDescription) not shown as typed in \(locale)")
        }
    }

    @Test func hostileGuideExactLines() throws {
        let body = try TestGuide.renderer(HostileGuide.text, locale: "en").guide().body
        for line in [
            #"# How to reach \*bold\* \& \<b\> customer service"#,
            #"### \<script\>alert(1)\</script\>"#,
            #"\[x\](javascript:alert(1))"#,
            #"2. Tap 「\`code\`」 ("\&amp;")."#,
            ##"    \# heading"##,
            #"- 1\. item"#,
            #"- a \| b"#,
            #"- back\\slash"#,
            ##"### \# not a heading"##,
            #"- \- not a list"#,
            #"### \> quote"#,
            #"- \!\[img\](x) (file a\_b.txt): [https://example.com/a(b)?q=1\&amp;x](https://example.com/a%28b%29?q=1&amp;amp;x)"#,
            #"- **Website**: click me"#,
            #"- **Phone**: [+86 (571) 8815-8198](tel:+8657188158198)"#,
            #"- **Email**: [help@example.com](mailto:help@example.com)"#,
        ] {
            #expect(body.components(separatedBy: "\n").contains(line), "missing line: \(line)")
        }
    }
}

/// A guide whose every text tries to be Markdown or HTML.
enum HostileGuide {
    static let texts = [
        "*bold* & <b>", "<script>alert(1)</script>", "[x](javascript:alert(1))", "`code`", "&amp;", "# heading",
        "1. item", "a | b", #"back\slash"#, "# not a heading", "- not a list", "> quote", "![img](x)", "click me",
    ]

    /// `text` as a YAML double-quoted scalar, control characters escaped.
    static func yaml(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case _ where scalar.value < 0x20: out += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func both(_ text: String) -> String { "{zh: \(yaml(text)), en: \(yaml(text))}" }

    static let text = TestGuide.text(
        platformName: both("*bold* & <b>"),
        sources: """
              - id: article
                file: a_b.txt
                title: \(both("![img](x)"))
                url: "https://example.com/a(b)?q=1&amp;x"
            """,
        actions: ["{verb: tap, label: \(yaml("`code`")), gloss: {en: \(yaml("&amp;")), zh: \(yaml("&amp;"))}, to: agent, note: \(both("# heading"))}"],
        channels: """
              - id: agent
                kind: human-agent
                name: \(both("<script>alert(1)</script>"))
                description: \(both("[x](javascript:alert(1))"))
                operated-by: platform
                contacts:
                  - {kind: url, value: click me, url: "javascript:alert(1)"}
                  - {kind: phone, value: "+86 (571) 8815-8198"}
                  - {kind: email, value: help@example.com}
            """,
        extra: """
            tips:
              - text: \(both("1. item"))
              - text: \(both("a | b"))
              - text: \(both(#"back\slash"#))
            troubleshooting:
              - symptom: \(both("# not a heading"))
                remedies: [\(both("- not a list"))]
            scenarios:
              - id: quote
                topic: other
                title: \(both("> quote"))
                channels: [agent]
            """)
}

/// The shortcut for texts that need nothing must agree with the full escaping everywhere.
@Suite struct EscapingShortcutTests {
    @Test func shortcutAgreesWithFullEscaping() {
        let pieces = ["a", "客服", " ", "  ", "\t", "\n", "\u{85}", "\u{2028}", "\u{3000}", "\u{A0}", "#", "!", "[", "x]",
                      "*", "_", "`", "<", ">", "&", "|", "~", "{", "\\", "1.", ")", "-", "é", "「我」", "\u{7F}", "\u{9F}"]
        // A fixed linear congruential sequence: the same strings every run.
        var seed: UInt64 = 42
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int(seed % 6) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            #expect(MarkdownEscaping.text(text) == MarkdownEscaping.escapedText(text), "\(text.debugDescription)")
        }
    }
}
