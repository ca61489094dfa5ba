import PathguideHTML

/// How findings name what a link is, so a message reads "image 'logo.png' …" or
/// "link to 'guide.html' …" according to what the reader would miss.
enum LinkWording {
    /// "link to 'x'" for addresses the reader follows, "image 'x'" (or script, stylesheet…)
    /// for what the browser loads into the page.
    static func subject(of link: HTMLLink) -> String {
        link.kind == .navigation ? "link to \(quoted(link.url))" : "\(noun(for: link)) \(quoted(link.url))"
    }

    static func noun(for link: HTMLLink) -> String {
        switch (link.tag, link.attribute) {
        case ("img", _), ("source", _), ("image", _), ("video", "poster"): "image"
        case ("script", _): "script"
        case ("iframe", _): "frame"
        case ("video", _): "video"
        case ("audio", _): "audio"
        case ("track", _): "text track"
        case ("object", _), ("embed", _): "embedded object"
        case ("link", _):
            switch link.rel?.split(separator: " ") ?? [] {
            case let rel where rel.contains("stylesheet"): "stylesheet"
            case let rel where rel.contains(where: { $0.hasSuffix("icon") }): "icon"
            default: "resource"
            }
        default: "resource"
        }
    }

    /// The address in quotes on one line (a line break in it shows as `\n`), shortened so a
    /// long data: address cannot swamp the report.
    static func quoted(_ address: String) -> String {
        var shown = address
        if shown.contains(where: { $0.isNewline || $0 == "\t" }) {
            shown = shown.unicodeScalars.map { scalar in
                switch scalar {
                case "\n": "\\n"
                case "\r": "\\r"
                case "\t": "\\t"
                default: String(scalar)
                }
            }.joined()
        }
        let limit = 100
        guard shown.count > limit else { return "'\(shown)'" }
        return "'\(shown.prefix(limit))…'"
    }
}
