import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// How checking one address ended, before it is judged: the facts `LinkProbe` gathered.
struct ProbeResult: Equatable, Sendable {
    enum End: Equatable, Sendable {
        /// A final answer: not a redirect that was followed.
        case status(Int)
        /// A transport error, as a `URLError.Code` raw value.
        case failure(code: Int)
        /// A 429 or 5xx whose `Retry-After` asked for longer than the checker waits.
        case retryAfterBeyondLimit(status: Int, RetryAfter)
        case tooManyRedirects
        /// A redirect back to an address already visited.
        case redirectLoop(to: String)
        /// A 3xx with no `Location` to follow.
        case redirectWithoutLocation(status: Int)
        /// A redirect to something that is not an http or https address.
        case unusableRedirect(to: String)
        /// The link itself is not an http or https address with a host.
        case notHTTP
    }

    var end: End
    /// Where the check ended: the link itself, or the last hop of its redirects.
    var finalURL: String
    /// Attempts made for the last hop (1 when it was not retried).
    var attempts: Int = 1
}

/// What a link is: working, gone, or not confirmed either way.
enum LinkVerdict: Equatable, Sendable {
    case ok
    /// The detail completes a sentence that starts with the link: "answered 404 Not Found".
    case dead(String)
    case unverified(String)
}

extension ProbeResult {
    /// Judges the result: 2xx (or another accepted status) works; 404, 410 and other 4xx,
    /// unknown hosts and refused connections are dead; 403, 408, 429, 5xx, timeouts, TLS
    /// problems and redirect trouble are unverified, because a person may still get through.
    func verdict(for link: String, acceptedStatuses: Set<Int>, timeout: Duration, maxRetryAfter: Duration, maxRedirects: Int) -> LinkVerdict {
        let verdict = endVerdict(acceptedStatuses: acceptedStatuses, timeout: timeout, maxRetryAfter: maxRetryAfter, maxRedirects: maxRedirects)
        guard finalURL != link, !isRedirectProblem else { return verdict }
        // Name the address that failed when it is not the one in the page.
        let prefix = "redirects to '\(OnlineWording.printable(finalURL))', which "
        switch verdict {
        case .ok: return .ok
        case let .dead(detail): return .dead(prefix + detail)
        case let .unverified(detail): return .unverified(prefix + detail)
        }
    }

    private var isRedirectProblem: Bool {
        switch end {
        case .tooManyRedirects, .redirectLoop, .unusableRedirect: true
        default: false
        }
    }

    private var afterAttempts: String {
        attempts == 1 ? "" : " after \(attempts) attempts"
    }

    private func endVerdict(acceptedStatuses: Set<Int>, timeout: Duration, maxRetryAfter: Duration, maxRedirects: Int) -> LinkVerdict {
        switch end {
        case let .status(status) where acceptedStatuses.contains(status):
            return .ok
        case let .status(status):
            let answered = "answered \(HTTPStatus.text(status))"
            switch status {
            case 404, 410:
                return .dead(answered)
            case 403:
                return .unverified("\(answered); the server may refuse automated checks")
            case 429:
                return .unverified("\(answered)\(afterAttempts); retry later")
            case 408, 500...599:
                return .unverified("\(answered)\(afterAttempts)")
            case 400...499:
                return .dead(answered)
            default:
                return .unverified("\(answered), which is not an accepted status")
            }
        case let .retryAfterBeyondLimit(status, retryAfter):
            return .unverified("answered \(HTTPStatus.text(status)) and asked to wait \(retryAfter.delay.secondsText) (Retry-After: \(OnlineWording.printable(retryAfter.value))), longer than the \(maxRetryAfter.secondsText) this check waits; retry later")
        case let .failure(code):
            return Self.verdict(forFailure: code, host: URL(string: finalURL).map(HostLimiter.key(for:)) ?? "", timeout: timeout, afterAttempts: afterAttempts, attempts: attempts)
        case .tooManyRedirects:
            return .unverified("redirects more than \(maxRedirects) times")
        case let .redirectLoop(target):
            return .unverified("redirects in a loop back to '\(OnlineWording.printable(target))'")
        case let .redirectWithoutLocation(status):
            return .unverified("answered \(HTTPStatus.text(status)) without a Location header to follow")
        case let .unusableRedirect(target):
            return .unverified("redirects to '\(OnlineWording.printable(target))', which is not an http or https address")
        case .notHTTP:
            return .unverified("is not an http or https address with a host, so it cannot be requested")
        }
    }

    private static func verdict(forFailure code: Int, host: String, timeout: Duration, afterAttempts: String, attempts: Int) -> LinkVerdict {
        switch code {
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed:
            return .dead("cannot be reached: host '\(host)' does not resolve")
        case NSURLErrorCannotConnectToHost:
            return .dead("cannot be reached: the connection to '\(host)' was refused\(afterAttempts)")
        case NSURLErrorTimedOut:
            return .unverified("timed out after \(timeout.secondsText)" + (attempts == 1 ? "" : " on each of \(attempts) attempts"))
        case NSURLErrorSecureConnectionFailed:
            return .unverified("failed the TLS handshake")
        case NSURLErrorServerCertificateHasBadDate, NSURLErrorServerCertificateNotYetValid:
            return .unverified("has a TLS certificate that is expired or not yet valid")
        case NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasUnknownRoot:
            return .unverified("has a TLS certificate that is not trusted")
        case NSURLErrorClientCertificateRejected, NSURLErrorClientCertificateRequired:
            return .unverified("asks for a TLS client certificate")
        case NSURLErrorHTTPTooManyRedirects:
            return .unverified("redirects too many times")
        case NSURLErrorNetworkConnectionLost:
            return .unverified("dropped the connection\(afterAttempts)")
        case NSURLErrorBadServerResponse:
            return .unverified("sent an answer that is not valid HTTP")
        case NSURLErrorNotConnectedToInternet:
            return .unverified("was not checked: this machine is offline")
        case NSURLErrorCancelled:
            return .unverified("was not checked: the check was cancelled")
        default:
            return .unverified("could not be checked (URL error \(code))")
        }
    }
}

/// Status codes with their reason phrases, as messages show them: `404 Not Found`.
enum HTTPStatus {
    static func text(_ status: Int) -> String {
        reasons[status].map { "\(status) \($0)" } ?? String(status)
    }

    private static let reasons: [Int: String] = [
        200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information", 204: "No Content",
        300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
        307: "Temporary Redirect", 308: "Permanent Redirect",
        400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
        405: "Method Not Allowed", 406: "Not Acceptable", 407: "Proxy Authentication Required", 408: "Request Timeout",
        409: "Conflict", 410: "Gone", 411: "Length Required", 412: "Precondition Failed", 414: "URI Too Long",
        415: "Unsupported Media Type", 418: "I'm a teapot", 421: "Misdirected Request", 422: "Unprocessable Content",
        425: "Too Early", 426: "Upgrade Required", 428: "Precondition Required", 429: "Too Many Requests",
        431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons",
        500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
        504: "Gateway Timeout", 505: "HTTP Version Not Supported", 508: "Loop Detected", 511: "Network Authentication Required",
    ]
}

/// Turns addresses into text fit for a one-line message.
enum OnlineWording {
    /// Control characters (a line break in an `href`) as escapes, so a message stays one line.
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
