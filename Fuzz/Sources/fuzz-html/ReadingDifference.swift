import PathguideHTML

/// The first place two readings of a page differ, one line per link, anchor and base, with
/// every field the readings are compared on.
struct ReadingDifference: CustomStringConvertible {
    var scanned: [String]
    var reference: [String]

    init(scanned: HTMLDocument, reference: HTMLDocument) {
        self.scanned = Self.summary(scanned)
        self.reference = Self.summary(reference)
    }

    var description: String {
        let common = min(scanned.count, reference.count)
        let index = (0..<common).first { scanned[$0] != reference[$0] } ?? common
        func line(_ lines: [String]) -> String { index < lines.count ? lines[index] : "(nothing)" }
        return """
            item \(index + 1) of \(scanned.count) scanned, \(reference.count) from gumbo
              scanner: \(line(scanned))
              gumbo:   \(line(reference))
            """
    }

    static func summary(_ document: HTMLDocument) -> [String] {
        document.links.map { link in
            "link \(quoted(link.tag))[\(quoted(link.attribute))] \(quoted(link.url)) \(link.kind.rawValue) rel=\(link.rel.map(quoted) ?? "-") "
                + "@\(position(link.position)) element @\(position(link.elementPosition))"
        } + document.anchors.map { anchor in
            "anchor \(quoted(anchor.tag))[\(quoted(anchor.attribute))] \(quoted(anchor.name)) @\(position(anchor.position))"
        } + [document.base.map { "base \(quoted($0.url)) @\(position($0.position)) element @\(position($0.elementPosition))" } ?? "no base"]
    }

    /// The text in quotes with every scalar outside printable ASCII written as `\u{…}`, so that
    /// control characters and U+FFFD, where readings often part, show in the message.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x20, scalar.value < 0x7F, scalar != "\"", scalar != "\\" {
                result.unicodeScalars.append(scalar)
            } else {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return result + "\""
    }

    private static func position(_ position: HTMLPosition) -> String {
        "\(position.line):\(position.column)/\(position.offset)"
    }
}
