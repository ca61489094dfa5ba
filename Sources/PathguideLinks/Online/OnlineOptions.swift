import Foundation

/// How `pathguide links --online` checks external links: how hard it may press on servers,
/// how long it waits, what it retries, what it skips and where it remembers results.
///
/// The defaults suit CI: a few requests at a time, at most two per host, a short timeout and
/// two retries, so a large site is checked in minutes without looking like an attack.
public struct OnlineOptions: Sendable {
    /// Requests in flight at once, over all hosts.
    public var maxConcurrent: Int
    /// Requests in flight at once to one host (name and port); servers rate-limit per host.
    public var maxPerHost: Int
    /// How long one request may take to answer with its status line and headers.
    public var timeout: Duration
    /// Further attempts after a 408, 429 or 5xx answer, a timeout or a failed connection or
    /// name lookup. Other answers are final at once.
    public var retries: Int
    /// The wait before the first retry when the server gives no `Retry-After`; it doubles for
    /// each later retry, up to `maxBackoff`.
    public var backoff: Duration
    /// The longest wait between retries that the checker chooses itself.
    public var maxBackoff: Duration
    /// The longest `Retry-After` the checker honours. A server asking for more is not retried:
    /// the link is reported as unverified with the wait the server asked for.
    public var maxRetryAfter: Duration
    /// Redirects followed before the link is reported as unverified.
    public var maxRedirects: Int
    /// Final statuses (after redirects are followed) that count as working.
    ///
    /// A 3xx status listed here is accepted as it is instead of being followed.
    public var acceptedStatuses: Set<Int>
    /// Regular expressions (`NSRegularExpression` syntax, unanchored, case-sensitive); a link
    /// whose address matches any of them is neither requested nor reported.
    ///
    /// Regular expressions rather than globs because URLs are full of glob characters (`?`)
    /// and because lychee, which users know, takes regular expressions. Anchor with `^` to
    /// match a prefix: `^https://example\.com/private/`. Check patterns from users with
    /// `validateExcludes()`; a pattern that does not compile is matched as plain text.
    public var excludes: [String]
    /// A JSON file of earlier results; `nil` checks every link every time.
    public var cacheFile: URL?
    /// How long a cached result is trusted before the link is requested again.
    public var cacheTTL: Duration
    /// Sent with every request, so site owners can see who is checking their links.
    public var userAgent: String

    public init(
        maxConcurrent: Int = 8,
        maxPerHost: Int = 2,
        timeout: Duration = .seconds(10),
        retries: Int = 2,
        backoff: Duration = .milliseconds(500),
        maxBackoff: Duration = .seconds(8),
        maxRetryAfter: Duration = .seconds(30),
        maxRedirects: Int = 10,
        acceptedStatuses: Set<Int> = Set(200...299),
        excludes: [String] = [],
        cacheFile: URL? = nil,
        cacheTTL: Duration = .seconds(86_400),
        userAgent: String = "pathguide-linkcheck/0.1"
    ) {
        self.maxConcurrent = maxConcurrent
        self.maxPerHost = maxPerHost
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.maxBackoff = maxBackoff
        self.maxRetryAfter = maxRetryAfter
        self.maxRedirects = maxRedirects
        self.acceptedStatuses = acceptedStatuses
        self.excludes = excludes
        self.cacheFile = cacheFile
        self.cacheTTL = cacheTTL
        self.userAgent = userAgent
    }

    /// An exclude pattern that is not a valid regular expression.
    public struct InvalidExcludePattern: Error, CustomStringConvertible {
        public var pattern: String
        public var description: String { "exclude pattern '\(pattern)' is not a valid regular expression" }
    }

    /// Throws for the first exclude pattern that does not compile, so a command line can
    /// reject a typo instead of silently matching it as plain text.
    public func validateExcludes() throws(InvalidExcludePattern) {
        for pattern in excludes where (try? NSRegularExpression(pattern: pattern)) == nil {
            throw InvalidExcludePattern(pattern: pattern)
        }
    }

    /// The same options with every limit in a workable range, so a zero, negative or huge
    /// value from a configuration file cannot stall the checker or hammer a server.
    var sanitized: OnlineOptions {
        var options = self
        options.maxConcurrent = max(1, maxConcurrent)
        options.maxPerHost = max(1, maxPerHost)
        options.retries = min(max(0, retries), 10)
        options.maxRedirects = min(max(0, maxRedirects), 50)
        options.timeout = max(.milliseconds(1), timeout)
        options.backoff = max(.zero, backoff)
        options.maxBackoff = max(.zero, maxBackoff)
        options.maxRetryAfter = max(.zero, maxRetryAfter)
        return options
    }
}
