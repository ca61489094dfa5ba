@testable import PathguideSite
import Testing

/// An index's entries and the chrome words render exactly as the dictionaries of strings they
/// replace: every name, a name the entry lacks, sections on their texts, transforms.
@Suite struct IndexEntryTests {
    static let template = """
        {{#platforms}}<{{name}}|{{{title}}}|{{description}}|{{id}} {{guideHref}} {{sheetHref}}|\
        {{#lastVerified}}[{{.}}|{{lastVerified}}|{{name}}|{{lang}}|{{strings.word}}|{{missing}}|{{#title}}{{.}}{{/title}}]{{/lastVerified}}|\
        {{^lastVerified}}none{{/lastVerified}}|{{#description}}d{{/description}}|{{uppercased(title)}}|\
        {{#empty(description)}}blank{{/empty(description)}}|{{strings.word}}|{{lang}}|{{#strings}}{{word}}{{lang}}{{/strings}}|\
        {{#empty(strings)}}no words{{/empty(strings)}}|{{#first()}}first{{/first()}}>
        {{/platforms}}{{^platforms}}no platforms{{/platforms}}{{strings.word}}
        """

    static let rows = [
        IndexList.Row(id: "shop", name: "Shop & Co", title: "How to <reach> \"Shop\"", description: "", lastVerified: "2026-01-02",
                      guideHref: "shop/index.html", sheetHref: "shop/sheet/index.html"),
        IndexList.Row(id: "mall", name: "商城", title: "e\u{301}'s mall", description: "One sentence.", lastVerified: "",
                      guideHref: "mall/index.html", sheetHref: "mall/sheet/index.html"),
    ]

    private func render(_ values: [String: Any]) throws -> String {
        var files = try SiteFixtures.templateFiles()
        files["probe.mustache"] = "{{% CONTENT_TYPE: HTML }}\n" + Self.template
        return try SiteTemplates(files: files).render("probe", values)
    }

    private func dictionaries(_ rows: [IndexList.Row]) -> [[String: Any]] {
        rows.map {
            ["id": $0.id, "name": $0.name, "title": $0.title, "description": $0.description,
             "lastVerified": $0.lastVerified, "guideHref": $0.guideHref, "sheetHref": $0.sheetHref]
        }
    }

    @Test(arguments: [0, 1, 2])
    func rendersAsDictionariesOfStrings(count: Int) throws {
        let rows = Array(Self.rows.prefix(count))
        let words = ["word": "W&"]
        let expected = try render(["lang": "en", "strings": words, "platforms": dictionaries(rows)])
        #expect(expected.hasSuffix("W&amp;"))
        if count > 0 {
            #expect(expected.contains("<Shop &amp; Co|How to <reach> \"Shop\"||shop shop/index.html shop/sheet/index.html|[2026-01-02|2026-01-02|Shop &amp; Co|en|W&amp;||How to &lt;reach&gt; &quot;Shop&quot;]|"))
        }
        let chrome = ChromeWords(words.mapValues(PageText.init))
        let list = IndexList(rows: rows, strings: chrome)
        #expect(try render(["lang": PageText("en"), "strings": chrome, "platforms": list.entries]) == expected)
    }

    @Test func entriesAnswerOnlyTheirOwnNames() {
        let list = IndexList(rows: Self.rows, strings: ChromeWords([:]))
        let entry = list.entries[1]
        #expect((entry.child(named: "name") as? IndexText)?.text == "商城")
        #expect((entry.child(named: "sheetHref") as? IndexText)?.text == "mall/sheet/index.html")
        #expect(entry.child(named: "strings") is ChromeWords)
        #expect(entry.child(named: "lang") == nil)
        #expect(entry.child(named: "") == nil)
    }
}
