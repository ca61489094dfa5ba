import Testing
@testable import PathguideLinks

/// The pieces under the checker: reading an address, resolving a path, decoding escapes.
@Suite struct OfflineAddressTests {
    @Test func addressesAreSortedByWhatToDoWithThem() {
        #expect(LinkReference("HTTPS://Example.org/a?b#c", navigates: true) == .external("HTTPS://Example.org/a?b"))
        #expect(LinkReference("//example.org/x", navigates: false) == .external("https://example.org/x"))
        #expect(LinkReference("http:relative", navigates: true) == .malformed(reason: "it has no host"))
        #expect(LinkReference("tel:+86-95188", navigates: true) == .otherScheme)
        #expect(LinkReference("data:image/png;base64,AA", navigates: false) == .otherScheme)
        #expect(LinkReference("a/b.html?x=1#y?z", navigates: true) == .local(path: "a/b.html", fragment: "y?z"))
        #expect(LinkReference("?q", navigates: true) == .local(path: "", fragment: nil))
        #expect(LinkReference("1a:b", navigates: true) == .local(path: "1a:b", fragment: nil))
        #expect(LinkReference(" javascript:x", navigates: true) == .local(path: " javascript:x", fragment: nil))
    }

    @Test func schemes() {
        #expect(LinkReference.scheme(of: "Mailto:a@b") == "mailto")
        #expect(LinkReference.scheme(of: "a+b.c-d:x") == "a+b.c-d")
        #expect(LinkReference.scheme(of: ":x") == nil)
        #expect(LinkReference.scheme(of: "en/guide.html") == nil)
        #expect(LinkReference.scheme(of: "中:x") == nil)
    }

    /// ASCII addresses are read by their bytes; the answer must be the one reading them by characters gives.
    @Test func readingByBytesAgreesWithReadingByCharacters() {
        let addresses = [
            "", "#", "?", "#a?b", "?a#b", "a?b#c?d", "http://x", "HTTP://x/y#z", "https://", "https:///", "https://?q",
            "https://#f", "http:/x", "http:x", "https://a?b", "https://a#b/c", "//", "///x", "//host", "//host/p#f",
            "/", "/a/b/", "./a", "../a#b", "javascript:x", "JavaScript:x", "vbscript:", "file:///etc", "data:,x",
            "mailto:a@b", "tel:1", "1a:b", " x", "x ", ":", "a:", "-a:b", "a+b:c", "%2e%2e/x", "a#b#c", "a??b",
        ]
        for address in addresses {
            for navigates in [true, false] {
                #expect(LinkReference(address, navigates: navigates) == LinkReference(characterwise: address, navigates: navigates), "\(address)")
            }
        }
        #expect(SitePath.parts(of: "/a//b/") == ["", "a", "", "b", ""])
        #expect(SitePath.parts(of: "") == [""])
        #expect(SitePath.parts(of: "中/文") == ["中", "文"])
    }

    @Test func pathsResolveAgainstTheirFolder() {
        #expect(SitePath(resolving: "../zh/./index.html", from: ["en", "taobao"]) == .inside(segments: ["en", "zh", "index.html"], isDirectory: false))
        #expect(SitePath(resolving: "/assets//site.css", from: ["en"]) == .inside(segments: ["assets", "site.css"], isDirectory: false))
        #expect(SitePath(resolving: "..", from: ["en"]) == .inside(segments: [], isDirectory: true))
        #expect(SitePath(resolving: "sheet/", from: ["en"]) == .inside(segments: ["en", "sheet"], isDirectory: true))
        #expect(SitePath(resolving: "../..", from: ["en"]) == .outside)
        #expect(SitePath(resolving: "a%2Fb", from: []) == .inside(segments: ["a/b"], isDirectory: false))
    }

    @Test func percentDecoding() {
        #expect(PercentDecoding.decode("%E5%B8%AE%20x") == "帮 x")
        #expect(PercentDecoding.decode("plain") == "plain")
        #expect(PercentDecoding.decode("100%") == nil)
        #expect(PercentDecoding.decode("%zz") == nil)
        #expect(PercentDecoding.decode("%FF") == nil)
    }

    @Test func displayPathsStayAsTheUserWroteThem() {
        #expect(DisplayRoot("output/site/").path("en/index.html") == "output/site/en/index.html")
        #expect(DisplayRoot(".").path("index.html") == "index.html")
        #expect(DisplayRoot("").path("index.html") == "index.html")
        #expect(DisplayRoot("/").path("index.html") == "/index.html")
    }
}
