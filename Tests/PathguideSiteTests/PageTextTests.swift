@testable import PathguideSite
import Testing

/// Template values given as `PageText` render exactly as the same strings would.
@Suite struct PageTextTests {
    static let template = """
        {{title}}|{{{title}}}|{{#title}}[{{.}}{{title}}{{other}}{{missing}}]{{/title}}|{{^title}}none{{/title}}|\
        {{#empty}}e{{.}}{{/empty}}|{{^empty}}not{{/empty}}|{{uppercased(title)}}|{{#empty(empty)}}blank{{/empty(empty)}}|\
        {{#parts}}<{{.}}>{{/parts}}|{{strings.word}}|{{title.count}}|{{#strings}}{{word}}{{/strings}}
        """

    private func render(_ values: [String: Any]) throws -> String {
        var files = try SiteFixtures.templateFiles()
        files["probe.mustache"] = Self.template
        return try SiteTemplates(files: files).render("probe", values)
    }

    @Test(arguments: ["plain", "<b>&\"quoted\"</b>", "", "中文「我」", "e\u{301}<"])
    func rendersAsTheString(_ text: String) throws {
        let strings: [String: Any] = [
            "title": text, "other": "x&y", "empty": "", "parts": ["a", "<b>", ""], "strings": ["word": "W&"],
        ]
        let texts: [String: Any] = [
            "title": PageText(text), "other": PageText("x&y"), "empty": PageText(""),
            "parts": ["a", "<b>", ""].map(PageText.init), "strings": ["word": PageText("W&")],
        ]
        let expected = try render(strings)
        #expect(expected.contains("|W&amp;|") && expected.contains("<&lt;b&gt;>"))
        #expect(try render(texts) == expected)
    }

    /// The site's escaping, chosen by the content-type line, writes what Mustache's own writes.
    @Test(arguments: ["plain", "<b>&\"it's\"</b>", "", "中文「我」<>&", "e\u{301}<", "<\u{301}> &\u{308} '\u{20dd}", "\u{600}<", "👩‍👩‍👧&'\r\n\""])
    func siteEscapingMatchesMustache(_ text: String) throws {
        var files = try SiteFixtures.templateFiles()
        let probe = "{{title}}|{{#parts}}{{.}}{{/parts}}|{{{title}}}\n"
        files["plain.mustache"] = probe
        files["escaped.mustache"] = "{{% CONTENT_TYPE: HTML }}\n" + probe
        let templates = try SiteTemplates(files: files)
        let values: [String: Any] = ["title": PageText(text), "parts": [PageText(text), PageText("&")]]
        let expected = templates.render("plain", values)
        #expect(expected.hasSuffix("|" + text + "\n"))
        #expect(templates.render("escaped", values) == expected)
        #expect(SiteHTMLContentType.escape(text) + "|" == String(expected.prefix { $0 != "|" }) + "|")
    }
}
