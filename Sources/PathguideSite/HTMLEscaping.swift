import Mustache

/// Mustache's HTML escaping, character for character, without a dictionary lookup per
/// character: `<` `>` `&` `"` `'` become `&lt;` `&gt;` `&amp;` `&quot;` `&#39;`.
///
/// The templates select it with `{{% CONTENT_TYPE: HTML }}` on their first line, and
/// `SiteTemplates` registers it under that name before it parses them, so a template without
/// the line renders the same bytes through Mustache's own escaping, only slower. Like Mustache,
/// it escapes a character only when it stands alone: one that a combining mark follows, or a
/// prepended mark precedes, is a character with it and stays as it is.
struct SiteHTMLContentType: MustacheContentType {
    /// The name templates give the content type.
    static let name = "HTML"

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        var special = false
        var ascii = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"): special = true
            case 0x80...: ascii = false
            default: break
            }
        }
        guard special else { return text }
        if ascii {
            var out: [UInt8] = []
            out.reserveCapacity(text.utf8.count + 32)
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 32)
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
