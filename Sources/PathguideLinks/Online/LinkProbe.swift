import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Checks one address: HEAD first, GET when the server mishandles HEAD, retries for answers
/// that may be transient, and redirects followed one hop at a time.
///
/// Every loop here is bounded: hops by `maxRedirects`, attempts by `retries`, each request by
/// the fetcher's timeout and each wait by `maxBackoff` or `maxRetryAfter`.
struct LinkProbe: Sendable {
    let fetcher: HTTPFetcher
    let limiter: HostLimiter
    let options: OnlineOptions
    let now: @Sendable () -> Date

    func probe(_ address: String) async -> ProbeResult {
        guard let start = Self.requestableURL(address) else {
            return ProbeResult(end: .notHTTP, finalURL: address)
        }
        var current = start
        var visited: Set<String> = [start.absoluteString]
        var redirects = 0
        while true {
            let (fetched, attempts) = await fetchWithRetries(current)
            let here = current.absoluteString
            let (status, headers): (Int, [String: String])
            switch fetched {
            case let .failure(code):
                return ProbeResult(end: .failure(code: code), finalURL: here, attempts: attempts)
            case let .response(answered, answeredHeaders):
                (status, headers) = (answered, answeredHeaders)
            }
            if let retryAfter = limitExceeded(status: status, headers: headers) {
                return ProbeResult(end: .retryAfterBeyondLimit(status: status, retryAfter), finalURL: here, attempts: attempts)
            }
            guard (300...399).contains(status), !options.acceptedStatuses.contains(status), status != 304 else {
                return ProbeResult(end: .status(status), finalURL: here, attempts: attempts)
            }
            guard let location = headers["location"], !location.isEmpty else {
                return ProbeResult(end: .redirectWithoutLocation(status: status), finalURL: here, attempts: attempts)
            }
            guard let next = URL(string: location, relativeTo: current).flatMap({ Self.requestableURL($0.absoluteString) }) else {
                return ProbeResult(end: .unusableRedirect(to: location), finalURL: here, attempts: attempts)
            }
            if visited.contains(next.absoluteString) {
                return ProbeResult(end: .redirectLoop(to: next.absoluteString), finalURL: here, attempts: attempts)
            }
            redirects += 1
            if redirects > options.maxRedirects {
                return ProbeResult(end: .tooManyRedirects, finalURL: here, attempts: attempts)
            }
            visited.insert(next.absoluteString)
            current = next
        }
    }

    /// One hop, attempted up to `1 + retries` times. Returns the last result and how many
    /// attempts it took.
    private func fetchWithRetries(_ url: URL) async -> (FetchResult, Int) {
        // Once a server has shown it mishandles HEAD, retries go straight to GET.
        var method = "HEAD"
        var attempt = 1
        while true {
            var result = await request(url, method: method)
            if method == "HEAD", case let .response(status, _) = result, needsGET(afterHEAD: status) {
                method = "GET"
                result = await request(url, method: method)
            }
            guard attempt <= options.retries, isTransient(result), !Task.isCancelled else {
                return (result, attempt)
            }
            let wait: Duration
            if case let .response(status, headers) = result, let retryAfter = RetryAfter(headers["retry-after"], now: now()) {
                if limitExceeded(status: status, headers: headers) != nil { return (result, attempt) }
                wait = retryAfter.delay
            } else {
                wait = backoff(beforeRetry: attempt)
            }
            try? await Task.sleep(for: wait)
            attempt += 1
        }
    }

    private func request(_ url: URL, method: String) async -> FetchResult {
        await limiter.withSlot(for: HostLimiter.key(for: url)) {
            await fetcher.fetch(url, method: method)
        }
    }

    /// Some servers answer HEAD with 405 or 501, or with another 4xx they would not give a GET
    /// (403 from bot filters, 400 from frameworks that route GET only). 404, 410 and 429 mean
    /// the same for both methods, so they are believed.
    private func needsGET(afterHEAD status: Int) -> Bool {
        guard !options.acceptedStatuses.contains(status) else { return false }
        return status == 405 || status == 501 || ((400...499).contains(status) && ![404, 410, 429].contains(status))
    }

    private func isTransient(_ result: FetchResult) -> Bool {
        switch result {
        case let .response(status, _):
            return !options.acceptedStatuses.contains(status) && (status == 408 || status == 429 || (500...599).contains(status))
        case let .failure(code):
            return [NSURLErrorTimedOut, NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed,
                    NSURLErrorCannotConnectToHost, NSURLErrorNetworkConnectionLost].contains(code)
        }
    }

    /// The `Retry-After` of a retryable answer when it asks for longer than we wait.
    private func limitExceeded(status: Int, headers: [String: String]) -> RetryAfter? {
        guard isTransient(.response(status: status, headers: headers)),
              let retryAfter = RetryAfter(headers["retry-after"], now: now()),
              retryAfter.delay > options.maxRetryAfter
        else { return nil }
        return retryAfter
    }

    /// `backoff`, doubled for each retry already made, capped at `maxBackoff`.
    private func backoff(beforeRetry attempt: Int) -> Duration {
        let factor = 1 << min(attempt - 1, 20)
        return min(options.backoff * factor, options.maxBackoff)
    }

    /// The address as a URL the checker may request: http or https with a host; the
    /// fragment, which servers never see, removed.
    static func requestableURL(_ address: String) -> URL? {
        guard var components = URLComponents(string: address),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty
        else { return nil }
        components.fragment = nil
        return components.url
    }
}
