/// Turns a byte offset in UTF-8 input into a line and column.
///
/// libyaml's reader reports its errors (control characters) only as a byte offset, with an
/// empty `problem_mark`, because it fails before the scanner has tracked positions that far;
/// the encoding check finds invalid UTF-8 before libyaml runs at all. This counts the way the
/// scanner would: a leading BOM takes no column, a character is one column whatever its length,
/// and LF, CR LF, a lone CR, NEL, LS and PS each end a line.
enum RawOffsetMark {
    static func mark(at offset: Int, in input: UnsafeBufferPointer<UInt8>) -> YAMLMark {
        let end = min(max(offset, 0), input.count)
        var line = 1
        var column = 1
        var i = 0
        if end >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { i = 3 }
        while i < end {
            let byte = input[i]
            if byte == 0x0A || byte == 0x0D {
                // Count "\r\n" once, on its "\n".
                if !(byte == 0x0D && i + 1 < end && input[i + 1] == 0x0A) {
                    line += 1
                    column = 1
                }
            } else if byte == 0xC2, i + 1 < end, input[i + 1] == 0x85 {
                // NEL; its second byte is not a character of its own, so skip it.
                line += 1
                column = 1
                i += 1
            } else if byte == 0xE2, i + 2 < end, input[i + 1] == 0x80, input[i + 2] == 0xA8 || input[i + 2] == 0xA9 {
                // LS or PS.
                line += 1
                column = 1
                i += 2
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return YAMLMark(line: line, column: column)
    }
}
