/// Turns guide text into CommonMark that shows exactly as typed, and URLs into safe link
/// destinations. Every piece of guide text reaches a document through here.
///
/// The rules are written against the CommonMark spec (libcmark) and the extensions Hugo's
/// Goldmark turns on by default (tables, strikethrough, definition lists, heading attributes):
///
/// - A backslash before ASCII punctuation always shows that character, so escaping more than
///   needed is harmless; escaping too little is not. Characters that open inline syntax are
///   escaped wherever they are: `\` `` ` `` `*` `_` `[` `]` `<` `>` `&` `|` `~` `{`.
/// - Block syntax only counts at the start of a line, so `lineStart(_:)` escapes what could
///   open a block there (`#` `+` `-` `=` `:`, and the `.` or `)` after leading digits); the
///   writer applies it to every line it writes, whatever piece of text begins the line.
/// - Line breaks inside a text would let it start a block of its own, so every run of
///   whitespace and control characters becomes one space.
/// - A `!` right before a link makes it an image; one at the end of a text might meet a link
///   written after it, so a final `!` is escaped too. A run of `#` at the end of a text would
///   close a heading, so it is escaped as well.
enum MarkdownEscaping {
    /// Punctuation that opens a block when it is the first thing on a line.
    private static let escapedAtStart: Set<Unicode.Scalar> = ["#", "+", "-", "=", ":"]

    /// `text` as inline CommonMark that renders to exactly `text`, with whitespace collapsed.
    static func text(_ text: String) -> String {
        // Most texts (Chinese sentences, plain English) need nothing: say so from the bytes.
        guard needsEscapingOrCollapsing(text) else { return text }
        return escapedText(text)
    }

