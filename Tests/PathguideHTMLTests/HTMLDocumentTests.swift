import Testing
import PathguideHTML

/// `tag[attribute] url kind @line:column`, one line per link, so a failure shows the whole list.
private func summary(_ links: [HTMLLink]) -> [String] {
    links.map { "\($0.tag)[\($0.attribute)] \($0.url) \($0.kind.rawValue) @\($0.position)" }
}

private func summary(_ anchors: [HTMLAnchor]) -> [String] {
    anchors.map { "\($0.tag)[\($0.attribute)] \($0.name) @\($0.position)" }
}

@Suite struct HTMLDocumentTests {
    @Test func linksPointAtTheirValues() {
        let m = Marked("""
            <!DOCTYPE html>
            <html><head>
            <link rel="stylesheet" href="1️⃣../assets/site.css">
            <link rel=canonical href=2️⃣https://help.example.org/en/>
            </head><body>
            <p>中文中文 <a class="x" href="3️⃣taobao/index.html#channels">淘宝</a>
            <img alt="" src="4️⃣a.png" srcset="5️⃣a-1x.png 1x,6️⃣a-2x.png 2x">
            <script src='7️⃣app.js'></script>
            </body></html>
            """)
        let page = HTMLDocument.parse(m.text)
        #expect(summary(page.links) == [
            "link[href] ../assets/site.css resource @\(m["1️⃣"])",
            "link[href] https://help.example.org/en/ navigation @\(m["2️⃣"])",
            "a[href] taobao/index.html#channels navigation @\(m["3️⃣"])",
            "img[src] a.png resource @\(m["4️⃣"])",
            "img[srcset] a-1x.png resource @\(m["5️⃣"])",
            "img[srcset] a-2x.png resource @\(m["6️⃣"])",
            "script[src] app.js resource @\(m["7️⃣"])",
        ])
        #expect(page.links[0].rel == "stylesheet")
        #expect(page.links[2].rel == nil)
    }

    @Test func columnsCountCharactersNotBytesOrTabStops() {
        // gumbo expands tabs to its tab stop of 8; editors and the rest of pathguide count one.
        let m = Marked("标题\n\t<p>中文，𠀋😀 <a href=\"1️⃣x.html\">x</a>\n")
        let page = HTMLDocument.parse(m.text)
        #expect(m["1️⃣"] == "2:20")
        #expect(summary(page.links) == ["a[href] x.html navigation @\(m["1️⃣"])"])
        #expect(page.links[0].position.offset == Array("标题\n\t<p>中文，𠀋😀 <a href=\"".utf8).count)
    }

    @Test func elementPositionIsTheStartTag() {
        let m = Marked("<p>你好\n  1️⃣<a href=\"2️⃣x.html\">x</a>")
        let link = HTMLDocument.parse(m.text).links[0]
        #expect(link.elementPosition.description == m["1️⃣"])
        #expect(link.position.description == m["2️⃣"])
    }

    @Test func everyLinkBearingAttribute() {
        let m = Marked("""
            <base href="1️⃣/guides/">
            <map><area href="2️⃣map.html"></map>
            <iframe src="3️⃣frame.html"></iframe>
            <picture><source srcset="4️⃣wide.webp 800w, 5️⃣narrow.webp 400w" src="6️⃣s.png"></picture>
            <video src="7️⃣v.mp4" poster="8️⃣poster.jpg"></video><audio src="9️⃣a.ogg"></audio>
            <form action="🔟/search"></form>
            """)
        let page = HTMLDocument.parse(m.text)
        #expect(page.base.map { "\($0.url) @\($0.position)" } == "/guides/ @\(m["1️⃣"])")
        #expect(summary(page.links) == [
            "area[href] map.html navigation @\(m["2️⃣"])",
            "iframe[src] frame.html resource @\(m["3️⃣"])",
            "source[srcset] wide.webp resource @\(m["4️⃣"])",
            "source[srcset] narrow.webp resource @\(m["5️⃣"])",
            "source[src] s.png resource @\(m["6️⃣"])",
            "video[src] v.mp4 resource @\(m["7️⃣"])",
            "video[poster] poster.jpg resource @\(m["8️⃣"])",
            "audio[src] a.ogg resource @\(m["9️⃣"])",
            "form[action] /search navigation @\(m["🔟"])",
        ])
    }

    @Test func objectsMetaRefreshAndIcons() {
        let m = Marked("""
            <meta http-equiv="Refresh" content="5; URL='1️⃣moved.html'">
            <meta http-equiv="refresh" content="30">
            <meta name="description" content="not a link">
            <link rel="shortcut icon" href="2️⃣favicon.ico">
            <object data="3️⃣chart.svg"></object><embed src="4️⃣clip.swf">
            """)
        #expect(summary(HTMLDocument.parse(m.text).links) == [
            "meta[content] moved.html navigation @\(m["1️⃣"])",
            "link[href] favicon.ico resource @\(m["2️⃣"])",
            "object[data] chart.svg resource @\(m["3️⃣"])",
            "embed[src] clip.swf resource @\(m["4️⃣"])",
        ])
    }

    @Test func characterReferencesAreDecodedAndPositionsStayInTheSource() {
        let m = Marked("""
            <a href="1️⃣search.html?q=1&amp;lang=zh&#x26;x=&quot;">s</a>
            <img srcset="2️⃣a.png?v=1&amp;w=2 1x, 3️⃣b&#46;png 2x">
            """)
        #expect(summary(HTMLDocument.parse(m.text).links) == [
            "a[href] search.html?q=1&lang=zh&x=\" navigation @\(m["1️⃣"])",
            "img[srcset] a.png?v=1&w=2 resource @\(m["2️⃣"])",
            "img[srcset] b.png resource @\(m["3️⃣"])",
        ])
    }

    @Test func surroundingWhiteSpaceIsNotPartOfTheAddress() {
        // Without a value, the attribute's name is the place to point at.
        let m = Marked("<a href=\"  1️⃣x.html \n\">x</a><a 2️⃣href=>empty</a><a 3️⃣href>bare</a>")
        #expect(summary(HTMLDocument.parse(m.text).links) == [
            "a[href] x.html navigation @\(m["1️⃣"])",
            "a[href]  navigation @\(m["2️⃣"])",
            "a[href]  navigation @\(m["3️⃣"])",
        ])
    }

    @Test func malformedPagesStillGiveTheirLinks() {
        // Unclosed elements, an unquoted value, a stray end tag, and a link inside a table
        // that the parser moves out of it (foster parenting) but whose position stays its own.
        let m = Marked("""
            <p><a href=1️⃣one.html>one<p><a href='2️⃣two.html'>two</b>
            <table><tr><td>cell</td></tr><a href="3️⃣three.html">3</a></table>
            <div id=4️⃣unclosed><img src="5️⃣i.png"
            """)
        let page = HTMLDocument.parse(m.text)
        #expect(Set(summary(page.links)) == [
            "a[href] one.html navigation @\(m["1️⃣"])",
            "a[href] two.html navigation @\(m["2️⃣"])",
            "a[href] three.html navigation @\(m["3️⃣"])",
        ])
        #expect(summary(page.anchors) == ["div[id] unclosed @\(m["4️⃣"])"])
    }

    @Test func anchorsAreIDsAndNamesOnLinks() {
        let m = Marked("""
            <h2 id="1️⃣channels">x</h2><a name="2️⃣old-channels"></a>
            <input name="q"><my-widget id='3️⃣w'></my-widget><p id="">empty</p>
            <template><p id="inert"></p></template>
            <svg><a href="4️⃣s.html" id="5️⃣in-svg"></a></svg>
            """)
        let page = HTMLDocument.parse(m.text)
        #expect(summary(page.anchors) == [
            "h2[id] channels @\(m["1️⃣"])",
            "a[name] old-channels @\(m["2️⃣"])",
            "my-widget[id] w @\(m["3️⃣"])",
            "a[id] in-svg @\(m["5️⃣"])",
        ])
        #expect(page.anchors.map(\.isID) == [true, false, true, true])
        #expect(summary(page.links) == ["a[href] s.html navigation @\(m["4️⃣"])"])
    }

    @Test func onlyTheFirstBaseCounts() {
        let page = HTMLDocument.parse("<base target=_blank><base href=\"one/\"><base href=\"two/\"><a href=x>x</a>")
        #expect(page.base?.url == "one/")
        #expect(page.links.map(\.url) == ["x"])
    }

    @Test func windowsLineEndingsCountOnce() {
        #expect(summary(HTMLDocument.parse("<p>\r\n\r\n<a href=\"x.html\">x</a>\r<img src=\"y.png\">").links) == [
            "a[href] x.html navigation @3:10",
            "img[src] y.png resource @4:11",
        ])
    }

    @Test func byteInputAndByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<a href=\"x\">x</a>".utf8)
        #expect(HTMLDocument.parse(bytes).links.map(\.position.description) == ["1:10"])
        #expect(HTMLDocument.parse([UInt8]()) == HTMLDocument())
        #expect(HTMLDocument.parse("") == HTMLDocument())
    }

    @Test func invalidUTF8ReadsAsReplacementCharacters() {
        let bytes: [UInt8] = Array("<p>".utf8) + [0xFF, 0xFE] + Array(" <a href=\"x".utf8) + [0xC3] + Array(".html\" id=i>".utf8)
        let page = HTMLDocument.parse(bytes)
        #expect(page.links.map(\.url) == ["x\u{FFFD}.html"])
        #expect(page.links.map(\.position.description) == ["1:16"])
        #expect(page.anchors.map(\.name) == ["i"])
    }

    /// gumbo's work on a tag grows with the square of its attributes: past the limit the page is
    /// read up to that tag, in a table as elsewhere.
    @Test func tagsWithTooManyAttributesEndWhatIsRead() {
        for prefix in ["<p>", "<table><tr><td>"] {
            func page(_ count: Int) -> Marked {
                Marked(prefix + "<a href=\"1️⃣before.html\">b</a>\n2️⃣<a " + (0..<count).map { "x\($0)" }.joined(separator: " ")
                    + " href=\"3️⃣after.html\">a</a>")
            }
            let within = page(HTMLDocument.attributeLimit - 1)
            let read = HTMLDocument.parse(within.text)
            #expect(summary(read.links) == ["a[href] before.html navigation @\(within["1️⃣"])", "a[href] after.html navigation @\(within["3️⃣"])"])
            #expect(read.attributeLimitExceeded == nil)

            let past = page(HTMLDocument.attributeLimit)
            let cut = HTMLDocument.parse(past.text)
            #expect(summary(cut.links) == ["a[href] before.html navigation @\(past["1️⃣"])"], "\(prefix)")
            #expect(cut.attributeLimitExceeded?.description == past["2️⃣"], "\(prefix)")
            #expect(cut.nestingLimitExceeded == nil)
        }
    }

    @Test func controlCharactersBetweenAndInsideAttributes() {
        // A NUL where an attribute name starts is dropped; in a tag name it makes another element;
        // controls in a value read as U+FFFD.
        let m = Marked("<a \u{0}href=\"1️⃣missing.html\" id=\"2️⃣x\u{1}\">a</a>\n<a\u{0} href=\"not-a-link.html\" id=\"3️⃣y\">b</a\u{0}>")
        let page = HTMLDocument.parse(m.text)
        #expect(summary(page.links) == ["a[href] missing.html navigation @\(m["1️⃣"])"])
        #expect(summary(page.anchors) == ["a[id] x\u{FFFD} @\(m["2️⃣"])", "a\u{0}[id] y @\(m["3️⃣"])"])
    }
}

@Suite struct LinkRelationTests {
    /// ASCII `rel` values are split and compared by bytes; other values by characters.
    @Test func resourceRelationsInAnyCaseAndSpacing() {
        let kinds = ["Stylesheet", "alternate ICON", "canonical", "\tpreload\nnext ", "  ", "", "styles", "stylesheet\u{3000}x",
                     "x\u{3000}Icon", "manifest\u{301}"].map { rel in
            HTMLDocument.parse(#"<link rel="\#(rel)" href="a">"#).links.first?.kind.rawValue ?? "-"
        }
        #expect(kinds == ["resource", "resource", "navigation", "resource", "navigation", "navigation", "navigation", "resource",
                          "resource", "navigation"])
    }
}
