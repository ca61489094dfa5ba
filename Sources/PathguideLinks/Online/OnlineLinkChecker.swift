import Foundation
import PathguideDiagnostics

/// Checks external links over the network for `pathguide links --online`, the way lychee
/// does: each distinct address is requested once, politely (a few requests at a time, fewer
/// per host, HEAD before GET), with retries for rate limits and server errors, and with an
/// optional cache so CI does not ask again within a day.
///
/// Findings use two rules: `dead-external-link` (an error) for links that are gone and
/// `unverified-external-link` (a warning) for links that could not be confirmed either way.
/// Every page location that uses a failing address gets its own finding.
///
///     let checker = OnlineLinkChecker(options: OnlineOptions(cacheFile: cacheURL))
///     let diagnostics = await checker.check(links)
public struct OnlineLinkChecker: Sendable {
    public let options: OnlineOptions
    private let now: @Sendable () -> Date

    /// - Parameters:
    ///   - options: limits, retries, excludes and the cache.
    ///   - now: the wall clock, for cache ages and `Retry-After` dates; tests pass a
    ///     fixed or advancing clock to age the cache without waiting.
    public init(options: OnlineOptions, now: @escaping @Sendable () -> Date = { Date() }) {
        self.options = options.sanitized
        self.now = now
    }

    /// Requests every distinct address in `links` (except excluded or freshly cached ones)
    /// and returns the findings sorted by location. Never throws: a network failure is a
    /// finding and a cache problem only costs time.
    public func check(_ links: [ExternalLink]) async -> [Diagnostic] {
        let excludes = ExcludeList(options.excludes)
        var locations: [String: Set<SourceLocation>] = [:]
        for link in links where !excludes.matches(link.url) {
            locations[link.url, default: []].insert(link.location)
        }

        var cache = options.cacheFile.map { LinkCache(file: $0, ttl: options.cacheTTL, now: now()) }
        var verdicts: [String: LinkVerdict] = [:]
        var toRequest: [String] = []
        for address in locations.keys {
            if let cached = cache?.verdict(for: address) {
                verdicts[address] = cached
            } else {
                toRequest.append(address)
            }
        }

        for (address, verdict) in await request(toRequest) {
            verdicts[address] = verdict
            cache?.record(verdict, for: address, at: now())
        }
        // A cache that cannot be written only means the next run asks again.
        try? cache?.save()

        var diagnostics: [Diagnostic] = []
        for (address, verdict) in verdicts {
            let rule: LinkRule
            let detail: String
            switch verdict {
            case .ok: continue
            case let .dead(text): (rule, detail) = (.deadExternalLink, text)
            case let .unverified(text): (rule, detail) = (.unverifiedExternalLink, text)
            }
            // Worded like the offline checker's findings: "link to 'x' …".
            let message = "link to '\(OnlineWording.printable(address))' \(detail)"
            for location in locations[address, default: []] {
                diagnostics.append(Diagnostic(
                    ruleID: rule.id, severity: rule.description.defaultSeverity, location: location,
                    message: message, explanation: Self.explanation(for: rule)))
            }
        }
        return diagnostics.sorted()
    }

    /// Checks `addresses` with at most `maxConcurrent` in flight; the per-host limit is
    /// applied inside each check, request by request.
    private func request(_ addresses: [String]) async -> [(String, LinkVerdict)] {
        guard !addresses.isEmpty else { return [] }
        let fetcher = HTTPFetcher(timeout: options.timeout, maxPerHost: options.maxPerHost, userAgent: options.userAgent)
        defer { fetcher.invalidate() }
        let probe = LinkProbe(fetcher: fetcher, limiter: HostLimiter(limit: options.maxPerHost), options: options, now: now)
        let options = options

        return await withTaskGroup(of: (String, LinkVerdict).self) { group in
            var pending = Self.interleavedByHost(addresses)[...]
            var results: [(String, LinkVerdict)] = []
            func startNext() {
                guard let address = pending.popFirst() else { return }
                group.addTask {
                    let result = await probe.probe(address)
                    return (address, result.verdict(
                        for: address, acceptedStatuses: options.acceptedStatuses, timeout: options.timeout,
                        maxRetryAfter: options.maxRetryAfter, maxRedirects: options.maxRedirects))
                }
            }
            for _ in 0..<options.maxConcurrent { startNext() }
            for await result in group {
                results.append(result)
                startNext()
            }
            return results
        }
    }

    /// The addresses sorted, then taken one host at a time in turn, so the first
    /// `maxConcurrent` checks spread over many hosts instead of queueing behind one host's
    /// limit.
    static func interleavedByHost(_ addresses: [String]) -> [String] {
        var byHost: [String: [String]] = [:]
        for address in addresses.sorted() {
            let host = LinkProbe.requestableURL(address).map(HostLimiter.key(for:)) ?? ""
            byHost[host, default: []].append(address)
        }
        let queues = byHost.keys.sorted().map { byHost[$0]! }
        var result: [String] = []
        result.reserveCapacity(addresses.count)
        for index in 0..<(queues.map(\.count).max() ?? 0) {
            for queue in queues where index < queue.count {
                result.append(queue[index])
            }
        }
        return result
    }

    private static func explanation(for rule: LinkRule) -> String {
        switch rule {
        case .deadExternalLink:
            "The page behind this link is gone. Link to where it moved, or remove the link."
        default:
            "The server did not confirm this link; it may still work for a person. Open it in a browser, and if the site refuses automated checks, add it to the excludes."
        }
    }
}

/// The exclude patterns, compiled once per run.
struct ExcludeList {
    private let expressions: [NSRegularExpression]

    init(_ patterns: [String]) {
        // A pattern that does not compile is matched as plain text; `validateExcludes()` lets a
        // command line reject it up front instead.
        expressions = patterns.compactMap {
            (try? NSRegularExpression(pattern: $0)) ?? (try? NSRegularExpression(pattern: NSRegularExpression.escapedPattern(for: $0)))
        }
    }

    func matches(_ address: String) -> Bool {
        let range = NSRange(address.startIndex..., in: address)
        return expressions.contains { $0.firstMatch(in: address, range: range) != nil }
    }
}
