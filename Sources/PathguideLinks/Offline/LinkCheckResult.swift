import PathguideDiagnostics

/// What `OfflineLinkChecker.check()` found: the problems, the pages it read, and the
/// external links it collected for the online check.
public struct LinkCheckResult: Hashable, Sendable {
    /// Broken links, missing fragments and images, duplicate ids, forbidden schemes; sorted by location.
    public var diagnostics: [Diagnostic]
    /// Every page and Markdown file checked, as display paths (`output/site/en/index.html`), sorted.
    public var pages: [String]
    /// Every http and https link, one per place it appears, sorted by location; not checked offline.
    public var external: [ExternalLink]

    public init(diagnostics: [Diagnostic] = [], pages: [String] = [], external: [ExternalLink] = []) {
        self.diagnostics = diagnostics
        self.pages = pages
        self.external = external
    }
}
