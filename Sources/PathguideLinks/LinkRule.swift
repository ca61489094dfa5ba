import PathguideDiagnostics

/// What `pathguide links` reports. Ids are stable, like the checker's.
public enum LinkRule: CaseIterable, Sendable {
    /// An internal `href` or `src` whose file does not exist.
    case brokenLink
    /// An internal link whose `#fragment` names no `id` or `name` in the target page.
    case missingFragment
    /// Two elements in one page with the same `id`.
    case duplicateAnchor
    /// An `<img src>` (or other embedded resource) that does not resolve.
    case missingImage
    /// A link whose address cannot be parsed or uses a scheme that is never safe.
    case invalidLink
    /// An external link that is gone: 404, 410 and other 4xx, a host that does not resolve, a refused connection.
    case deadExternalLink
    /// An external link that could not be confirmed: 403, 408, 429, 5xx, a timeout, TLS, redirect loops.
    case unverifiedExternalLink
    /// A file that cannot be read as HTML or Markdown.
    case unreadablePage

    /// The id findings of this kind carry.
    public var id: RuleID {
        switch self {
        case .brokenLink: .brokenLink
        case .missingFragment: .missingFragment
        case .duplicateAnchor: .duplicateAnchor
        case .missingImage: .missingImage
        case .invalidLink: .invalidLink
        case .deadExternalLink: .deadExternalLink
        case .unverifiedExternalLink: .unverifiedExternalLink
        case .unreadablePage: .unreadablePage
        }
    }

    public var description: RuleDescription {
        switch self {
        case .brokenLink:
            RuleDescription(id: id, defaultSeverity: .error, name: "Broken link",
                            summary: "Every internal href and src must resolve to a file; a link to a folder resolves to its index.html.")
        case .missingFragment:
            RuleDescription(id: id, defaultSeverity: .error, name: "Missing fragment",
                            summary: "Every #fragment must name an id or a name in the target page, on the same page or across pages.")
        case .duplicateAnchor:
            RuleDescription(id: id, defaultSeverity: .error, name: "Duplicate anchor",
                            summary: "Ids in a page must be unique, or a fragment link lands on the wrong element.")
        case .missingImage:
            RuleDescription(id: id, defaultSeverity: .error, name: "Missing image",
                            summary: "Every image and embedded resource (stylesheets, scripts) must resolve to a file.")
        case .invalidLink:
            RuleDescription(id: id, defaultSeverity: .error, name: "Invalid link",
                            summary: "Links must be well-formed; javascript: and data: links are never allowed.")
        case .deadExternalLink:
            RuleDescription(id: id, defaultSeverity: .error, name: "Dead external link",
                            summary: "With --online: an external link answered 404, 410 or another 4xx (except 403, 408 and 429), or its host does not resolve or refuses connections.")
        case .unverifiedExternalLink:
            RuleDescription(id: id, defaultSeverity: .warning, name: "Unverified external link",
                            summary: "With --online: an external link answered 403, 408, 429 or 5xx after retries, asked to wait longer than the limit, timed out, failed TLS, or redirected in a loop or too many times; it may work for a person.")
        case .unreadablePage:
            RuleDescription(id: id, defaultSeverity: .error, name: "Unreadable page",
                            summary: "Every page under the folder must be a readable regular file (a symbolic link only to one inside the folder); the message says why one is not.")
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
