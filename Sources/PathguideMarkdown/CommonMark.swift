import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only place that talks to libcmark, the CommonMark reference implementation.
///
/// Rendering is safe by default: raw HTML in the Markdown and `javascript:`/`data:` links are
/// replaced (cmark's default since 0.29), because guide text is data and must never execute.
public enum CommonMark {
    /// The libcmark version linked at run time, e.g. "0.30.2".
    public static var version: String { String(cString: cmark_version_string()) }

    /// Renders CommonMark (no extensions) to an HTML fragment.
    ///
    /// - Parameter smartPunctuation: straight quotes to curly ones; off by default so the text
    ///   shows exactly as the author typed it.
    public static func html(from markdown: String, smartPunctuation: Bool = false) -> String {
        var options = CMARK_OPT_DEFAULT
        if smartPunctuation { options |= CMARK_OPT_SMART }
        var text = markdown
        let rendered = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_markdown_to_html(chars.baseAddress, chars.count, options)
            }
        }
        guard let rendered else { return "" }
        // cmark allocates with the default allocator; free it where it was taken.
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
