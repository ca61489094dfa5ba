/// Phrases several rules build into their messages, written once so the messages agree.
enum Wording {
    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    /// `'a', 'b' and 'c'`.
    static func quoted(_ items: [String], conjunction: String = "and") -> String {
        list(items.map { "'\($0)'" }, conjunction: conjunction)
    }

    /// A value fit to quote in a one-line message: control characters (a line break in a URL)
    /// written as escapes, and shortened, because a `data:` URL can be megabytes long.
    static func excerpt(_ text: String, limit: Int = 60) -> String {
        var printable = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                printable += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                printable.unicodeScalars.append(scalar)
            }
        }
        return printable.count <= limit ? printable : String(printable.prefix(limit - 1)) + "…"
    }

    /// Unicode's White_Space, answered without a table lookup for ASCII and for everything
    /// above U+3000 (ideographic space), the last whitespace character.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0...0x7F, 0x3001...: false
        default: scalar.properties.isWhitespace
        }
    }

    /// C0 and C1 control characters and DEL: invisible, and able to break a line or a terminal.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
