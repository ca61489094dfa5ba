/// Turns byte offsets into lines and columns counted in Unicode scalars.
///
/// gumbo's own columns expand tabs to its tab stop, so a link after a tab would be reported
/// several columns to the right of where an editor puts it; only its byte offsets are exact.
/// Lookups arrive mostly in document order, so the table remembers the last one and counts on
/// from there when it is near. Elements the tree builder moves (out of a table, say) arrive out
/// of order; for those, and for far jumps, a count of characters kept every `block` bytes
/// bounds the counting, so a whole minified page on one line still costs one pass, not one per link.
struct LineTable {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Byte offset where each line starts; line 1 starts at 0.
    private var lineStarts: [Int] = [0]
    /// How many characters (UTF-8 sequences' first bytes) come before each multiple of `block`.
    private var charactersBefore: [Int] = []
    private static let block = 256
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
        charactersBefore.reserveCapacity(count / Self.block + 1)
        var characters = 0
        for start in stride(from: 0, through: count, by: Self.block) {
            charactersBefore.append(characters)
            for k in start..<min(start + Self.block, count) where bytes[k] & 0xC0 != 0x80 { characters += 1 }
        }
    }

    /// How many characters start before `offset`.
    private func characters(before offset: Int) -> Int {
        let blockStart = offset / Self.block * Self.block
        var characters = charactersBefore[offset / Self.block]
        for k in blockStart..<offset where bytes[k] & 0xC0 != 0x80 { characters += 1 }
        return characters
    }

    mutating func position(at rawOffset: Int) -> HTMLPosition {
        let offset = min(max(rawOffset, 0), bytes.count)
        let line = lineIndex(containing: offset)
        let start = line == 0 ? min(markLength, offset) : lineStarts[line]
        var column: Int
        if cursor.line == line, start <= cursor.offset, cursor.offset <= offset, offset - cursor.offset <= Self.block {
            column = cursor.column
            for k in cursor.offset..<offset where bytes[k] & 0xC0 != 0x80 { column += 1 }
        } else {
            column = characters(before: offset) - characters(before: start)
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
