import PathguideDiagnostics

/// What `pathguide links` reports. Ids are stable, like the checker's.
public enum LinkRule: String, CaseIterable, Sendable {
    /// An internal `href` or `src` whose file does not exist.
    case brokenLink = "broken-link"
    /// An internal link whose `#fragment` names no `id` or `name` in the target page.
    case missingFragment = "missing-fragment"
    /// Two elements in one page with the same `id`.
    case duplicateAnchor = "duplicate-anchor"
    /// An `<img src>` (or other embedded resource) that does not resolve.
    case missingImage = "missing-image"
    /// A link whose address cannot be parsed or uses a scheme that is never safe.
    case invalidLink = "invalid-link"
    /// An external link that is gone: 404, 410 and other 4xx, a host that does not resolve, a refused connection.
    case deadExternalLink = "dead-external-link"
    /// An external link that could not be confirmed: 403, 408, 429, 5xx, a timeout, TLS, redirect loops.
    case unverifiedExternalLink = "unverified-external-link"
    /// A file that cannot be read as HTML or Markdown.
    case unreadablePage = "unreadable-page"

    public var description: RuleDescription {
        switch self {
        case .brokenLink:
            RuleDescription(id: rawValue, defaultSeverity: .error, name: "Broken link",
                            summary: "Every internal href and src must resolve to a file; a link to a folder resolves to its index.html.")
        case .missingFragment:
            RuleDescription(id: rawValue, defaultSeverity: .error, name: "Missing fragment",
                            summary: "Every #fragment must name an id or a name in the target page, on the same page or across pages.")
        case .duplicateAnchor:
            RuleDescription(id: rawValue, defaultSeverity: .error, name: "Duplicate anchor",
                            summary: "Ids in a page must be unique, or a fragment link lands on the wrong element.")
        case .missingImage:
            RuleDescription(id: rawValue, defaultSeverity: .error, name: "Missing image",
                            summary: "Every image and embedded resource must resolve to a file.")
        case .invalidLink:
            RuleDescription(id: rawValue, defaultSeverity: .error, name: "Invalid link",
                            summary: "Links must be well-formed; javascript: and data: links are never allowed.")
        case .deadExternalLink:
            RuleDescription(id: rawValue, defaultSeverity: .error, name: "Dead external link",
                            summary: "With --online: an external link answered 404, 410 or another 4xx (except 403, 408 and 429), or its host does not resolve or refuses connections.")
        case .unverifiedExternalLink:
            RuleDescription(id: rawValue, defaultSeverity: .warning, name: "Unverified external link",
                            summary: "With --online: an external link answered 403, 408, 429 or 5xx after retries, asked to wait longer than the limit, timed out, failed TLS, or redirected in a loop or too many times; it may work for a person.")
        case .unreadablePage:
            RuleDescription(id: rawValue, defaultSeverity: .error, name: "Unreadable page",
                            summary: "Every page under the folder must be readable.")
        }
    }
}

/// An external (http or https) link found in a page, where it was found.
public struct ExternalLink: Hashable, Sendable {
    /// The address as written, with any `#fragment` removed (servers never see it).
    public var url: String
    public var location: SourceLocation

    public init(url: String, location: SourceLocation) {
        self.url = url
        self.location = location
    }
}
