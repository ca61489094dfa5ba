import Foundation
import Testing
@testable import PathguideHTML

/// The streaming scanner against gumbo's full tree builder, the reference: on every page both
/// must give the same links, anchors, base and positions. Where the scanner declines a page
/// (`scan` answers `nil`), `parse` hands it to gumbo, which is compared too.
@Suite struct ScannerGumboComparisonTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every `.html` file under `folder`, sorted.
    static func pages(under folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (enumerator?.compactMap { $0 as? URL } ?? [])
            .filter { $0.pathExtension.lowercased() == "html" || $0.pathExtension.lowercased() == "htm" }
            .sorted { $0.path < $1.path }
    }

    /// What a page gives, one line per link and anchor, so a failure shows the difference.
    static func summary(_ document: HTMLDocument) -> [String] {
        document.links.map { link in
            "link \(link.tag)[\(link.attribute)] \(link.url) \(link.kind.rawValue) rel=\(link.rel ?? "-") "
                + "@\(link.position.line):\(link.position.column)/\(link.position.offset) "
                + "element @\(link.elementPosition.line):\(link.elementPosition.column)/\(link.elementPosition.offset)"
        } + document.anchors.map { anchor in
            "anchor \(anchor.tag)[\(anchor.attribute)] \(anchor.name) @\(anchor.position.line):\(anchor.position.column)/\(anchor.position.offset)"
        } + [document.base.map { "base \($0.url) @\($0.position)/\($0.position.offset) element @\($0.elementPosition)" } ?? "no base"]
    }

    /// Compares both readings of `bytes`; returns whether the scanner read the page itself.
    @discardableResult
    static func compare(_ bytes: [UInt8], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        bytes.withUnsafeBytes { raw in
            let reference = HTMLDocument.parseWithGumbo(raw)
            let scanned = HTMLScanner.scan(raw.assumingMemoryBound(to: UInt8.self))
            if let scanned {
                #expect(summary(scanned) == summary(reference), "\(name)", sourceLocation: sourceLocation)
                #expect(scanned == reference, "\(name)", sourceLocation: sourceLocation)
            }
            #expect(HTMLDocument.parse(raw) == reference, "\(name)", sourceLocation: sourceLocation)
            return scanned != nil
        }
    }

    @Test func linkCheckerFixtures() throws {
        let pages = Self.pages(under: Self.repository.appendingPathComponent("Tests/PathguideLinksTests/Fixtures"))
        #expect(pages.count >= 4)
        for page in pages {
            Self.compare(Array(try Data(contentsOf: page)), page.lastPathComponent)
        }
    }

    /// The committed site is what a build writes (OutputTests holds it to a fresh build); the
    /// scanner must read every page of it without gumbo's help.
    @Test func builtSiteIsScannedWithoutTheTreeBuilder() throws {
        let pages = Self.pages(under: Self.repository.appendingPathComponent("output/site"))
        #expect(pages.count >= 10)
        for page in pages {
            // A table always takes the tree builder: the comparison pages are one each.
            let scanned = Self.compare(Array(try Data(contentsOf: page)), page.path)
            #expect(scanned || page.path.hasSuffix("/compare/index.html"), "\(page.path) needed the tree builder")
        }
    }

    /// A larger site, such as one built from `bench/corpus`, when `PATHGUIDE_COMPARE_SITE` names it.
    @Test func siteNamedByTheEnvironment() throws {
        guard let folder = ProcessInfo.processInfo.environment["PATHGUIDE_COMPARE_SITE"] else { return }
        let pages = Self.pages(under: URL(fileURLWithPath: folder))
        #expect(!pages.isEmpty)
        for page in pages {
            // A table always takes the tree builder: the comparison pages are one each.
            let scanned = Self.compare(Array(try Data(contentsOf: page)), page.path)
            #expect(scanned || page.path.hasSuffix("/compare/index.html"), "\(page.path) needed the tree builder")
        }
    }

    /// Pages the scanner reads itself: tokenizer corners and the tree shapes it models.
    static let scanned: [String] = [
        #"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>a <a href="no.html"> b</title>"#
            + #"<link rel="Stylesheet Preload" href="s.css"><link rel=canonical href="https://x.org/"></head>"#
            + #"<body id=top class=x><p id=p1>text <a href="a.html#x" id="a1">a</a></p></body></html>"#,
        #"<p>1<p id=two>2<div id=d><p>3</div><ul><li id=l1>x<li id=l2><a href=y.html>y</a></ul><dl><dt id=t>t<dd id=dd>d</dl>"#,
        #"<h1 id=h>x<h2 id=h2>y</h1><h3><a href="z.html">z</a></h3>"#,
        #"<script>if (a < b) { document.write("<a href='no.html'>"); }</script><a href="yes.html">y</a>"#,
        #"<script><!-- <script> </script> <a href="still-script.html"> --></script><a href="after.html">a</a>"#,
        #"<script><!-- x --></script><a href="after2.html">a</a><script>a<!--b-->c</script><img src=i.png>"#,
        #"<style>a[href="x.html"]{}</style><textarea><a href="t.html"></textarea><xmp><a href=x></xmp><iframe src=f.html><a href=no></iframe>"#,
        #"<title>x</title ><noembed><a href=no></noembed><noframes><a href=no></noframes><a href=ok.html>"#,
        #"<!-- <a href="comment.html"> --><!--><a href="one.html"></a><!---><a href="two.html"></a><!-- --!><a href="three.html"></a><!-- a -- b --->"#,
        #"<? <a href="pi.html"> ?><a href="after-pi.html"></a></ x><a href="after-bogus.html"></a><a href=z></a><!doctype html><!x <a href=bogus>>"#,
        #"<a href="a?x=1&amp;y=2&lt=3&copy=4&notit;&not &#x26;&#38&#0;&#x80;&#xD800;&#99999999999;&bogus;&AMP">x</a>"#,
        #"<a href='&amp;'>1</a><a href=&quot;x>2</a><a href=x&gt>3</a><a href="&#x">4</a><a href="&#;">5</a>"#,
        #"<img srcset="a.png 1x, b&#44;c.png 2x,d.png" src=" &#32;s.png&#10; "><img srcset=",,, x.png , y.png 2x">"#,
        "<a href=\"line\r\nbreak.html\">x</a>\r\n<a\r\nhref=\"y.html\"\rid=\"i\r\nd\">y</a>\u{0}<a href=\"n\u{0}ul.html\">z</a>",
        #"<a HREF="up.html" ID="UP" Name="n" href="dup.html" id="dup">x</a><a name="only-name"></a><div name="not-anchor"></div>"#,
        #"<svg viewBox="0 0 1 1"><a href="s.html" xlink:href="x.html" id="in-svg"><title>t</title></a><image xlink:href="i.png"/><rect id=r /></svg><a xlink:href="html-xlink.html" href="h.html">h</a>"#,
        #"<svg><style><a href="not-raw.html"></a></style><script></script><![CDATA[ <a href="cdata.html"> ]]></svg><![CDATA[<a href="bogus.html">]]><a href=q>"#,
        #"<template id=t><a href="in-template.html" id="inert">x</a><p id=inert2></template><a href=out.html id=after>"#,
        #"<head><template><link href="tl.css" rel=stylesheet></template></head><body><form action="/s"><input name=q></form><form action=/t></form>"#,
        #"<meta http-equiv=refresh content="0;url=next.html"><meta content="5, 'quoted.html'" http-equiv="REFRESH"><base href="/b/"><base href="/c/">"#,
        #"<object data="o.svg"><embed src="e.swf"></object><video src=v.mp4 poster=p.jpg><source src=s.webm><track src=t.vtt></video><audio src=a.ogg>"#,
        #"<area href=map.html><my-widget id="w"><a href="custom.html">c</a></my-widget><button id=b1><button id=b2>x</button>"#,
        #"<p><b>bold <i>both</i></b> <a href="x.html"><em>e</em></a></p><pre id=pre><code>c</code></pre><hr id=hr>"#,
        #"<a href="unterminated.html">x</a><a href="never-closed"#,
        #"<a href=x.html>x</a><div id="eof"#,
        "\u{FEFF}<a href=\"bom.html\">x</a>",
        "标题\n\t<p>中文，𠀋😀 <a href=\"x.html\" id=\"中\">x</a>\n",
        #"<plaintext><a href="plain.html">"#,
        #"<html><head></head><body></body></html><a href="after-html.html">x</a>"#,
        #"text first <a href=t.html>t</a>"#,
        #"<a href="q.html" title='it"s' data-x=a=b /></a><a href=r.html/></a><a/href=s.html></a><a href= "t.html"></a><a href=&amp;x.html></a><a href=&amp;></a><a id=&#65;b></a>"#,
        #"<p id=a><span>x</span></p><span><p id=inner>y</span></p>"#,
    ]

    /// Pages the tree builder reorders, clones, drops or merges: the scanner must decline them.
    static let declined: [String] = [
        #"<table><tr><td>cell</td></tr><a href="three.html">3</a></table>"#,
        #"<a href="one.html">one<a href="two.html">two</a>"#,
        #"<p><b id=b>x</p>y"#,
        #"<a href="x.html"><div>text</a></div>"#,
        #"<div><a href="x.html"></div>"#,
        #"<body id=one><body id=two>"#,
        #"<p>x</p><html id=late>"#,
        #"<image src="i.png">"#,
        #"<select><a href="in-select.html"></select>"#,
        #"<form action=a><form action=b></form>"#,
        #"<math><a href=m.html></a></math>"#,
        #"<svg><p id=breakout></svg>"#,
        #"<td id=dropped>x</td>"#,
        #"<head id=h1><head id=h2>"#,
        #"<nobr><a href=x>x</nobr>"#,
        #"<span><em>x</span></em>"#,
        #"</><a href=z></a>"#,
    ]

    /// Noncharacters, which Swift string literals refuse.
    static let noncharacters = [0xFDD0, 0xFFFE, 0x1FFFF, 0x10FFFE].map { String(Unicode.Scalar($0)!) }.joined()

    /// Control characters wherever a tag, a value, a comment or raw text can hold them. gumbo
    /// drops a NUL that would start an attribute name, reads a NUL in a tag name as U+FFFD (so
    /// the tag is another element), and reads controls other than white space and
    /// noncharacters as U+FFFD everywhere; numeric references to them are kept.
    static let controlCharacters: [String] = [
        "<a \u{0}href=\"missing.html\">x</a><a id=\"i\"\u{0}href=\"after-quote.html\">y</a>",
        "<a href=\"x.html\"\u{0}href2=\"y.html\" \u{0}id=k>x</a><a href=z.html /\u{0}id=after-slash>z</a><a href \u{0}id=after-name>w</a>",
        "<a \u{0}\u{0}href=\"not-href.html\" \u{0}=v id=one>x</a><a \u{0}>y</a><a \u{0}/>z</a><a href\u{0}=no.html \u{0}\tid=two>w</a>",
        "<a\u{0} href=\"not-a.html\" id=n>x</a\u{0}><div\u{0} id=d><a href=\"in-div.html\">d</a></div\u{0}><p\u{B}q id=vt>v</p\u{B}q>",
        "<a href=\"mi\u{1}ss\u{7F}ing\u{85}.html\" id=\"a\u{B}b\u{1F}c\(noncharacters)\">x</a><a href=u\u{8}v.html id=&#x81;&#1;\u{1}&#xFDD0;>y</a>",
        "<a href=\"\u{0}nul.html\" id='\u{0}'>x</a><a href=\u{0}x.html>y</a><a href=&amp\u{0}x.html>z</a>",
        "\u{0}<link href=a.css><a href=b.html>b</a>",
        "<head>\u{0}<link href=a.css></head><a href=b.html>b</a>",
        "<!-- \u{0} <a href=no.html> --\u{0}> <a href=no2.html> --><a href=c.html>c</a><!\u{0} <a href=no3.html>><?\u{0}><a href=d.html>",
        "<script>\u{0}</script\u{0}><a href=no.html></script><a href=s.html>s</a><title>\u{0}</title\u{1}></title><a href=t.html>",
        "<textarea>\u{0}<a href=no.html></textarea\u{0}></textarea><style>\u{0}</style><a href=u.html>u</a>",
        "<svg><![CDATA[\u{0}]]\u{0}>]]><a href=\"s.html\"/></svg><a href=t.html>",
        "<a\rhref=\"r.html\"\r\nid=\"c\rr\"\r>x</a>\r<a\u{C}href=f.html\u{C}id=\"f\u{C}f\"\u{C}>y</a>\u{C}<img src=\"\r\nsp.png\r\">",
        "<a href=\"\u{C}\tx.html\u{B}\">x</a><a href=\"&\u{0}&#\u{0}&amp\u{1}\">y</a>",
    ]

    @Test func controlCharactersReadAsGumboReadsThem() {
        for (index, page) in Self.controlCharacters.enumerated() {
            #expect(Self.compare(Array(page.utf8), "controlCharacters[\(index)]"), "controlCharacters[\(index)] needed the tree builder")
        }
    }

    @Test func tokenizerAndTreeShapes() {
        for (index, page) in Self.scanned.enumerated() {
            #expect(Self.compare(Array(page.utf8), "scanned[\(index)]"), "scanned[\(index)] needed the tree builder")
        }
    }

    @Test func treeBuilderCasesGoToGumbo() {
        for (index, page) in Self.declined.enumerated() {
            #expect(!Self.compare(Array(page.utf8), "declined[\(index)]"), "declined[\(index)] was scanned")
        }
    }

    @Test func existingTestPagesAgree() {
        let pages = [
            "<p><a href=one.html>one<p><a href='two.html'>two</b>\n<div id=unclosed><img src=\"i.png\"",
            "<p>\r\n\r\n<a href=\"x.html\">x</a>\r<img src=\"y.png\">",
            "<base target=_blank><base href=\"one/\"><base href=\"two/\"><a href=x>x</a>",
            "<a href=\"  x.html \n\">x</a><a href=>empty</a><a href>bare</a>",
        ]
        for (index, page) in pages.enumerated() { Self.compare(Array(page.utf8), "page[\(index)]") }
        let invalid: [UInt8] = Array("<p>".utf8) + [0xFF, 0xFE] + Array(" <a href=\"x".utf8) + [0xC3] + Array(".html\" id=i>".utf8)
        Self.compare(invalid, "invalid UTF-8")
    }
}
