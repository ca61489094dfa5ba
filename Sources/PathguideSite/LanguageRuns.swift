/// Marks each run of Chinese in a page of another language with its own `lang`, so a screen
/// reader speaks 「淘宝求助」 in an English page with a Chinese voice (WCAG 3.1.2, language of
/// parts).
///
/// Works on HTML that libcmark or the templates wrote: outside a tag, a `<` always starts one
/// (text has it as `&lt;`), so the text between tags is found without a parser. A run is Han
/// characters with the CJK punctuation and full-width forms around and between them (「」，（）),
/// and at least one Han character; ASCII punctuation and spaces end it, so "Taobao Help (淘宝求助)"
/// marks only 淘宝求助. Left alone: the `<head>` (a `<title>` cannot hold elements), `<svg>` (its text
/// cannot hold HTML elements), `<script>` and
/// `<style>`, and the text of an element already marked as Chinese (the language switch).
enum LanguageRuns {
    /// `html` with each Chinese run wrapped in `<span lang="tag">`.
    static func marked(_ html: [UInt8], tag: String) -> [UInt8] {
        // Han characters and CJK punctuation are all 3 or 4 bytes in UTF-8, from lead byte 0xE3.
        guard html.contains(where: { $0 >= 0xE3 }) else { return html }
        let open = Array("<span lang=\"\(tag)\">".utf8)
        let close = Array("</span>".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(html.count + 256)
        var i = 0
        // The end tag of an element whose text is copied as it is.
        var skipping: [UInt8]? = nil
        while i < html.count {
            if html[i] == UInt8(ascii: "<") {
                let end = (html[i...].firstIndex(of: UInt8(ascii: ">")) ?? html.count - 1) + 1
                let tag = html[i..<end]
                if let closing = skipping {
                    if startsCaseInsensitive(tag, closing) { skipping = nil }
                } else if let name = skippedElement(tag, saying: open.dropFirst(5).dropLast()) {
                    skipping = Array("</".utf8) + name
                }
                out.append(contentsOf: tag)
                i = end
                continue
            }
            let textEnd = html[i...].firstIndex(of: UInt8(ascii: "<")) ?? html.count
            if skipping != nil {
                out.append(contentsOf: html[i..<textEnd])
            } else {
                mark(html[i..<textEnd], open: open, close: close, into: &out)
            }
            i = textEnd
        }
        return out
    }

    /// The name of the element a start tag opens, when its text is to be copied as it is: the
    /// head, a script or style, or an element that already says it is in the language (`lang`).
    private static func skippedElement(_ tag: ArraySlice<UInt8>, saying lang: ArraySlice<UInt8>) -> [UInt8]? {
        guard tag.count > 2, tag[tag.startIndex + 1] != UInt8(ascii: "/"), tag[tag.startIndex + 1] != UInt8(ascii: "!") else { return nil }
        let name = Array(tag.dropFirst().prefix { $0 != 0x20 && $0 != UInt8(ascii: ">") && $0 != 0x0A && $0 != UInt8(ascii: "/") })
            .map { $0 | 0x20 }
        if ["head", "script", "style", "title", "svg"].contains(where: { Array($0.utf8) == name }) { return name }
        return tag.firstRange(of: lang) != nil ? name : nil
    }

    private static func mark(_ text: ArraySlice<UInt8>, open: [UInt8], close: [UInt8], into out: inout [UInt8]) {
        var i = text.startIndex
        while i < text.endIndex {
            guard let (first, _) = decode(text, at: i), isRunCharacter(first) else {
                out.append(text[i])
                i += 1
                continue
            }
            var end = i
            var hasHan = false
            while let (scalar, length) = decode(text, at: end), isRunCharacter(scalar) {
                hasHan = hasHan || isHan(scalar)
                end += length
            }
            if hasHan { out.append(contentsOf: open) }
            out.append(contentsOf: text[i..<end])
            if hasHan { out.append(contentsOf: close) }
            i = end
        }
    }

    private static func isRunCharacter(_ scalar: UInt32) -> Bool {
        isHan(scalar) || isCJKPunctuation(scalar)
    }

    /// CJK Unified Ideographs and their extensions, and the compatibility ideographs.
    static func isHan(_ scalar: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(scalar) || (0x3400...0x4DBF).contains(scalar)
            || (0x20000...0x3134F).contains(scalar) || (0xF900...0xFAFF).contains(scalar)
    }

    /// CJK symbols and punctuation (「」。、), and the full-width forms (（），：).
    static func isCJKPunctuation(_ scalar: UInt32) -> Bool {
        (0x3000...0x303F).contains(scalar) || (0xFF00...0xFFEF).contains(scalar)
    }

    /// The scalar starting at `index` and its length in bytes, for the 3- and 4-byte forms the
    /// runs are made of; nil for anything else.
    private static func decode(_ bytes: ArraySlice<UInt8>, at index: Int) -> (UInt32, Int)? {
        guard index < bytes.endIndex else { return nil }
        let lead = bytes[index]
        if lead & 0xF0 == 0xE0, index + 2 < bytes.endIndex {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if lead & 0xF8 == 0xF0, index + 3 < bytes.endIndex {
            return ((UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                    | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F), 4)
        }
        return nil
    }

    private static func startsCaseInsensitive(_ bytes: ArraySlice<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        return zip(bytes.prefix(prefix.count), prefix).allSatisfy { ($0 | 0x20) == ($1 | 0x20) || $0 == $1 }
    }
}
