import PathguideSupport
import PathguideRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        String(decoding: try injected(headings, into: html, document: document), as: UTF8.self)
    }

    /// `inject(_:into:document:)` as UTF-8 bytes.
    static func injected(_ headings: [RenderedDocument.Heading], into html: String, document: String) throws(SiteError) -> [UInt8] {
        var html = html
        let result: Result<[UInt8], SiteError> = html.withUTF8 { bytes in
            do throws(SiteError) {
                return .success(try injected(headings, into: bytes, document: document))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private static func injected(_ headings: [RenderedDocument.Heading], into bytes: UnsafeBufferPointer<UInt8>, document: String) throws(SiteError) -> [UInt8] {
        // One pass over the bytes: the generic substring search this replaced was most of the
        // time of a whole build.
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + headings.count * 40)
        var count = 0
        var copiedUpTo = 0
        var index = 0
        let end = bytes.count
        while index + 3 < end {
            // memchr finds the next `<` many bytes at a time.
            guard let found = memchr(bytes.baseAddress! + index, Int32(UInt8(ascii: "<")), end - 3 - index) else { break }
            index = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard bytes[index + 1] == UInt8(ascii: "h"),
                  (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]), bytes[index + 3] == UInt8(ascii: ">")
            else {
                index += 1
                continue
            }
            let level = Int(bytes[index + 2] - UInt8(ascii: "0"))
            guard count < headings.count else {
                throw SiteError("\(document): error: the HTML has more headings than the document lists (\(headings.count)); the renderer's heading list is out of step with its Markdown")
            }
            let heading = headings[count]
            guard heading.level == level else {
                throw SiteError("\(document): error: heading \(count + 1) ('\(heading.text)') is listed at level \(heading.level) but the HTML has <h\(level)>; the renderer's heading list is out of step with its Markdown")
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo..<index]))
            output.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "h"), bytes[index + 2]])
            output.append(contentsOf: " id=\"".utf8)
            output.append(contentsOf: XMLEscaping.escape(heading.anchor).utf8)
            output.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ">")])
            count += 1
            index += 4
            copiedUpTo = index
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedUpTo...]))
        guard count == headings.count else {
            throw SiteError("\(document): error: the document lists \(headings.count) headings but the HTML has \(count); the renderer's heading list is out of step with its Markdown")
        }
        return output
    }

    /// Escapes text for a double-quoted attribute value.
    static func escapeAttribute(_ text: String) -> String {
        XMLEscaping.escape(text)
    }
}
