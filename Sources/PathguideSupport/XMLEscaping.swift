/// Text for XML and for HTML outside Mustache templates (SVG titles, attribute values, JUnit
/// reports): the one escaping function for that context.
public enum XMLEscaping {
    /// `text` with `&` `<` `>` `"` `'` as references, and without the characters XML 1.0 cannot
    /// hold at all (most control characters), which would make the whole document unreadable.
    /// In an attribute, CR, LF and tab are references too, because parsers would turn them into
    /// spaces; in text only CR is, which parsers would turn into LF.
    public static func escape(_ text: String, inAttribute: Bool = true) -> String {
        // Most texts need nothing: a look at the bytes settles them.
        if text.utf8.allSatisfy({ byte in
            byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<")
                && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'")
        }) {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#13;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
