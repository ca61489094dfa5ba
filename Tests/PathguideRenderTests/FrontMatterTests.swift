@testable import PathguideRender
import Testing

/// Front matter every site generator takes as it is: exact, and readable back.
@Suite struct FrontMatterTests {
    @Test func douyinGuideAndSheet() throws {
        let guide = try #require(repositoryGuide("douyin-shop")?.guide)
        let zh = try GuideRenderer(guide: guide, locale: "zh")
        #expect(zh.guide().frontMatter == """
            ---
            title: "如何联系抖音小店客服"
            description: "一步步教你联系抖音小店客服：各个渠道在哪里、由谁回复、什么时间可以联系，以及解决不了时找谁。"
            platform: "douyin-shop"
            locale: "zh"
            lang: "zh-Hans"
            lastmod: 2026-11-24
            last_modified_at: 2026-11-24
            last_verified: "2026-11-24"
            translationKey: "douyin-shop"
            ---

            """)
        #expect(zh.sheet().frontMatter == """
            ---
            title: "抖音小店客服"
            description: "一页纸求助卡：如何联系抖音小店客服。"
            platform: "douyin-shop"
            locale: "zh"
            lang: "zh-Hans"
            lastmod: 2026-11-24
            last_modified_at: 2026-11-24
            last_verified: "2026-11-24"
            translationKey: "douyin-shop-sheet"
            type: "sheet"
            ---

            """)
        let en = try GuideRenderer(guide: guide, locale: "en").guide()
        #expect(en.title == "How to reach Douyin Shop customer service")
        #expect(en.lastVerified == "2026-11-24")
        #expect(en.translationKey == "douyin-shop")
        // The file leaves the title to the front matter: the body's "# title" is not written.
        #expect(en.body.hasPrefix("# How to reach Douyin Shop customer service\n\n"))
        #expect(en.markdown == en.frontMatter + en.body.dropFirst("# How to reach Douyin Shop customer service\n\n".count))
    }

    @Test func quotedEscapesEverythingYAMLCouldMisread() {
        #expect(FrontMatter.quoted(#"say "hi" \ bye"#) == #""say \"hi\" \\ bye""#)
        #expect(FrontMatter.quoted("a\nb\tc\u{7}\u{85}\u{2028}") == #""a\u000Ab\u0009c\u0007\u0085\u2028""#)
        #expect(FrontMatter.quoted("no: comment # here") == #""no: comment # here""#)
        #expect(FrontMatter.quoted("") == #""""#)
    }

    @Test func hostileTextsParseBack() throws {
        for locale in GuideRenderer.supportedLocales {
            let text = TestGuide.text(platformName: HostileGuide.both("say \"hi\" \\ # : -\u{1}\nnext line"))
            let renderer = try TestGuide.renderer(text, locale: locale)
            for document in [renderer.guide(), renderer.sheet()] {
                let fields = try Self.parse(document.frontMatter)
                let expected = ["title", "description", "platform", "locale", "lang", "lastmod", "last_modified_at", "last_verified", "translationKey"]
                    + (document.translationKey.hasSuffix("-sheet") ? ["type"] : [])
                #expect(fields.map(\.key) == expected)
                #expect(fields.first { $0.key == "title" }?.value == document.title)
                #expect(fields.first { $0.key == "locale" }?.value == locale)
            }
        }
    }

    /// A minimal reader for the front matter this renderer writes: `key: "…"` or `key: date`,
    /// one a line, every quoted value closed by its last character and no unescaped quote inside.
    static func parse(_ text: String) throws -> [(key: String, value: String)] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try #require(lines.first == "---" && lines.dropLast().last == "---" && lines.last == "")
        lines = Array(lines.dropFirst().dropLast(2))
        return try lines.map { line in
            let parts = line.split(separator: ":", maxSplits: 1).map(String.init)
            try #require(parts.count == 2 && parts[1].hasPrefix(" "), "not a key: value line: \(line)")
            let raw = String(parts[1].dropFirst())
            guard raw.hasPrefix("\"") else {
                try #require(LocalDateCheck.isDate(raw), "unquoted value that is not a date: \(raw)")
                return (parts[0], raw)
            }
            var value = ""
            var chars = Array(raw.unicodeScalars.dropFirst())
            try #require(chars.last == "\"", "unbalanced quotes: \(line)")
            chars.removeLast()
            var i = 0
            while i < chars.count {
                let c = chars[i]
                try #require(c != "\"", "unescaped quote inside: \(line)")
                try #require(c.value >= 0x20, "raw control character: \(line)")
                if c == "\\" {
                    try #require(i + 1 < chars.count, "dangling backslash: \(line)")
                    let next = chars[i + 1]
                    switch next {
                    case "\\", "\"": value.unicodeScalars.append(next); i += 2
                    case "u":
                        let hex = String(String.UnicodeScalarView(chars[(i + 2)..<(i + 6)]))
                        value.unicodeScalars.append(try #require(UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init)))
                        i += 6
                    default: Issue.record("unknown escape \\\(next) in \(line)"); i += 2
                    }
                } else {
                    value.unicodeScalars.append(c)
                    i += 1
                }
            }
            return (parts[0], value)
        }
    }

    /// The shortcut for texts that need no escape agrees with escaping scalar by scalar.
    @Test func quotingMatchesTheScalarRules() {
        func reference(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x5C: out += "\\\\"
                case 0x22: out += "\\\""
                case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF:
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        let pieces = ["a", "中文", "\\", "\"", "\n", "\u{1}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{2027}", "\u{FEFF}", "\u{FEFE}", "é", "—", " "]
        var seed: UInt64 = 3
        for _ in 0..<5_000 {
            var text = ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(seed >> 61) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            #expect(FrontMatter.quoted(text) == reference(text), "\(text.debugDescription)")
        }
    }
}

private enum LocalDateCheck {
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}
