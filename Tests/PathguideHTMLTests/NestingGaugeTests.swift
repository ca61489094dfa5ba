#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import PathguideHTML

/// The nesting limit: pages within it are read whole; past it, reading stops at the start tag
/// that goes too deep; and the gauge that guards gumbo never lets more than the limit reach it.
@Suite struct NestingGaugeTests {
    /// A link on line 1, then `prefix` and `count` nested divs on line 2 with a link inside.
    static func divs(_ count: Int, inside prefix: String = "") -> String {
        "<!DOCTYPE html><p><a href=\"before.html\">b</a></p>\n" + prefix + String(repeating: "<div>", count: count)
            + "<a href=\"inside.html\">a</a>"
    }

    @Test func pagesStopAtTheLimit() {
        // html, body, 509 divs and the a: 512 elements open at once.
        let whole = HTMLDocument.parse(Self.divs(509))
        #expect(whole.links.map(\.url) == ["before.html", "inside.html"])
        #expect(whole.nestingLimitExceeded == nil)

        let cut = HTMLDocument.parse(Self.divs(510))
        #expect(cut.links.map(\.url) == ["before.html"])
        #expect(cut.nestingLimitExceeded?.description == "2:\(510 * 5 + 1)")
        #expect(cut.nestingLimitExceeded?.offset == Array(Self.divs(510).utf8).count - #"<a href="inside.html">a</a>"#.utf8.count)
    }

    @Test func pagesInTablesStopAtTheLimit() {
        // html, body, table, the implied tbody, tr, td, 505 divs and the a: 512, as gumbo builds it.
        let table = "<table><tr><td>"
        let whole = Array(Self.divs(505, inside: table).utf8)
        #expect(whole.withUnsafeBytes(HTMLDocument.treeDepthWithGumbo) == 512)
        let page = HTMLDocument.parse(whole)
        #expect(page.links.map(\.url) == ["before.html", "inside.html"])
        #expect(page.nestingLimitExceeded == nil)

        let cut = HTMLDocument.parse(Self.divs(506, inside: table))
        #expect(cut.links.map(\.url) == ["before.html"])
        #expect(cut.nestingLimitExceeded?.description == "2:\(table.count + 506 * 5 + 1)")
    }

    /// The pages that took gumbo tens of seconds: a megabyte of nested divs, and
    /// nested divs inside a table cell. Reading stops at the limit, in well under a second of CPU
    /// time even in a debug build; the bound is generous so that a loaded machine does not matter.
    @Test func megabytePagesTakeLinearWork() {
        let pages = [
            ("<!DOCTYPE html><html><body>", 200_000, 1 + 27 + 510 * 5),
            ("<!DOCTYPE html><html><body><table><tr><td>", 100_000, 1 + 42 + 506 * 5),
        ]
        for (prefix, count, column) in pages {
            defer { Self.megabyteTagTakesLinearWork(prefix) }
            let text = prefix + String(repeating: "<div>", count: count) + #"<a href="missing.html">x</a>"#
            let start = Self.cpuSeconds()
            let page = HTMLDocument.parse(text)
            let spent = Self.cpuSeconds() - start
            #expect(page.nestingLimitExceeded?.description == "1:\(column)")
            #expect(page.links.isEmpty)
            #expect(spent < 5, "\(spent) s of CPU time for \(text.utf8.count) bytes")
        }
    }

    /// One tag with a megabyte of attributes, which gumbo compares pairwise.
    static func megabyteTagTakesLinearWork(_ prefix: String) {
        let text = prefix + "<a " + (0..<100_000).map { "x\($0)" }.joined(separator: " ") + #" href="missing.html">x</a>"#
        let start = cpuSeconds()
        let page = HTMLDocument.parse(text)
        let spent = cpuSeconds() - start
        #expect(page.attributeLimitExceeded?.description == "1:\(prefix.count + 1)")
        #expect(spent < 5, "\(spent) s of CPU time for \(text.utf8.count) bytes")
    }

