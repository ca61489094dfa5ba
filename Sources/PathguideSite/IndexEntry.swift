import Mustache

/// The platforms of a language's index: what `{{#platforms}}` in `index.mustache` walks.
///
/// An index lists every platform, so it is built for Mustache's lookups: entries are small
/// values that fit in an `Any` without an allocation of their own, each name is answered by a
/// `switch`, and `strings` is answered by the entry, so the chrome words it shows are found
/// without climbing to the page's values. A name the entry does not have falls through to the
/// page, as with a dictionary.
final class IndexList {
    /// One platform's texts, all in the index's language.
    struct Row {
        var id: String
        var name: String
        var title: String
        var description: String
        var lastVerified: String
        var guideHref: String
        var sheetHref: String
    }

    let rows: [Row]
    /// The page's chrome words, the same value the page itself gives templates.
    let strings: ChromeWords

    init(rows: [Row], strings: ChromeWords) {
        self.rows = rows
        self.strings = strings
    }

    /// The template value: one entry per row, in order.
    var entries: [IndexEntry] {
        rows.indices.map { IndexEntry(list: self, row: $0) }
    }
}

/// One platform of an index (`{{name}}`, `{{guideHref}}`, `{{strings.fullGuide}}` …).
struct IndexEntry: MustacheParent {
    enum Field: UInt8 {
        case id, name, title, description, lastVerified, guideHref, sheetHref
    }

    let list: IndexList
    let row: Int

    func child(named key: String) -> Any? {
        guard let field = Self.field(key) else {
            return key == "strings" ? list.strings : nil
        }
        return IndexText(entry: self, field: field)
    }

    static func field(_ key: String) -> Field? {
        switch key {
        case "guideHref": .guideHref
        case "name": .name
        case "title": .title
        case "description": .description
        case "sheetHref": .sheetHref
        case "lastVerified": .lastVerified
        case "id": .id
        default: nil
        }
    }

    func text(_ field: Field) -> String {
        let row = list.rows[row]
        switch field {
        case .id: return row.id
        case .name: return row.name
        case .title: return row.title
        case .description: return row.description
        case .lastVerified: return row.lastVerified
        case .guideHref: return row.guideHref
        case .sheetHref: return row.sheetHref
        }
    }
}

/// One text of an index entry. It renders, escapes, counts as true and transforms exactly as
/// the string (see `PageText`). A string has no names of its own, so inside `{{#lastVerified}}`
/// Mustache finds every name one level up, in the entry; this answers the entry's names itself,
/// which gives the same values without the climb.
struct IndexText: MustacheParent, MustacheCustomRenderable, MustacheTransformable {
    let entry: IndexEntry
    let field: IndexEntry.Field

    var text: String { entry.text(field) }
    var renderText: String { text }
    var isNull: Bool { false }
    func child(named key: String) -> Any? { entry.child(named: key) }
    func transform(_ name: String) -> Any? { text.transform(name) }
}
