import CYAML

/// Turns a byte offset in the raw input into a line and column.
///
/// libyaml's reader reports decoding errors (invalid UTF-8, control
/// characters) only as a byte offset, with an empty `problem_mark`, because it
/// fails before the scanner has tracked positions that far. This recounts the
/// way the scanner would: a leading BOM takes no column, `\r\n` is one break,
/// and NEL, LS and PS break lines too.
enum RawOffsetMark {
    static func mark(at offset: Int, in input: UnsafeBufferPointer<UInt8>, encoding: yaml_encoding_t) -> YAMLMark {
        let end = min(max(offset, 0), input.count)
        switch encoding {
        case YAML_UTF16LE_ENCODING: return utf16Mark(end: end, in: input, bigEndian: false)
        case YAML_UTF16BE_ENCODING: return utf16Mark(end: end, in: input, bigEndian: true)
        default: return utf8Mark(end: end, in: input)
        }
    }

    private static func utf8Mark(end: Int, in input: UnsafeBufferPointer<UInt8>) -> YAMLMark {
        var line = 0
        var column = 0
        var i = 0
        if end >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { i = 3 }
        while i < end {
            let byte = input[i]
            if byte == 0x0A || byte == 0x0D {
                // Count "\r\n" once, on its "\n".
                if !(byte == 0x0D && i + 1 < end && input[i + 1] == 0x0A) {
                    line += 1
                    column = 0
                }
            } else if byte == 0xC2, i + 1 < end, input[i + 1] == 0x85 {
                // NEL; its second byte is not a character of its own, so skip it.
                line += 1
                column = 0
                i += 1
            } else if byte == 0xE2, i + 2 < end, input[i + 1] == 0x80, input[i + 2] == 0xA8 || input[i + 2] == 0xA9 {
                // LS or PS.
                line += 1
                column = 0
                i += 2
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return YAMLMark(line: line + 1, column: column + 1)
    }

    private static func utf16Mark(end: Int, in input: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> YAMLMark {
        func unit(_ i: Int) -> UInt16 {
            let (high, low) = bigEndian ? (input[i], input[i + 1]) : (input[i + 1], input[i])
            return UInt16(high) << 8 | UInt16(low)
        }
        var line = 0
        var column = 0
        var i = 0
        if end >= 2, unit(0) == 0xFEFF { i = 2 }
        while i + 1 < end {
            let u = unit(i)
            switch u {
            case 0x0D where i + 3 < end && unit(i + 2) == 0x0A:
                break
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029:
                line += 1
                column = 0
            case 0xDC00...0xDFFF:
                break  // low surrogate: same character as the unit before
            default:
                column += 1
            }
            i += 2
        }
        return YAMLMark(line: line + 1, column: column + 1)
    }
}
