import Foundation

/// The words of the page chrome in each language ("Contents" / "目录", the language names),
/// read from `strings.json` (the built-in theme's, or the templates folder's) so they can be
/// changed without recompiling.
///
/// The file maps a language code to an object of strings:
///
///     { "zh": { "lang": "zh-Hans", "languageName": "中文", "contents": "目录", … },
///       "en": { "lang": "en", "languageName": "English", "contents": "Contents", … } }
///
/// Templates see a language's object as `strings` (`{{strings.contents}}`), so a new key needs
/// only an edit to the template and this file. Every language must have the same keys, so a
/// word added for one language is never silently blank in another.
public struct SiteStrings: Sendable, Equatable {
    /// Keys the builder itself reads, beyond what templates use.
    public static let requiredKeys = ["lang", "languageName", "qrTitle"]

    /// Language code → key → text.
    public let table: [String: [String: String]]
    /// The file the strings came from, for messages.
    public let file: String

    /// Parses the JSON text of `file`.
    public init(json: String, file: String) throws(SiteError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        } catch {
            throw SiteError("\(file): error: not valid JSON: \(Self.describe(error))")
        }
        guard let languages = object as? [String: Any] else {
            throw SiteError("\(file): error: expected an object mapping language codes to strings, such as {\"en\": {\"contents\": \"Contents\"}}")
        }
        var table: [String: [String: String]] = [:]
        // Sorted, so with several problems the message is the same on every run.
        for language in languages.keys.sorted() {
            guard let entries = languages[language] as? [String: Any] else {
                throw SiteError("\(file): error: '\(language)' must be an object of strings")
            }
            var strings: [String: String] = [:]
            for key in entries.keys.sorted() {
                guard let text = entries[key] as? String else {
                    throw SiteError("\(file): error: '\(language).\(key)' must be a string")
                }
                strings[key] = text
            }
            for key in Self.requiredKeys where strings[key] == nil {
                throw SiteError("\(file): error: '\(language)' has no '\(key)'")
            }
            table[language] = strings
        }
        try Self.checkSameKeys(table, file: file)
        self.table = table
        self.file = file
    }

    /// The strings of `locale`, or an error saying which entry to add.
    public func strings(for locale: String) throws(SiteError) -> [String: String] {
        guard let strings = table[locale] else {
            let entry = "an object \"\(locale)\": { … } with the same keys as the others"
            // The built-in file cannot be edited; say where a user's copy goes.
            if Theme.isBuiltIn(file) {
                throw SiteError("\(file): error: no strings for language '\(locale)'; put a \(SiteTemplates.stringsFile) in the templates folder (export the built-in theme to start from it) and add \(entry)")
            }
            throw SiteError("\(file): error: no strings for language '\(locale)'; add \(entry)")
        }
        return strings
    }

    /// The BCP 47 tag for `lang` and `hreflang` attributes (`zh-Hans` for `zh`).
    public func htmlLang(_ locale: String) throws(SiteError) -> String {
        try strings(for: locale)["lang"] ?? locale
    }

    /// Every language must have every key some language has; the message names the first gap
    /// in sorted order, so it is the same on every run.
    private static func checkSameKeys(_ table: [String: [String: String]], file: String) throws(SiteError) {
        let allKeys = Set(table.values.flatMap(\.keys))
        for language in table.keys.sorted() {
            let missing = allKeys.subtracting(table[language]!.keys).sorted()
            if let key = missing.first {
                let owner = table.keys.sorted().first { table[$0]![key] != nil }!
                throw SiteError("\(file): error: '\(language)' has no '\(key)', which '\(owner)' has")
            }
        }
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        return nsError.userInfo[NSDebugDescriptionErrorKey] as? String ?? nsError.localizedDescription
    }
}
