import PathguideRender

/// Gives the headings of libcmark's HTML the anchors the renderer chose.
///
/// CommonMark has no syntax for heading ids, so the renderer lists every heading of a document
/// with its anchor, in order, and the n-th `<hN>` of the HTML gets the n-th anchor. libcmark
/// writes headings as bare `<h1>`…`<h6>` tags and, in its default safe mode, replaces raw HTML
/// in the Markdown with a comment, so a bare heading tag in its output is always a real heading.
enum HeadingAnchors {
    /// `html` with `id` attributes on its headings. A count or level that differs from
    /// `headings` means the renderer and its heading list disagree: a bug, reported for `document`.
    static func inject(_ headings: [RenderedDocument.Heading], into html: String, document: String) throws(SiteError) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count + headings.count * 24)
        var bytes = Substring(html).utf8[...]
        var count = 0
        while let open = bytes.firstRange(of: "<h".utf8) {
            output += String(Substring(bytes[bytes.startIndex..<open.lowerBound]))
            let rest = bytes[open.upperBound...]
            guard let digit = rest.first, (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(digit),
                  rest.dropFirst().first == UInt8(ascii: ">")
            else {
                output += "<h"
                bytes = rest
                continue
            }
            let level = Int(digit - UInt8(ascii: "0"))
            guard count < headings.count else {
                throw SiteError("\(document): error: the HTML has more headings than the document lists (\(headings.count)); the renderer's heading list is out of step with its Markdown")
            }
            let heading = headings[count]
            guard heading.level == level else {
                throw SiteError("\(document): error: heading \(count + 1) ('\(heading.text)') is listed at level \(heading.level) but the HTML has <h\(level)>; the renderer's heading list is out of step with its Markdown")
            }
            output += "<h\(level) id=\"\(escapeAttribute(heading.anchor))\">"
            count += 1
            bytes = rest.dropFirst(2)
        }
        output += String(Substring(bytes))
        guard count == headings.count else {
            throw SiteError("\(document): error: the document lists \(headings.count) headings but the HTML has \(count); the renderer's heading list is out of step with its Markdown")
        }
        return output
    }

    /// Escapes text for a double-quoted attribute value.
    static func escapeAttribute(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
