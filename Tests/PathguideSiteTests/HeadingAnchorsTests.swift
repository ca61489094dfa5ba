import PathguideRender
@testable import PathguideSite
import Testing

@Suite struct HeadingAnchorsTests {
    private func heading(_ level: Int, _ anchor: String) -> RenderedDocument.Heading {
        .init(level: level, text: anchor, anchor: anchor)
    }

    @Test func nthHeadingGetsNthAnchor() throws {
        let html = "<h1>A</h1>\n<p>x <hr> y</p>\n<h2>B</h2>\n<h6>C</h6>\n"
        let result = try HeadingAnchors.inject([heading(1, "a"), heading(2, "b"), heading(6, "c")], into: html, document: "doc")
        #expect(result == "<h1 id=\"a\">A</h1>\n<p>x <hr> y</p>\n<h2 id=\"b\">B</h2>\n<h6 id=\"c\">C</h6>\n")
    }

    @Test func anchorsAreEscapedForTheAttribute() throws {
        let result = try HeadingAnchors.inject([heading(2, #"a"b<c>&"#)], into: "<h2>X</h2>", document: "doc")
        #expect(result == #"<h2 id="a&quot;b&lt;c&gt;&amp;">X</h2>"#)
    }

    @Test func fewerHeadingsThanListedIsAnError() {
        #expect(throws: SiteError("doc: error: the document lists 2 headings but the HTML has 1; the renderer's heading list is out of step with its Markdown")) {
            try HeadingAnchors.inject([heading(2, "a"), heading(2, "b")], into: "<h2>A</h2>", document: "doc")
        }
    }

    @Test func aDifferentLevelIsAnError() {
        #expect(throws: SiteError("doc: error: heading 1 ('a') is listed at level 3 but the HTML has <h2>; the renderer's heading list is out of step with its Markdown")) {
            try HeadingAnchors.inject([heading(3, "a")], into: "<h2>A</h2>", document: "doc")
        }
    }
}
