#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import PathguideHTML

@Suite struct LineTableTests {
    /// Every offset, asked for in an order that jumps back and forth across long lines, gets
    /// the line and column a plain count from the start gives.
    @Test func positionsInAnyOrderMatchAPlainCount() {
        let text = "\u{FEFF}ab\r\n" + String(repeating: "中文x😀", count: 300) + "\rz\n\n" + String(repeating: "é", count: 700) + "\n"
        let bytes = Array(text.utf8)
        var expected: [HTMLPosition] = []
        var line = 1, column = 1
        for offset in 0...bytes.count {
            expected.append(HTMLPosition(line: line, column: column, offset: offset))
            guard offset < bytes.count else { break }
            let byte = bytes[offset]
            if offset < 3 { continue }  // the byte order mark takes no column
            if byte == 0x0A || (byte == 0x0D && bytes[offset + 1] != 0x0A) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        bytes.withUnsafeBufferPointer { buffer in
            var table = LineTable(buffer)
            // A stride coprime with the length visits every offset, mostly far from the last one.
            let count = bytes.count + 1
            var offset = 0
            for step in 0..<count {
                offset = (offset + 997) % count
                #expect(table.position(at: offset) == expected[offset], "step \(step)")
                #expect(table.position(at: min(offset + 1, count - 1)) == expected[min(offset + 1, count - 1)])
            }
        }
    }

    /// Links the tree builder moves out of tables come out of document order, on a one-line
    /// page of a megabyte; finding their columns stays linear.
    @Test func linksOutOfOrderOnOneLongLine() {
        let table = "<table><tr><td><a href=l.html></a></td></tr><a href=f.html></a></table>"
        let text = String(repeating: table, count: 15_000)
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        let start = Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        let page = HTMLDocument.parse(text)
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        let spent = Double(time.tv_sec) + Double(time.tv_nsec) / 1e9 - start
        #expect(page.links.count == 30_000)
        // The fostered link comes first, before its table.
        #expect(page.links.last?.url == "l.html")
        #expect(page.links.last?.position.column == (14_999 * table.count) + "<table><tr><td><a href=".count + 1)
        #expect(spent < 5, "\(spent) s of CPU time for \(text.utf8.count) bytes")
    }
}
