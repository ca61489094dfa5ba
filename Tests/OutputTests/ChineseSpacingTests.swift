import Foundation
import Testing

/// Browsers show a line break inside a paragraph as a space, also between two Chinese
/// characters ("App。 不同版本"), where Chinese has none; so do Hugo, Jekyll and MkDocs with the
/// Markdown. No page and no Markdown file the build writes has white space between two of them.
@Suite struct ChineseSpacingTests {
    /// Han characters, CJK punctuation (。「」) and full-width forms (，（）).
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF00...0xFFEF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// Each place in `text` where white space stands between two Chinese characters, with them.
    static func spacesBetweenChinese(_ text: some StringProtocol) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var found: [String] = []
        var i = 0
        while i < scalars.count {
            guard isChinese(scalars[i]) else { i += 1; continue }
            var j = i + 1
            while j < scalars.count, scalars[j].properties.isWhitespace { j += 1 }
            if j > i + 1, j < scalars.count, isChinese(scalars[j]) {
                found.append(String(String.UnicodeScalarView(scalars[i...j])))
            }
            i = j
        }
        return found
    }

    @Test func theCheckFindsWhatItLooksFor() {
        #expect(Self.spacesBetweenChinese("打开 App。\n   不同版本，\t好 。") == ["。\n   不", "，\t好", "好 。"])
        #expect(Self.spacesBetweenChinese("手机淘宝 App 首页") == [])
    }

    @Test func noPageHasSpaceBetweenChineseCharacters() async throws {
        let built = await BuiltSite.shared.value
        let pages = BuiltSite.files(under: built.site).filter { $0.hasSuffix(".html") }
        #expect(pages.count == 17)
        for page in pages {
            var html = try String(contentsOf: built.site.appendingPathComponent(page), encoding: .utf8)
            // Scripts hold data, not text a reader sees.
            while let start = html.range(of: "<script"), let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex) {
                html.removeSubrange(start.lowerBound..<end.upperBound)
            }
            // Text between two tags; a tag itself ends a run of text.
            let texts = html.split(separator: "<").map { $0.split(separator: ">", maxSplits: 1).last ?? "" }
            #expect(texts.flatMap(Self.spacesBetweenChinese) == [], "\(page)")
        }
    }

    @Test func noMarkdownHasALineBreakBetweenChineseCharacters() async throws {
        let built = await BuiltSite.shared.value
        let files = BuiltSite.files(under: built.markdown).filter { $0.hasSuffix(".md") }
        #expect(files.count == 8)
        var chinese = 0
        for file in files {
            let markdown = try String(contentsOf: built.markdown.appendingPathComponent(file), encoding: .utf8)
            chinese += markdown.unicodeScalars.filter(Self.isChinese).count
            // A blank line between two paragraphs is not a space in the text; any other break is.
            let paragraphs = markdown.components(separatedBy: "\n\n")
            #expect(paragraphs.flatMap(Self.spacesBetweenChinese) == [], "\(file)")
        }
        #expect(chinese > 10_000)
    }
}
