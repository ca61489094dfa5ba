import Testing
@testable import PathguideMarkdown

/// `CommonMark.LinkReader`: bytes straight from a file, the same answer as the String path,
/// and nothing carried over from one document to the next.
@Suite struct LinkReaderTests {
    private func summary(_ links: [CommonMark.Link]) -> [String] {
        links.map { "\($0.isImage ? "image" : "link") \($0.url) @\($0.line):\($0.column)" }
    }

    private func read(_ bytes: [UInt8], with reader: CommonMark.LinkReader = CommonMark.LinkReader()) -> [String] {
        summary(bytes.withUnsafeBytes { reader.links(in: $0) })
    }

    @Test func illFormedUTF8ReadsAsTheReplacementCharacter() {
        // A stray byte before the link, and a cut-off sequence inside its address.
        let bytes: [UInt8] = Array("中文 ".utf8) + [0xFF, 0xFE] + Array(" [x](a".utf8) + [0xE4, 0xB8] + Array(".md) ![i](b.png)\n".utf8)
        #expect(read(bytes) == summary(CommonMark.links(in: String(decoding: bytes, as: UTF8.self))))
        #expect(read(bytes) == ["link a\u{FFFD}.md @1:7", "image b.png @1:18"])
    }

    @Test func aReaderForgetsEachDocument() {
        // Long enough to fill several chunks, with a paragraph too long for one.
        var long = ""
        for line in 1...3_000 { long += "第\(line)行 [l](f-\(line).md)\n\n" }
        long += String(repeating: "长", count: 20_000) + " [end](end.md)\n"
        let reader = CommonMark.LinkReader()
        let first = read(Array(long.utf8), with: reader)
        #expect(first.count == 3_001)
        #expect(first.first == "link f-1.md @1:5")
        #expect(first[2_999] == "link f-3000.md @5999:8")
        #expect(first.last == "link end.md @6001:20002")
        #expect(read(Array("[a](b.md)".utf8), with: reader) == ["link b.md @1:1"])
        #expect(read([], with: reader) == [])
        #expect(read(Array(long.utf8), with: reader) == first)
    }

    @Test func validationAgreesWithTheStandardLibrary() {
        func agrees(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == (String(validating: bytes, as: UTF8.self) != nil)
        }
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                              0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        var disagreements: [[UInt8]] = []
        for first in 0...255 {
            for second in 0...255 where !agrees([UInt8(first), UInt8(second)]) {
                disagreements.append([UInt8(first), UInt8(second)])
            }
        }
        for first in edges {
            for second in edges {
                for third in edges {
                    for sequence in [[first, second, third], [first, second, third, 0x80], [first, second, third, 0xBF]] {
                        // Alone, after an ASCII run read eight bytes at a time, and cut short.
                        for bytes in [sequence, Array("0123456789abcdef".utf8) + sequence, Array(sequence.dropLast())]
                        where !agrees(bytes) {
                            disagreements.append(bytes)
                        }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty)
        #expect(agrees(Array("中文 and English, 😀 and é".utf8)))
    }
}
