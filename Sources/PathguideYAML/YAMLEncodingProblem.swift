/// What an input turned out to be instead of UTF-8 text.
///
/// libyaml would follow a UTF-16 byte order mark and decode the rest, and it finds invalid UTF-8
/// only when its reader gets that far, after whatever syntax error comes first. The input is
/// meant to be UTF-8, so the parser checks it first, in one pass, and refuses anything else at
/// its first offending byte.
public struct YAMLEncodingProblem: Hashable, Sendable {
    /// What was found, worded to follow "the input is": "UTF-16 (it starts with a UTF-16 byte
    /// order mark)", "not UTF-8 (byte 0xFF cannot begin a character)".
    public var found: String
    /// The input's encoding as iconv names it (`UTF-16`, `UTF-32LE`…), when its first bytes
    /// tell; nil when the input is only known not to be UTF-8.
    public var encoding: String?

    public init(found: String, encoding: String? = nil) {
        self.found = found
        self.encoding = encoding
    }

    /// The first reason `input` is not UTF-8, and where; nil for UTF-8 (with or without a BOM).
    static func find(in input: UnsafeBufferPointer<UInt8>) -> (problem: YAMLEncodingProblem, offset: Int)? {
        if let problem = byteOrder(of: input) { return (problem, 0) }
        guard let (offset, complete) = firstInvalidUTF8(in: input) else { return nil }
        let byte = "0x" + hex(input[offset])
        let found = complete
            ? "not UTF-8 (byte \(byte) cannot begin a character)"
            : "not UTF-8 (byte \(byte) begins a character that is cut short)"
        return (YAMLEncodingProblem(found: found), offset)
    }

    /// UTF-16 or UTF-32, told by a byte order mark, or without one by the zero bytes these
    /// encodings give the ASCII character a YAML file starts with (YAML 1.2, section 5.2). A
    /// zero byte is never valid YAML, so no YAML file is mistaken for them.
    private static func byteOrder(of input: UnsafeBufferPointer<UInt8>) -> YAMLEncodingProblem? {
        // Missing bytes of a short input count as a byte that matches no pattern.
        let head = Array(input.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - input.count))
        let (a, b, c, d) = (head[0], head[1], head[2], head[3])
        func marked(_ name: String) -> YAMLEncodingProblem {
            YAMLEncodingProblem(found: "\(name) (it starts with a \(name) byte order mark)", encoding: name)
        }
        func unmarked(_ name: String, _ count: Int) -> YAMLEncodingProblem {
            let bytes = head.prefix(count).map(hex)
            let family = String(name.prefix(6))
            return YAMLEncodingProblem(
                found: "\(family) (its first bytes, \(bytes.joined(separator: " ")), are ASCII written as \(family))",
                encoding: name)
        }
        switch (a, b, c, d) {
        case (0xFF, 0xFE, 0, 0), (0, 0, 0xFE, 0xFF): return marked("UTF-32")
        case (0xFF, 0xFE, _, _), (0xFE, 0xFF, _, _): return marked("UTF-16")
        case (0, 0, 0, 1...0x7F): return unmarked("UTF-32BE", 4)
        case (1...0x7F, 0, 0, 0): return unmarked("UTF-32LE", 4)
        case (0, 1...0x7F, _, _): return unmarked("UTF-16BE", 2)
        case (1...0x7F, 0, _, _): return unmarked("UTF-16LE", 2)
        default: return nil
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
    }

    /// The offset of the first byte that does not begin a well-formed UTF-8 character (Unicode
    /// table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF), and whether that byte
    /// cannot begin a character at all (true) or begins one that is cut short (false).
    static func firstInvalidUTF8(in input: UnsafeBufferPointer<UInt8>) -> (offset: Int, complete: Bool)? {
        guard let base = input.baseAddress else { return nil }
        let count = input.count
        var i = 0
        while i < count {
            // Guides are mostly ASCII: take eight such bytes at a time.
            if i + 8 <= count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let lead = base[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            // Most of the rest is Chinese: three bytes whose second byte may be any continuation.
            if lead >= 0xE1, lead <= 0xEF, lead != 0xED, i + 3 <= count,
               base[i + 1] & 0xC0 == 0x80, base[i + 2] & 0xC0 == 0x80 {
                i += 3
                continue
            }
            // The length of the character and the range its second byte must fall in.
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; second = 0x80...0x8F
            default: return (i, true)
            }
            guard i + length <= count, second.contains(base[i + 1]) else { return (i, false) }
            for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return (i, false) }
            i += length
        }
        return nil
    }
}
