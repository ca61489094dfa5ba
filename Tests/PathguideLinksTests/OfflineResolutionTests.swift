import Foundation
import Testing
import PathguideDiagnostics
import PathguideTestSupport
@testable import PathguideLinks

/// How addresses resolve: base, folders, percent escapes, fragments, schemes. Each test
/// builds a small site inline and marks where it expects findings.
@Suite struct OfflineResolutionTests {
    @Test func baseHrefMovesRelativeLinksAndBareFragments() throws {
        let page = MarkedText("""
            <base href="../b/"><a href="x.html">x</a> <a href="1️⃣only-in-a.html">a</a>
            <a href="#frag">frag</a> <a href="2️⃣#nope">nope</a>
            """)
        let result = try OfflineTesting.check([
            "a/page.html": page.text,
            "a/only-in-a.html": "",
            "b/x.html": "",
            "b/index.html": #"<h1 id="frag">b</h1>"#,
        ])
        #expect(OfflineTesting.lines(result.diagnostics) == [
            "\(page.location("1️⃣", file: "site/a/page.html")): broken-link: link to 'only-in-a.html' does not resolve to a file (looked for site/b/only-in-a.html)",
            "\(page.location("2️⃣", file: "site/a/page.html")): missing-fragment: fragment '#nope' is not an id or name in 'b/index.html'",
        ])
    }

    @Test func anOffSiteBaseMakesEveryRelativeLinkExternal() throws {
        let page = MarkedText(#"<base href="https://127.0.0.1:9/docs/"><a href="1️⃣x.html#y">x</a><a href="2️⃣#top">top</a>"#)
        let result = try OfflineTesting.check(["index.html": page.text])
        #expect(OfflineTesting.lines(result.diagnostics) == [])
        #expect(OfflineTesting.lines(result.external) == [
            "\(page.location("1️⃣", file: "site/index.html")) https://127.0.0.1:9/docs/x.html",
            "\(page.location("2️⃣", file: "site/index.html")) https://127.0.0.1:9/docs/",
        ])
    }

    @Test func foldersStandForTheirIndexPages() throws {
        let page = MarkedText("""
            <a href="guides">no slash</a> <a href="/">root</a> <a href="old/">index.htm</a>
            <a href="guides/?lang=zh#top">query</a> <a href="./">here</a>
            <a href="1️⃣empty/">no index</a> <a href="2️⃣guides/index.html/">a file as a folder</a>
            """)
        let result = try OfflineTesting.check([
            "index.html": page.text,
            "guides/index.html": "",
            "old/index.htm": "",
            "empty/readme.txt": "",
        ])
        #expect(OfflineTesting.lines(result.diagnostics) == [
            "\(page.location("1️⃣", file: "site/index.html")): broken-link: link to 'empty/' does not resolve to a file (looked for site/empty/index.html)",
            "\(page.location("2️⃣", file: "site/index.html")): broken-link: link to 'guides/index.html/' does not resolve to a file (looked for site/guides/index.html/index.html)",
        ])
    }

    @Test func percentEscapesAreDecodedInPathsAndFragments() throws {
        let page = MarkedText("""
            <a href="%E5%B8%AE%E5%8A%A9/%E8%81%94%E7%B3%BB%20%E5%AE%A2%E6%9C%8D.html#%E6%B8%A0%E9%81%93">ok</a>
            <a href="1️⃣%2e%2e/%2E%2E/secret.html">escape</a> <a href="2️⃣bad%zz.html">bad escape</a>
            """)
        let result = try OfflineTesting.check([
            "index.html": page.text,
            "帮助/联系 客服.html": #"<h2 id="渠道">渠道</h2>"#,
        ])
        #expect(OfflineTesting.lines(result.diagnostics) == [
            "\(page.location("1️⃣", file: "site/index.html")): broken-link: link to '%2e%2e/%2E%2E/secret.html' leads outside the site folder",
            "\(page.location("2️⃣", file: "site/index.html")): broken-link: link to 'bad%zz.html' does not resolve to a file (looked for site/bad%zz.html)",
        ])
    }

    @Test func fragmentsLandOnIDsAndLinkNames() throws {
        let page = MarkedText("""
            <a name="old"></a><h2 id="new">x</h2><template><p id="inert"></p></template>
            <a href="#old">name</a> <a href="#new">id</a> <a href="#TOP">top</a> <a href="#">top</a>
            <a href="1️⃣#inert">template</a> <a href="2️⃣#New">case</a>
            <img src="icons.svg#phone" alt=""> <a href="notes.txt#L3">not a page</a>
            """)
        let result = try OfflineTesting.check(["index.html": page.text, "icons.svg": "<svg/>", "notes.txt": ""])
        #expect(OfflineTesting.lines(result.diagnostics) == [
            "\(page.location("1️⃣", file: "site/index.html")): missing-fragment: fragment '#inert' is not an id or name in this page",
            "\(page.location("2️⃣", file: "site/index.html")): missing-fragment: fragment '#New' is not an id or name in this page; did you mean 'new'?",
        ])
    }

    @Test func everyDuplicateIDPointsBackAtTheFirst() throws {
        let page = MarkedText(#"<p id="1️⃣a"></p><p id="2️⃣a"></p><a name="a"></a><p id="3️⃣a"></p>"#)
        let result = try OfflineTesting.check(["index.html": page.text])
        let first = page.location("1️⃣", file: "site/index.html")
        #expect(OfflineTesting.lines(result.diagnostics) == [
            "\(page.location("2️⃣", file: "site/index.html")): duplicate-anchor: id 'a' is used more than once in this page; a link to '#a' lands on the first",
            "  \(first): note: id 'a' is first used here",
            "\(page.location("3️⃣", file: "site/index.html")): duplicate-anchor: id 'a' is used more than once in this page; a link to '#a' lands on the first",
            "  \(first): note: id 'a' is first used here",
        ])
    }

    @Test func schemes() throws {
        let page = MarkedText("""
            <a href="1️⃣java
            script:alert(1)">split</a> <a href="2️⃣VBScript:x">vb</a> <a href="3️⃣file:///C:/guide.html">file</a>
            <a href="4️⃣data:text/html,hi">data link</a> <img src="data:image/gif;base64,R0lGOD" alt="">
            <a href="5️⃣https:///x">no host</a> <script src="6️⃣//cdn.example.org/x.js#v1"></script>
            <a href="sms:10086">sms</a> <a href="ftp://127.0.0.1:9/f">ftp</a> <a href="mailto:a@b">mail</a>
            """)
        let result = try OfflineTesting.check(["index.html": page.text])
        let at = { (marker: Character) in page.location(marker, file: "site/index.html") }
        #expect(OfflineTesting.lines(result.diagnostics) == [
            "\(at("1️⃣")): invalid-link: javascript: link 'java\\nscript:alert(1)' is not allowed; it runs code instead of leading somewhere",
            "\(at("2️⃣")): invalid-link: vbscript: link 'VBScript:x' is not allowed; it runs code instead of leading somewhere",
            "\(at("3️⃣")): invalid-link: file: link 'file:///C:/guide.html' is not allowed; it only works on the computer that built the site",
            "\(at("4️⃣")): invalid-link: data: link 'data:text/html,hi' is not allowed; browsers refuse to open data: addresses from a link",
            "\(at("5️⃣")): invalid-link: address 'https:///x' cannot work; it has no host",
        ])
        #expect(OfflineTesting.lines(result.external) == ["\(at("6️⃣")) https://cdn.example.org/x.js"])
    }

    @Test func resourcesAreNamedForWhatTheyAre() throws {
        let page = MarkedText("""
            <link rel="stylesheet" href="1️⃣site.css"><script src="2️⃣app.js"></script>
            <meta http-equiv="refresh" content="0; url=3️⃣moved.html">
            <img src="4️⃣" alt=""><video poster="5️⃣p.jpg" src="6️⃣v.mp4"></video><iframe src="7️⃣f.html"></iframe>
            """)
        let result = try OfflineTesting.check(["index.html": page.text])
        let at = { (marker: Character) in page.location(marker, file: "site/index.html") }
        #expect(OfflineTesting.lines(result.diagnostics) == [
            "\(at("1️⃣")): missing-image: stylesheet 'site.css' does not resolve to a file (looked for site/site.css)",
            "\(at("2️⃣")): missing-image: script 'app.js' does not resolve to a file (looked for site/app.js)",
            "\(at("3️⃣")): broken-link: link to 'moved.html' does not resolve to a file (looked for site/moved.html)",
            "\(at("4️⃣")): missing-image: image has an empty src",
            "\(at("5️⃣")): missing-image: image 'p.jpg' does not resolve to a file (looked for site/p.jpg)",
            "\(at("6️⃣")): missing-image: video 'v.mp4' does not resolve to a file (looked for site/v.mp4)",
            "\(at("7️⃣")): missing-image: frame 'f.html' does not resolve to a file (looked for site/f.html)",
        ])
    }

    @Test func hiddenFoldersAreNotWalkedButCanBeLinkedTo() throws {
        let page = MarkedText(#"<a href=".well-known/about.html#team">ok</a> <a href="1️⃣.well-known/about.html#nobody">no</a>"#)
        let result = try OfflineTesting.check([
            "index.html": page.text,
            ".well-known/about.html": #"<h2 id="team">Team</h2><a href="broken.html">not checked</a>"#,
            ".git/HEAD": "",
        ])
        #expect(result.pages == ["site/index.html"])
        #expect(OfflineTesting.lines(result.diagnostics) == [
            "\(page.location("1️⃣", file: "site/index.html")): missing-fragment: fragment '#nobody' is not an id or name in '.well-known/about.html'",
        ])
    }

    @Test func unreadablePagesAndFolders() throws {
        try OfflineTesting.withSite(["index.html": ""]) { root in
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("gone.html").path, withDestinationPath: "nowhere.html")
            let result = OfflineLinkChecker(root: root, displayRoot: "site/").check()
            #expect(OfflineTesting.lines(result.diagnostics) == ["site/gone.html:1:1: unreadable-page: cannot read this page: it is a symbolic link that leads nowhere (its target is missing, or the links loop)"])
            #expect(result.pages == ["site/gone.html", "site/index.html"])

            let missing = OfflineLinkChecker(root: root.appendingPathComponent("no-such-folder"), displayRoot: "out/site").check()
            #expect(OfflineTesting.lines(missing.diagnostics) == ["-: unreadable-page: cannot read the folder 'out/site'"])
        }
    }
}
