import PathguideDiagnostics

/// A human-readable text in several languages: `{zh: 联系客服, en: Contact support}`.
///
/// Entries keep the order the author wrote them in; lookups go by language code.
public struct LocalizedText: Sendable, Hashable {
    /// One language's text and where it was written.
    public struct Entry: Sendable, Hashable {
        public var language: String
        public var text: String
        public var location: SourceLocation

        public init(language: String, text: String, location: SourceLocation) {
            self.language = language
            self.text = text
            self.location = location
        }
    }

    public var entries: [Entry]
    /// Where the mapping starts (used when a language is missing altogether).
    public var location: SourceLocation
    /// A required text that was missing or could not be read, standing in so the part holding
    /// it still loads. The loader has reported it; no rule reports its languages again.
    public var isUnloaded: Bool

    public init(entries: [Entry], location: SourceLocation, isUnloaded: Bool = false) {
        self.entries = entries
        self.location = location
        self.isUnloaded = isUnloaded
    }

    /// The stand-in for a required text the loader reported.
    public static func unloaded(at location: SourceLocation) -> LocalizedText {
        LocalizedText(entries: [], location: location, isUnloaded: true)
    }

    public subscript(language: String) -> String? {
        entries.first { $0.language == language }?.text
    }

    public var languages: [String] { entries.map(\.language) }
}
