import Foundation
import Testing
@testable import PathguideLinks

@Suite struct FileBufferTests {
    @Test func readsWholeFilesOfAnySizeIntoOneBuffer() throws {
        let big = String(repeating: "页面内容 page text\n", count: 40_000)
        try OfflineTesting.withSite(["big.html": big, "small.html": "<p>x</p>", "empty.html": "", "folder/a.html": ""]) { root in
            let buffer = FileBuffer(capacity: 16)
            let text = { (name: String) in
                try? buffer.read(root.appendingPathComponent(name).path, display: "site/" + name, within: root.path, rootDisplay: "site")
                    .map { String(decoding: $0, as: UTF8.self) }.get()
            }
            #expect(text("small.html") == "<p>x</p>")
            #expect(text("big.html") == big)
            #expect(text("empty.html") == "")
            #expect(text("small.html") == "<p>x</p>")
            #expect(text("missing.html") == nil)
            #expect(text("folder") == nil)
        }
    }

    /// Pages from a pull request: a pipe is refused without waiting, a link only to a page inside.
    @Test func pagesThatAreNotRegularFilesInsideTheSiteAreRefusedByName() throws {
        try OfflineTesting.withSite(["index.html": "<a href=\"pipe.html\">p</a>"]) { root in
            let manager = FileManager.default
            #expect(mkfifo(root.appendingPathComponent("pipe.html").path, 0o644) == 0)
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("secret.html").path, withDestinationPath: "/etc/hostname")
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("dangling.html").path, withDestinationPath: "nowhere.html")
            try manager.createSymbolicLink(atPath: root.appendingPathComponent("alias.html").path, withDestinationPath: "index.html")
            let result = OfflineLinkChecker(root: root, displayRoot: "site").check()
            #expect(result.diagnostics.map { "\($0.location!): \($0.severity.rawValue): \($0.message) [\($0.ruleID)]" } == [
                "site/dangling.html:1:1: error: cannot read this page: it is a symbolic link that leads nowhere (its target is missing, or the links loop) [unreadable-page]",
                "site/pipe.html:1:1: error: cannot read this page: it is a named pipe (FIFO), not a regular file [unreadable-page]",
                "site/secret.html:1:1: error: cannot read this page: it is a symbolic link to a place outside site; pathguide reads only files inside it [unreadable-page]",
            ])
        }
    }
}

@Suite struct SiteAliasTests {
    /// git-doc's `index.html` is a link to `git.html`: one page, so its findings come once.
    @Test func aPageLinkedUnderASecondNameIsCheckedOnce() throws {
        try OfflineTesting.withSite(["git.html": "<!doctype html><title>git</title><a href=\"gone.html\">x</a>"]) { root in
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("index.html").path, withDestinationPath: "git.html")
            let result = OfflineLinkChecker(root: root, displayRoot: "site").check()
            #expect(result.diagnostics.map { "\($0.location!): \($0.message)" } == [
                "site/git.html:1:43: link to 'gone.html' does not resolve to a file (looked for site/gone.html)",
            ])
            #expect(result.pages == ["site/git.html"])
        }
    }
}
