/// Where each line of UTF-8 YAML input starts, counted the way libyaml's scanner counts: a
/// leading BOM takes no column, a character is one column whatever its length, and LF, CR LF, a
/// lone CR, NEL, LS and PS each end a line.
///
/// The one place that turns byte offsets into positions and back for YAML input: libyaml's reader
/// reports its errors (control characters) only as a byte offset, the encoding check finds invalid
/// UTF-8 as one, and explaining a syntax error needs the text of the lines around it.
struct YAMLLines {
    private let input: UnsafeBufferPointer<UInt8>
    /// The byte offset where each line starts; line 1 starts after the BOM.
    private var starts: [Int]

    init(_ input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        let bom = input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF ? 3 : 0
        var starts = [bom]
        var i = bom
        while i < input.count {
            let byte = input[i]
            if byte == 0x0A {
                starts.append(i + 1)
            } else if byte == 0x0D {
                // "\r\n" ends one line, on its "\n".
                if !(i + 1 < input.count && input[i + 1] == 0x0A) { starts.append(i + 1) }
            } else if byte == 0xC2, i + 1 < input.count, input[i + 1] == 0x85 {
                starts.append(i + 2)
                i += 1
            } else if byte == 0xE2, i + 2 < input.count, input[i + 1] == 0x80, input[i + 2] == 0xA8 || input[i + 2] == 0xA9 {
                starts.append(i + 3)
                i += 2
            }
            i += 1
        }
        self.starts = starts
    }

    var count: Int { starts.count }

    /// The line and column of the character at byte `offset`.
    func mark(at offset: Int) -> YAMLMark {
        let offset = min(max(offset, starts[0]), input.count)
        // The last line starting at or before `offset`.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        for i in starts[low]..<offset where input[i] & 0xC0 != 0x80 { column += 1 }
        return YAMLMark(line: low + 1, column: column)
    }

    /// The byte offset of the character at `mark`, or nil when the input has no such place.
    func offset(of mark: YAMLMark) -> Int? {
        guard mark.line >= 1, mark.line <= starts.count, mark.column >= 1 else { return nil }
        var i = starts[mark.line - 1]
        var column = 1
        while column < mark.column {
            guard i < input.count else { return nil }
            i += 1
            while i < input.count, input[i] & 0xC0 == 0x80 { i += 1 }
            column += 1
        }
        return i < input.count ? i : nil
    }

    /// The bytes of line `line` (1-based), without its line break.
    func text(ofLine line: Int) -> UnsafeBufferPointer<UInt8> {
        guard line >= 1, line <= starts.count else { return UnsafeBufferPointer(rebasing: input[0..<0]) }
        let start = starts[line - 1]
        guard line < starts.count else { return UnsafeBufferPointer(rebasing: input[start..<input.count]) }
        // A line other than the last ends in exactly one break.
        var end = starts[line]
        if input[end - 1] == 0x0A {
            end -= 1
            if end > start, input[end - 1] == 0x0D { end -= 1 }
        } else if input[end - 1] == 0x0D {
            end -= 1
        } else if input[end - 1] == 0x85 {
            end -= 2
        } else {
            end -= 3
        }
        return UnsafeBufferPointer(rebasing: input[start..<end])
    }
}
