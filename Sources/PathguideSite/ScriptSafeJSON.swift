/// A JSON value as the site writes it: strings, arrays and objects, nothing else.
enum JSONValue: Sendable, Equatable {
    /// One key and its value; an object's members are written sorted by key, whatever their order here.
    struct Member: Sendable, Equatable {
        var key: String
        var value: JSONValue

        init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    case string(String)
    case array([JSONValue])
    case object([Member])
}

/// Writes a `JSONValue` as pretty JSON safe to put inside `<script>`, byte for byte as the site
/// has always written it (Foundation's `JSONSerialization` with `.prettyPrinted`, `.sortedKeys`
/// and `.withoutEscapingSlashes`, then `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026`):
///
/// - two spaces of indentation, `"key" : value`, every array element and member on its own line;
/// - in strings `"` and `\` are escaped, `\b` `\f` `\n` `\r` `\t` stand for their controls, the
///   other controls below U+0020 are `\u00xx` with lowercase hex digits, and `/` stays as it is;
/// - keys are sorted ignoring ASCII case, as `sortedKeys` sorts keys without digits.
///
/// The `<`, `>` and `&` escapes were made per character (grapheme cluster), so one that a
/// combining mark follows, or a prepended mark precedes, is one character with it and stayed as
/// it was; such strings go through the same character loop here, so the bytes stay the same.
struct ScriptSafeJSONWriter {
    private(set) var bytes: [UInt8] = []
    private var indent = 0

    init() {
        bytes.reserveCapacity(4096)
    }

    mutating func write(_ value: JSONValue) {
        switch value {
        case .string(let text):
            writeString(text)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            bytes.append(UInt8(ascii: "\n"))
            indent += 2
            for (i, element) in elements.enumerated() {
                if i > 0 { append(",\n") }
                writeIndent()
                write(element)
            }
            bytes.append(UInt8(ascii: "\n"))
            indent -= 2
            writeIndent()
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            bytes.append(UInt8(ascii: "\n"))
            indent += 2
            if !members.isEmpty { writeIndent() }
            for (i, member) in members.sorted(by: { Self.keyPrecedes($0.key, $1.key) }).enumerated() {
                if i > 0 {
                    append(",\n")
                    writeIndent()
                }
                writeString(member.key)
                append(" : ")
                write(member.value)
            }
            bytes.append(UInt8(ascii: "\n"))
            indent -= 2
            writeIndent()
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Key order: ASCII letters compared without case, then as written.
    static func keyPrecedes(_ a: String, _ b: String) -> Bool {
        func folded(_ byte: UInt8) -> UInt8 {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
        }
        let folding = a.utf8.lazy.map(folded).lexicographicallyPrecedes(b.utf8.lazy.map(folded))
        if folding { return true }
        if b.utf8.lazy.map(folded).lexicographicallyPrecedes(a.utf8.lazy.map(folded)) { return false }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func writeIndent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { writeStringBody($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func writeStringBody(_ source: UnsafeBufferPointer<UInt8>) {
        var scriptSensitive = false
        var nonASCII = false
        for byte in source {
            if byte >= 0x80 { nonASCII = true }
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") { scriptSensitive = true }
        }
        guard scriptSensitive, nonASCII else {
            writeEscaped(source, scriptEscapes: true)
            return
        }
        // Escape `<`, `>` and `&` only where each is a character of its own, as before.
        var json = ScriptSafeJSONWriter()
        json.writeEscaped(source, scriptEscapes: false)
        for character in String(decoding: json.bytes, as: UTF8.self) {
            switch character {
            case "<": append("\\u003c")
            case ">": append("\\u003e")
            case "&": append("\\u0026")
            default: bytes.append(contentsOf: character.utf8)
            }
        }
    }

    private mutating func writeEscaped(_ source: UnsafeBufferPointer<UInt8>, scriptEscapes: Bool) {
        let hex: StaticString = "0123456789abcdef"
        var start = 0
        for (i, byte) in source.enumerated() {
            let replacement: StaticString
            switch byte {
            case UInt8(ascii: "\""): replacement = "\\\""
            case UInt8(ascii: "\\"): replacement = "\\\\"
            case 0x08: replacement = "\\b"
            case 0x0C: replacement = "\\f"
            case 0x0A: replacement = "\\n"
            case 0x0D: replacement = "\\r"
            case 0x09: replacement = "\\t"
            case UInt8(ascii: "<") where scriptEscapes: replacement = "\\u003c"
            case UInt8(ascii: ">") where scriptEscapes: replacement = "\\u003e"
            case UInt8(ascii: "&") where scriptEscapes: replacement = "\\u0026"
            case 0..<0x20:
                bytes.append(contentsOf: source[start..<i])
                append("\\u00")
                bytes.append(hex.withUTF8Buffer { $0[Int(byte >> 4)] })
                bytes.append(hex.withUTF8Buffer { $0[Int(byte & 0xF)] })
                start = i + 1
                continue
            default:
                continue
            }
            bytes.append(contentsOf: source[start..<i])
            append(replacement)
            start = i + 1
        }
        bytes.append(contentsOf: source[start...])
    }
}
