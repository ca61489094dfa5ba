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

    /// A value short enough to quote in a one-line message: a `data:` URL can be megabytes long.
    static func excerpt(_ text: String, limit: Int = 60) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
