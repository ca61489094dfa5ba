/// YAML front matter that Hugo, Jekyll and MkDocs all read as it is.
///
/// Every string is double-quoted, so no text can turn into a number, a date, a boolean, a
/// comment or a nested mapping; inside the quotes `\` and `"` are escaped and every control
/// character and YAML line break (NEL, LS, PS) is written as `\uXXXX`. The one unquoted value
/// is `lastmod`, which site generators want as a YAML date.
struct FrontMatter {
    enum Value {
        case string(String)
        /// `YYYY-MM-DD`, written bare so YAML reads a date.
        case date(String)
    }

    private var fields: [(key: String, value: Value)] = []

    mutating func add(_ key: String, _ value: Value) {
        fields.append((key, value))
    }

    /// The block with its `---` lines, ending with a newline.
    var rendered: String {
        var out = "---\n"
        for (key, value) in fields {
            out += key
            out += ": "
            switch value {
            case .string(let text): Self.appendQuoted(text, to: &out)
            case .date(let date): out += date
            }
            out += "\n"
        }
        out += "---\n"
        return out
    }

    /// `text` as a YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var out = ""
        appendQuoted(text, to: &out)
        return out
    }

    private static func appendQuoted(_ text: String, to out: inout String) {
        // Most texts need no escape: every byte of theirs that could need one is checked.
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != 0x7F && byte != UInt8(ascii: "\\") && byte != UInt8(ascii: "\"")
                && byte != 0xC2 && byte != 0xE2 && byte != 0xEF
        }
        if plain {
            out += "\""
            out += text
            out += "\""
            return
        }
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case _ where needsEscape(scalar): out += unicodeEscape(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = Array("0123456789ABCDEF")
        var digits = ""
        var value = scalar.value
        for _ in 0..<4 {
            digits = String(hex[Int(value & 0xF)]) + digits
            value >>= 4
        }
        return "\\u" + digits
    }
}
