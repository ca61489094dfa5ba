import Foundation
@testable import PathguideServe
import Testing

@Suite struct SiteFilesTests {
    let root: URL
    let site: SiteFiles

    init() throws {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("pathguide-site-\(UUID().uuidString)")
        try manager.createDirectory(at: root.appendingPathComponent("en/shop"), withIntermediateDirectories: true)
        for (name, text) in ["index.html": "root page", "en/index.html": "en page", "en/shop/index.html": "shop page",
                             "site.css": "body{}", "logo.svg": "<svg/>", ".pathguide-manifest": "bookkeeping"] {
            try text.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("passwd.html").path, withDestinationPath: "/etc/passwd")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("etc").path, withDestinationPath: "/etc")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("same.css").path, withDestinationPath: "site.css")
        mkfifo(root.appendingPathComponent("pipe.html").path, 0o600)
        site = SiteFiles(root: root.path)
    }

    func file(_ text: String, _ type: String) -> SiteFiles.Answer {
        .file(bytes: Array(text.utf8), contentType: type)
    }

    @Test func foldersServeTheirIndexPage() {
        #expect(site.answer("/") == file("root page", "text/html; charset=utf-8"))
        #expect(site.answer("/en/") == file("en page", "text/html; charset=utf-8"))
        #expect(site.answer("/en/shop/") == file("shop page", "text/html; charset=utf-8"))
        #expect(site.answer("/en//shop/") == file("shop page", "text/html; charset=utf-8"))
        #expect(site.answer("/en/shop/index.html") == file("shop page", "text/html; charset=utf-8"))
    }

    @Test func aFolderWithoutItsSlashIsRedirected() {
        #expect(site.answer("/en") == .redirect(to: "/en/"))
        #expect(site.answer("/en/shop") == .redirect(to: "/en/shop/"))
    }

    @Test func filesGetTheirContentType() {
        #expect(site.answer("/site.css") == file("body{}", "text/css; charset=utf-8"))
        #expect(site.answer("/logo.svg") == file("<svg/>", "image/svg+xml"))
        #expect(site.answer("/same.css") == file("body{}", "text/css; charset=utf-8"))
        #expect(SiteFiles.contentType(of: "a/b.PNG") == "image/png")
        #expect(SiteFiles.contentType(of: "feed.json") == "application/json")
        #expect(SiteFiles.contentType(of: "README") == "application/octet-stream")
    }

    @Test func nothingOutsideTheSiteIsRead() {
        for path in ["/../index.html", "/en/../index.html", "/en/./index.html", "/./index.html", "en/index.html",
                     "/.pathguide-manifest", "/passwd.html", "/etc/passwd", "/pipe.html", "/missing.html",
                     "/en\\..\\index.html", "/index.html\0.css", ""] {
            #expect(site.answer(path) == .notFound, "\(path)")
        }
    }

    @Test func aFileOverTheLimitIsNotServed() {
        var small = site
        small.limit = 4
        #expect(small.answer("/site.css") == .notFound)
        #expect(small.answer("/logo.svg") == .notFound)
        small.limit = 6
        #expect(small.answer("/logo.svg") == file("<svg/>", "image/svg+xml"))
    }
}