    /// The full escaping, without the shortcut (tests compare the two).
    static func escapedText(_ text: String) -> String {
        let collapsed = collapsingWhitespace(text)
        // A trailing run of `#` (and spaces between them) would be read as a heading's closing sequence.
        var trailingHashes = collapsed.count
        while trailingHashes > 0, collapsed[trailingHashes - 1] == UInt8(ascii: "#") || collapsed[trailingHashes - 1] == UInt8(ascii: " ") {
            trailingHashes -= 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(collapsed.count + 16)
        // Every character escaped here is ASCII, and no byte of a longer UTF-8 sequence is.
        for (i, byte) in collapsed.enumerated() {
            let escape: Bool
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "{"):
                escape = true
            case UInt8(ascii: "#"):
                escape = i >= trailingHashes
            case UInt8(ascii: "!"):
                escape = i + 1 == collapsed.count || collapsed[i + 1] == UInt8(ascii: "[")
            default:
                escape = false
            }
            if escape { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A line of inline CommonMark made safe to begin a line: a block marker at its start
    /// is escaped. Markup the renderer writes (`**`, `[`, `\`) never looks like one, so
    /// whatever is found here came from text.
    static func lineStart(_ line: String) -> String {
        guard let head = line.unicodeScalars.first else { return line }
        if escapedAtStart.contains(head) { return "\\" + line }
        // Only a line starting with digits can open an ordered list.
        guard isDigit(head) else { return line }
        var scalars = Array(line.unicodeScalars)
        guard let first = scalars.first else { return line }
        if escapedAtStart.contains(first) {
            scalars.insert("\\", at: 0)
        } else {
            // `1.` or `1)` would open an ordered list: escape the delimiter.
            var i = 0
            while i < scalars.count, isDigit(scalars[i]) { i += 1 }
            if i > 0, i < scalars.count, scalars[i] == "." || scalars[i] == ")" { scalars.insert("\\", at: i) }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// `url` as a link destination: characters that would end the destination are
    /// percent-encoded (whitespace, controls, `<` `>` `(` `)`), a backslash is escaped, and `&`
    /// is written `&amp;`. Parsers decode entities in destinations, and libcmark does so before
    /// it undoes backslash escapes, so `\&` would not keep `&amp;` five characters long; the
    /// entity does, in every parser. The caller has checked the scheme.
    static func linkDestination(_ url: String) -> String {
        if url.utf8.allSatisfy({ $0 < 0x80 }) { return asciiLinkDestination(url) }
        var out = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case "&":
                out += "&amp;"
            case "\\":
                out += "\\\\"
            case "<", ">", "(", ")", " ":
                out += percentEncoded(scalar)
            case _ where isControlOrBreak(scalar) || scalar.properties.isWhitespace:
                out += percentEncoded(scalar)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `linkDestination(_:)` for ASCII, where the whitespace characters are controls or the space.
    private static func asciiLinkDestination(_ url: String) -> String {
        let hex: StaticString = "0123456789ABCDEF"
        var out: [UInt8] = []
        out.reserveCapacity(url.utf8.count + 8)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"):
                out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\\"):
                out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"), 0...0x20, 0x7F:
                out.append(UInt8(ascii: "%"))
                out.append(hex.withUTF8Buffer { $0[Int(byte >> 4)] })
                out.append(hex.withUTF8Buffer { $0[Int(byte & 0xF)] })
            default:
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text with each run of whitespace, line breaks and control characters made one space,
    /// and leading and trailing ones removed, as a reader sees it in a rendered paragraph.
    static func plain(_ text: String) -> String {
        guard needsCollapsingOrTrimming(text) else { return text }
        let collapsed = collapsingWhitespace(text)
        var start = 0
        var end = collapsed.count
        while start < end, collapsed[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, collapsed[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return String(decoding: collapsed[start..<end], as: UTF8.self)
    }

    /// Whether nothing of `text` would show: `plain(text)` is empty.
    static func isBlank(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let length = whitespaceLength(bytes, at: i)
                guard length > 0 else { return false }
                i += length
            }
            return true
        }
    }

    /// The UTF-8 of `text` with each run of spaces, tabs, controls and line or paragraph
    /// separators made one space.
    private static func collapsingWhitespace(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let length = whitespaceLength(bytes, at: i)
                if length > 0 {
                    if out.last != UInt8(ascii: " ") { out.append(UInt8(ascii: " ")) }
                    i += length
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            return out
        }
    }

    /// How many bytes the space, tab, control (C0, DEL, C1) or U+2028/U+2029 at `i` takes;
    /// 0 for any other character.
    @inline(__always)
    private static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let byte = bytes[i]
        if byte <= 0x20 || byte == 0x7F { return 1 }
        if byte == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) { return 2 }
        if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return 3 }
        return 0
    }

    /// Whether `plain(_:)` would change `text`: a leading or trailing space, two spaces in a row,
    /// or any other character it collapses.
    private static func needsCollapsingOrTrimming(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return true }
            var previous: UInt8 = 0
            for i in bytes.indices {
                let byte = bytes[i]
                if byte == UInt8(ascii: " ") {
                    if previous == UInt8(ascii: " ") { return true }
                } else if byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
                    if whitespaceLength(bytes, at: i) > 0 { return true }
                }
                previous = byte
            }
            return false
        }
    }

    /// Whether `text` holds anything `text(_:)` would change: punctuation it may escape, a
    /// control or separator, a tab, or two spaces in a row. Exact, so `text(_:)` may return the
    /// text itself when this is false.
    private static func needsEscapingOrCollapsing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            mayNeedEscaping.withUnsafeBufferPointer { table in
                for i in bytes.indices where table[Int(bytes[i])] {
                    switch bytes[i] {
                    case UInt8(ascii: " "):
                        if i > 0, bytes[i - 1] == UInt8(ascii: " ") { return true }
                    case 0xC2, 0xE2:
                        if whitespaceLength(bytes, at: i) > 0 { return true }  // a C1 control, U+2028, U+2029
                    default:
                        return true
                    }
                }
                return false
            }
        }
    }

    /// The bytes `needsEscapingOrCollapsing` looks at: punctuation it may escape, controls,
    /// the space, and the lead bytes of C1 controls and of U+2028 and U+2029.
    private static let mayNeedEscaping: [Bool] = (0...255).map { (byte: Int) -> Bool in
        byte <= 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || "\\`*_[]<>&|~{#!".utf8.contains(UInt8(byte))
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    private static func isControlOrBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func percentEncoded(_ scalar: Unicode.Scalar) -> String {
        let hex = Array("0123456789ABCDEF")
        return String(scalar).utf8.map { "%" + String(hex[Int($0 >> 4)]) + String(hex[Int($0 & 0xF)]) }.joined()
    }
}