    /// Shapes that nest without end, each in a table so that gumbo reads them: whatever the gauge
    /// lets through is no deeper in gumbo's tree than the limit. The gauge bounds the stack of
    /// open elements; the tree is as deep except where `</form>` takes a form off the stack
    /// while what it holds stays open (and its form pointer keeps forms from nesting directly).
    static let deepShapes: [(String, String, String)] = [
        ("divs in a cell", "<table><tr><td>", "<div>"),
        ("nested tables", "", "<table><tr><td>"),
        ("divs fostered out of a table", "<table>", "<div>"),
        ("formatting reopened in each block", "<table><tr><td>", "<div><b id=@></div>"),
        ("formatting reopened in each paragraph", "<table><tr><td>", "<p><b id=@>x"),
        ("misnested formatting", "<table><tr><td>", "<b><div>x</b>"),
        ("unknown elements closed by another name", "<table><tr><td>", "<x><y></x>"),
        ("a select hiding a style", "<table><tr><td><select><style></select>", "<div>"),
        ("framesets", "", "<frameset>"),
        ("svg", "<table><tr><td><svg>", "<g>"),
        ("mathml", "<math>", "<mrow>"),
        ("font leaving svg", "<table><tr><td><svg>", "<g><g><font color=red>"),
        ("templates", "", "<template>"),
        ("rows in templates", "<table><tr><td>", "<template><tr>"),
        ("lists", "<table><tr><td>", "<ul><li>"),
        ("ruby", "<table><tr><td>", "<ruby><rb><div>"),
        ("links around blocks", "<table><tr><td>", "<a href=x><div>"),
        ("nobr around blocks", "<table><tr><td>", "<nobr><div>"),
        ("forms closed early", "<table><tr><td>", "<form><div></form>"),
        ("objects", "<table><tr><td>", "<object>"),
        ("headings around blocks", "<table><tr><td>", "<h1><div>"),
    ]

    @Test(arguments: deepShapes)
    func theGaugeNeverLetsGumboGoDeeperThanTheLimit(_ name: String, _ prefix: String, _ repeated: String) {
        let limit = 40
        let text = prefix + (0..<400).map { repeated.replacingOccurrences(of: "@", with: "\($0)") }.joined()
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { raw in
            let excess = TagTokenizer.firstLimit(in: raw.assumingMemoryBound(to: UInt8.self), limit: limit)?.offset
            #expect(excess != nil, "\(name): the gauge let it through")
            let read = UnsafeRawBufferPointer(rebasing: raw[..<(excess ?? raw.count)])
            let depth = HTMLDocument.treeDepthWithGumbo(read)
            #expect(depth <= (repeated.contains("</form>") ? 2 * limit : limit), "\(name): gumbo nests \(depth) deep")
            #expect(HTMLDocument.parse(raw, limit: limit).nestingLimitExceeded?.offset == excess, "\(name)")
        }
    }

    /// Long pages that never nest deep, as old pages are written: unclosed paragraphs, list
    /// items, cells and options, and the same formatting element left open in each paragraph.
    static let flatShapes: [(String, String, String)] = [
        ("paragraphs", "<table><tr><td>", "<p>x"),
        ("list items", "<table><tr><td><ul>", "<li>x"),
        ("definitions", "<table><tr><td><dl>", "<dt>x<dd>y"),
        ("rows", "<table>", "<tr><td>x"),
        ("cells", "<table><tr>", "<td>x<th>y"),
        ("options", "<table><tr><td><select>", "<option>x<optgroup>"),
        ("bold left open", "<table><tr><td>", "<p><b>x"),
        ("fonts left open in cells", "<table>", "<tr><td><font face=x>y"),
        ("sections", "<table>", "<tbody><tr><td>x<thead><tr><th>y"),
        ("column groups", "<table>", "<colgroup><col><col>"),
        ("captions", "<table>", "<caption><div>"),
        ("tables after tables", "", "<table><tr><td>x</table>"),
        ("headings", "<table><tr><td>", "<h1>x<h2>y"),
        ("links", "<table><tr><td>", "<a href=x>x<a href=y>y"),
        ("svg shapes", "<table><tr><td><svg>", "<g><path/></g><rect/>"),
        ("ruby", "<table><tr><td><ruby>", "<rb>x<rt>y<rp>z"),
        ("buttons", "<table><tr><td>", "<button>x<button>y"),
        ("unclosed raw text elements closed", "<table><tr><td>", "<script>x</script><style>y</style><textarea>z</textarea>"),
    ]

    @Test(arguments: flatShapes)
    func flatPagesStayWithinTheLimit(_ name: String, _ prefix: String, _ repeated: String) {
        let text = prefix + String(repeating: repeated, count: 400)
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { raw in
            #expect(TagTokenizer.firstLimit(in: raw.assumingMemoryBound(to: UInt8.self), limit: 40) == nil, "\(name)")
            #expect(HTMLDocument.treeDepthWithGumbo(raw) <= 40, "\(name)")
        }
    }

    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
