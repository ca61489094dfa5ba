/// `pathguide.yaml`: what a project sets once instead of on every command line. Every value
/// keeps where it was written, so a bad one is reported at its line and column; a command-line
/// flag overrides the value here. Paths are relative to the folder holding the file.
public struct ProjectSettings: Sendable {
    /// The file as the user would name it.
    public var file: String
    /// The site's name and description, per language (the index pages, the page titles).
    public var title: LocalizedText?
    public var description: LocalizedText?
    /// Where the site will be served: canonical links and the sheets' QR codes.
    public var baseURL: Located<String>?
    /// The languages to build; empty for every language a guide is written in.
    public var languages: [Located<String>]
    public var guides: Located<String>?
    public var output: Located<String>?
    /// A folder whose files replace the built-in theme's, file by file.
    public var templates: Located<String>?
    /// Days after which a verified date is stale.
    public var maxAge: Located<Int>?
    public var links: LinkSettings?

    public init(file: String, title: LocalizedText? = nil, description: LocalizedText? = nil, baseURL: Located<String>? = nil,
                languages: [Located<String>] = [], guides: Located<String>? = nil, output: Located<String>? = nil,
                templates: Located<String>? = nil, maxAge: Located<Int>? = nil, links: LinkSettings? = nil) {
        self.file = file
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.languages = languages
        self.guides = guides
        self.output = output
        self.templates = templates
        self.maxAge = maxAge
        self.links = links
    }

    /// What `pathguide links` reads from the project: the same meaning as its flags.
    public struct LinkSettings: Sendable {
        public var exclude: [Located<String>]
        public var accept: Located<String>?
        public var timeout: Located<Int>?
        public var cache: Located<String>?
        public var cacheTTL: Located<Int>?

        public init(exclude: [Located<String>] = [], accept: Located<String>? = nil, timeout: Located<Int>? = nil,
                    cache: Located<String>? = nil, cacheTTL: Located<Int>? = nil) {
            self.exclude = exclude
            self.accept = accept
            self.timeout = timeout
            self.cache = cache
            self.cacheTTL = cacheTTL
        }
    }
}

extension ProjectSettings {
    /// Whether `url` can be a site's base address: http or https with a host, and nothing that
    /// would break out of an attribute or a QR code's text.
    public static func isValidBaseURL(_ url: String) -> Bool {
        guard url.hasPrefix("https://") || url.hasPrefix("http://"),
              let host = url.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false).dropFirst(2).first,
              !host.isEmpty else { return false }
        return !url.contains { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "'" }
    }
}
