import Foundation
@testable import PathguideSite
import Testing

/// Runs of Chinese in pages of another language carry `lang` (WCAG 3.1.2, language of parts).
@Suite struct LanguageRunsTests {
    private func marked(_ html: String) -> String {
        String(decoding: LanguageRuns.marked(Array(html.utf8), tag: "zh-Hans"), as: UTF8.self)
    }

    @Test func labelsAndNamesAreMarkedWithTheirPunctuation() {
        #expect(marked("<p>Tap 「淘宝求助」 (&quot;Taobao Help&quot;).</p>")
            == "<p>Tap <span lang=\"zh-Hans\">「淘宝求助」</span> (&quot;Taobao Help&quot;).</p>")
        // ASCII brackets and spaces are the English sentence's; full-width ones belong to the run.
        #expect(marked("<h3 id=\"x\">Taobao Help (淘宝求助)</h3>") == "<h3 id=\"x\">Taobao Help (<span lang=\"zh-Hans\">淘宝求助</span>)</h3>")
        #expect(marked("<li>淘宝小蜜（智能客服），then 人工</li>")
            == "<li><span lang=\"zh-Hans\">淘宝小蜜（智能客服），</span>then <span lang=\"zh-Hans\">人工</span></li>")
    }

    @Test func punctuationAloneIsNotChinese() {
        #expect(marked("<p>A「」B。</p>") == "<p>A「」B。</p>")
    }

    @Test func theHeadScriptsAndMarkedElementsAreLeftAlone() {
        let html = """
            <html lang="en"><head><title>Taobao (淘宝)</title><meta content="淘宝"></head><body>\
            <a hreflang="zh-Hans" lang="zh-Hans">中文</a><script type="application/ld+json">{"name": "淘宝"}</script>\
            <p title="淘宝">淘宝</p></body></html>
            """
        #expect(marked(html) == """
            <html lang="en"><head><title>Taobao (淘宝)</title><meta content="淘宝"></head><body>\
            <a hreflang="zh-Hans" lang="zh-Hans">中文</a><script type="application/ld+json">{"name": "淘宝"}</script>\
            <p title="淘宝"><span lang="zh-Hans">淘宝</span></p></body></html>
            """)
    }

    @Test func pagesWithoutChineseAreTheSameBytes() {
        let html = "<p>Café — naïve ☃</p>"
        #expect(marked(html) == html)
    }

    @Test func extensionBCharactersAreHan() {
        #expect(marked("<p>𠮷野家</p>") == "<p><span lang=\"zh-Hans\">𠮷野家</span></p>")
    }

    /// Every Han character in the body of every English page of the repository's site is inside
    /// an element whose language is Chinese; the Chinese pages gain no spans.
    @Test func everyChineseCharacterOfTheEnglishPagesHasItsLanguage() throws {
        let site = SiteFixtures.repository.appendingPathComponent("output/site")
        let pages = try FileManager.default.subpathsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".html") }.sorted()
        let english = pages.filter { $0.hasPrefix("en/") }
        #expect(english.count == 8)
        var han = 0
        for path in english {
            let html = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
            let unmarked = Self.hanOutsideChinese(html)
            han += unmarked.total
            #expect(unmarked.outside == [], "\(path)")
        }
        #expect(han > 1_000)
        for path in pages where path.hasPrefix("zh/") {
            let html = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
            #expect(!html.contains("<span lang=\"zh-Hans\">"), "\(path)")
        }
    }

    /// Han characters in the body's text (not in scripts) and the ones whose nearest `lang` is
    /// not Chinese, with the text around them. Walks the tags with a stack; the pages are the
    /// templates' and libcmark's well-formed HTML.
    static func hanOutsideChinese(_ html: String) -> (total: Int, outside: [String]) {
        let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
        let scalars = Array(html.unicodeScalars)
        var stack: [(name: String, lang: String?)] = [("html", "en")]
        var inBody = false
        var total = 0
        var outside: [String] = []
        var i = 0
        while i < scalars.count {
            if scalars[i] == "<" {
                var end = i
                while end < scalars.count, scalars[end] != ">" { end += 1 }
                let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<end]))
                i = end + 1
                let name = String(tag.prefix { $0 != " " && $0 != "/" && $0 != "\n" }).lowercased()
                if tag.hasPrefix("/") {
                    let closing = String(tag.dropFirst()).lowercased()
                    if let index = stack.lastIndex(where: { $0.name == closing }) { stack.removeSubrange(index...) }
                    continue
                }
                if name == "body" { inBody = true }
                // A map's labels are SVG text, which cannot hold the HTML that marks a language.
                if name == "script" || name == "style" || name == "svg" {
                    let close = "</\(name)>"
                    let rest = String(String.UnicodeScalarView(scalars[i...]))
                    guard let range = rest.range(of: close) else { break }
                    i += rest[..<range.upperBound].unicodeScalars.count
                    continue
                }
                if void.contains(name) || tag.hasSuffix("/") || tag.hasPrefix("!") { continue }
                let lang = tag.range(of: "lang=\"").map { String(tag[$0.upperBound...].prefix { $0 != "\"" }) }
                stack.append((name, tag.hasPrefix("a ") && tag.contains("hreflang") && lang == nil ? nil : lang))
                continue
            }
            if inBody, LanguageRuns.isHan(scalars[i].value) {
                total += 1
                let lang = stack.last { $0.lang != nil }?.lang ?? ""
                if !lang.hasPrefix("zh") {
                    let context = scalars[max(0, i - 20)..<min(scalars.count, i + 20)]
                    outside.append(String(String.UnicodeScalarView(context)))
                }
            }
            i += 1
        }
        return (total, outside)
    }
}
