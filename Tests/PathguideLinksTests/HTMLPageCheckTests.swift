import Testing
import PathguideTestSupport
@testable import PathguideLinks

/// What one page's check reports about the page itself.
@Suite struct HTMLPageCheckTests {
    /// Nested divs inside a table cell, so that gumbo reads the page: at a small depth every
    /// link is checked; past the limit the page is checked up to the tag that goes too deep and
    /// that place is reported once.
    @Test func pagesNestedTooDeepAreCheckedUpToTheLimit() throws {
        func page(_ depth: Int) -> MarkedText {
            MarkedText("<table><tr><td><a href=\"1️⃣gone.html\">g</a>\n" + String(repeating: "<div>", count: depth - 1)
                + "2️⃣<div><a href=\"3️⃣missing.html\">m</a>")
        }
        let shallow = page(20)
        #expect(OfflineTesting.lines(try OfflineTesting.check(["index.html": shallow.text]).diagnostics) == [
            "\(shallow.location("1️⃣", file: "site/index.html")): broken-link: link to 'gone.html' does not resolve to a file (looked for site/gone.html)",
            "\(shallow.location("3️⃣", file: "site/index.html")): broken-link: link to 'missing.html' does not resolve to a file (looked for site/missing.html)",
        ])
        // html, body, table, tbody, tr, td and 506 divs are 512 elements; the 507th div is one too many.
        let deep = page(507)
        #expect(OfflineTesting.lines(try OfflineTesting.check(["index.html": deep.text]).diagnostics) == [
            "\(deep.location("1️⃣", file: "site/index.html")): broken-link: link to 'gone.html' does not resolve to a file (looked for site/gone.html)",
            "\(deep.location("2️⃣", file: "site/index.html")): unreadable-page: elements are nested more than 512 deep here, so the rest of the page is not checked",
        ])
    }

    @Test func aTagWithTooManyAttributesEndsTheCheck() throws {
        let page = MarkedText("<table><tr><td><a href=\"1️⃣gone.html\">g</a>\n2️⃣<img " + String(repeating: "alt ", count: 300)
            + "src=\"missing.png\">")
        #expect(OfflineTesting.lines(try OfflineTesting.check(["index.html": page.text]).diagnostics) == [
            "\(page.location("1️⃣", file: "site/index.html")): broken-link: link to 'gone.html' does not resolve to a file (looked for site/gone.html)",
            "\(page.location("2️⃣", file: "site/index.html")): unreadable-page: this tag has more than 256 attributes, so the rest of the page is not checked",
        ])
    }

    @Test func aMegabyteOfNestedDivsIsReportedOnce() throws {
        let page = MarkedText("<!DOCTYPE html>\n" + String(repeating: "<div>", count: 510) + "1️⃣"
            + String(repeating: "<div>", count: 200_000) + #"<a href="missing.html">x</a>"#)
        #expect(OfflineTesting.lines(try OfflineTesting.check(["index.html": page.text]).diagnostics) == [
            "\(page.location("1️⃣", file: "site/index.html")): unreadable-page: elements are nested more than 512 deep here, so the rest of the page is not checked",
        ])
    }
}
