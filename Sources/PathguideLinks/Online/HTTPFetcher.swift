import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What one HTTP request came to: a status with its headers, or a transport error.
enum FetchResult: Equatable, Sendable {
    /// Header names lowercased.
    case response(status: Int, headers: [String: String])
    /// A `URLError.Code` raw value (`NSURLErrorTimedOut`, `NSURLErrorCannotFindHost`, …).
    case failure(code: Int)
}

/// Sends single requests through one `URLSession` and reports only the status line and
/// headers, which is all a link checker needs.
///
/// Redirects are not followed here: `LinkProbe` follows them itself, so it can count them,
/// see loops, and put each hop through the per-host limit. Bodies are not read: the task is
/// cancelled as soon as the headers arrive, so a link to a large file costs no download.
final class HTTPFetcher: Sendable {
    private let session: URLSession
    private let delegate: FetchDelegate
    private let timeout: Duration
    private let userAgent: String

    init(timeout: Duration, maxPerHost: Int, userAgent: String) {
        let configuration = URLSessionConfiguration.ephemeral
        // A checker must see what a first-time visitor sees: no cookies, no cached answers.
        configuration.httpCookieStorage = nil
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        // swift-corelibs-foundation truncates these to whole seconds (0.5 s becomes "time out
        // at once"), so they get at least a second and the watchdog in `fetch` keeps the
        // precise limit.
        configuration.timeoutIntervalForRequest = Self.urlSessionTimeout(timeout)
        configuration.timeoutIntervalForResource = Self.urlSessionTimeout(timeout)
        configuration.httpMaximumConnectionsPerHost = maxPerHost
        delegate = FetchDelegate()
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        self.timeout = timeout
        self.userAgent = userAgent
    }

    /// Cancels anything still running and releases the session (which holds its delegate).
    func invalidate() {
        session.invalidateAndCancel()
    }

    private static func urlSessionTimeout(_ timeout: Duration) -> TimeInterval {
        max(1, timeout.seconds.rounded(.up))
    }

    /// One request, answered within `timeout` or reported as `NSURLErrorTimedOut`.
    func fetch(_ url: URL, method: String) async -> FetchResult {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: Self.urlSessionTimeout(timeout))
        request.httpMethod = method
        request.httpShouldHandleCookies = false
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("*/*", forHTTPHeaderField: "Accept")
        let task = session.dataTask(with: request)
        let pending = PendingFetch()
        delegate.track(task.taskIdentifier, pending)

        // URLSession's own timeout restarts whenever bytes arrive, so a server that trickles
        // its headers could hold a request open indefinitely; this watchdog bounds the whole
        // request.
        let timeout = timeout
        let watchdog = Task {
            try? await Task.sleep(for: timeout)
            guard !Task.isCancelled else { return }
            pending.finish(.failure(code: NSURLErrorTimedOut))
            task.cancel()
        }
        defer { watchdog.cancel() }

        task.resume()
        return await withTaskCancellationHandler {
            await pending.result()
        } onCancel: {
            pending.finish(.failure(code: NSURLErrorCancelled))
            task.cancel()
        }
    }
}

/// One request's result, settled once by whichever comes first: the headers, an error, the
/// watchdog or cancellation; later ones (the error that follows a cancel) are ignored.
private final class PendingFetch: @unchecked Sendable {
    private let lock = NSLock()
    private var settled: FetchResult?
    private var continuation: CheckedContinuation<FetchResult, Never>?

    func result() async -> FetchResult {
        await withCheckedContinuation { continuation in
            let ready: FetchResult? = lock.withLock {
                if settled == nil { self.continuation = continuation }
                return settled
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    func finish(_ result: FetchResult) {
        let waiter: CheckedContinuation<FetchResult, Never>? = lock.withLock {
            guard settled == nil else { return nil }
            settled = result
            defer { continuation = nil }
            return continuation
        }
        waiter?.resume(returning: result)
    }
}

/// Passes URLSession's callbacks to the request they belong to.
private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var inFlight: [Int: PendingFetch] = [:]

    func track(_ id: Int, _ pending: PendingFetch) {
        lock.withLock { inFlight[id] = pending }
    }

    private func pending(_ id: Int, remove: Bool = false) -> PendingFetch? {
        lock.withLock { remove ? inFlight.removeValue(forKey: id) : inFlight[id] }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        // Hand the redirect itself back to the prober instead of following it.
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        if let http = response as? HTTPURLResponse {
            var headers: [String: String] = [:]
            for case let (name as String, value as String) in http.allHeaderFields {
                headers[name.lowercased()] = value
            }
            pending(dataTask.taskIdentifier)?.finish(.response(status: http.statusCode, headers: headers))
        } else {
            pending(dataTask.taskIdentifier)?.finish(.failure(code: NSURLErrorBadServerResponse))
        }
        // The headers are all we need; stop the body.
        completionHandler(.cancel)
        dataTask.cancel()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        let code = error.map { ($0 as NSError).code } ?? NSURLErrorBadServerResponse
        // Every task completes exactly once, so this is where its entry goes.
        pending(task.taskIdentifier, remove: true)?.finish(.failure(code: code))
    }
}
