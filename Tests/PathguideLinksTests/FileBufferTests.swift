import Foundation
import Testing
@testable import PathguideLinks

@Suite struct FileBufferTests {
    @Test func readsWholeFilesOfAnySizeIntoOneBuffer() throws {
        let big = String(repeating: "页面内容 page text\n", count: 40_000)
        try OfflineTesting.withSite(["big.html": big, "small.html": "<p>x</p>", "empty.html": "", "folder/a.html": ""]) { root in
            let buffer = FileBuffer(capacity: 16)
            let text = { (name: String) in buffer.read(root.appendingPathComponent(name).path).map { String(decoding: $0, as: UTF8.self) } }
            #expect(text("small.html") == "<p>x</p>")
            #expect(text("big.html") == big)
            #expect(text("empty.html") == "")
            #expect(text("small.html") == "<p>x</p>")
            #expect(text("missing.html") == nil)
            #expect(text("folder") == nil)
        }
    }
}
