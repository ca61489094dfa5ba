/// Turns byte offsets into lines and columns counted in Unicode scalars.
///
/// gumbo's own columns expand tabs to its tab stop, so a link after a tab would be reported
/// several columns to the right of where an editor puts it; only its byte offsets are exact.
/// Lookups arrive almost in document order, so the table remembers the last one and counts
/// on from there: a whole minified page on one line still costs one pass, not one per link.
struct LineTable {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Byte offset where each line starts; line 1 starts at 0.
    private var lineStarts: [Int] = [0]
    private var cursor = (offset: 0, line: 0, column: 0)
    /// 3 when the page starts with a byte order mark, which is not a character anyone sees.
    private let markLength: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        markLength = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        cursor.offset = markLength
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            // HTML treats CR, LF and CR LF as one line break each.
            if byte == 0x0A {
                lineStarts.append(i + 1)
            } else if byte == 0x0D {
                if i + 1 < count, bytes[i + 1] == 0x0A { i += 1 }
                lineStarts.append(i + 1)
            }
            i += 1
        }
    }

    mutating func position(at rawOffset: Int) -> HTMLPosition {
        let offset = min(max(rawOffset, 0), bytes.count)
        let line = lineIndex(containing: offset)
        var start = line == 0 ? min(markLength, offset) : lineStarts[line]
        var column = 0
        if cursor.line == line, start <= cursor.offset, cursor.offset <= offset {
            start = cursor.offset
            column = cursor.column
        }
        var i = start
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        cursor = (offset, line, column)
        return HTMLPosition(line: line + 1, column: column + 1, offset: offset)
    }

    private func lineIndex(containing offset: Int) -> Int {
        if cursor.line + 1 < lineStarts.count, lineStarts[cursor.line] <= offset, offset < lineStarts[cursor.line + 1] {
            return cursor.line
        }
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
