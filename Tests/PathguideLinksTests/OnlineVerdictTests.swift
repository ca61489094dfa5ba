import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import PathguideLinks
import Testing

/// How results are judged and worded, without a network: the cases a loopback server cannot
/// produce (a name that does not resolve, a bad certificate) and the parsing of `Retry-After`.
@Suite struct OnlineVerdictTests {
    private func verdict(_ end: ProbeResult.End, url: String = "https://nonexistent.invalid/help", attempts: Int = 1) -> LinkVerdict {
        ProbeResult(end: end, finalURL: url, attempts: attempts).verdict(
            for: url, acceptedStatuses: Set(200...299), timeout: .seconds(10), maxRetryAfter: .seconds(30), maxRedirects: 10)
    }

    @Test func aHostThatDoesNotResolveIsDead() {
        #expect(verdict(.failure(code: NSURLErrorCannotFindHost), attempts: 3) == .dead("cannot be reached: host 'nonexistent.invalid' does not resolve"))
    }

    @Test func certificateProblemsAreUnverified() {
        #expect(verdict(.failure(code: NSURLErrorServerCertificateUntrusted)) == .unverified("has a TLS certificate that is not trusted"))
        #expect(verdict(.failure(code: NSURLErrorServerCertificateHasBadDate)) == .unverified("has a TLS certificate that is expired or not yet valid"))
        #expect(verdict(.failure(code: NSURLErrorSecureConnectionFailed)) == .unverified("failed the TLS handshake"))
    }

    @Test func aTimeoutSaysHowLongItWaited() {
        #expect(verdict(.failure(code: NSURLErrorTimedOut)) == .unverified("timed out after 10 s"))
    }

    @Test func acceptedStatusesAreConfigurable() {
        let result = ProbeResult(end: .status(403), finalURL: "https://example.invalid/")
        let verdict = result.verdict(for: "https://example.invalid/", acceptedStatuses: Set(200...299).union([403]),
                                     timeout: .seconds(10), maxRetryAfter: .seconds(30), maxRedirects: 10)
        #expect(verdict == .ok)
    }

    @Test func messagesAreOneLowercaseLineWithoutAFinalPeriod() {
        let ends: [ProbeResult.End] = [
            .status(404), .status(403), .status(429), .status(503), .status(300), .failure(code: NSURLErrorCannotConnectToHost),
            .failure(code: NSURLErrorTimedOut), .failure(code: -9999), .tooManyRedirects, .redirectLoop(to: "https://a.invalid/\n"),
            .redirectWithoutLocation(status: 301), .unusableRedirect(to: "javascript:alert(1)"), .notHTTP,
            .retryAfterBeyondLimit(status: 429, RetryAfter("3600", now: Date())!),
        ]
        for end in ends {
            let detail: String
            switch verdict(end, attempts: 2) {
            case .ok: Issue.record("\(end) judged ok"); continue
            case let .dead(text), let .unverified(text): detail = text
            }
            #expect(!detail.contains("\n"))
            #expect(detail.first?.isLowercase == true, "\(detail)")
            #expect(!detail.hasSuffix("."))
        }
    }

    @Test func retryAfterInSeconds() {
        #expect(RetryAfter("7", now: Date())?.delay == .seconds(7))
        #expect(RetryAfter(" 0 ", now: Date())?.delay == .zero)
    }

    @Test func retryAfterAsAnHTTPDate() {
        let now = Date(timeIntervalSince1970: 1_445_412_470)  // Wed, 21 Oct 2015 07:27:50 GMT
        #expect(RetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now: now)?.delay == .seconds(10))
        // A date already past means "now", not a negative wait.
        #expect(RetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now: now)?.delay == .zero)
    }

    @Test func retryAfterThatIsNeitherFormIsIgnored() {
        #expect(RetryAfter("soon", now: Date()) == nil)
        #expect(RetryAfter("-5", now: Date()) == nil)
        #expect(RetryAfter(nil, now: Date()) == nil)
    }

    @Test func anInvalidExcludePatternIsRejectedByValidation() {
        #expect(throws: OnlineOptions.InvalidExcludePattern.self) {
            try OnlineOptions(excludes: ["^https://ok\\.example/", "(unclosed"]).validateExcludes()
        }
        #expect(throws: Never.self) { try OnlineOptions(excludes: ["^https://ok\\.example/"]).validateExcludes() }
        // Unvalidated, the bad pattern is matched as text rather than crashing or matching all.
        #expect(ExcludeList(["(unclosed"]).matches("https://a.invalid/(unclosed"))
        #expect(!ExcludeList(["(unclosed"]).matches("https://a.invalid/"))
    }

    @Test func checksAreSpreadOverHosts() {
        let order = OnlineLinkChecker.interleavedByHost([
            "https://a.invalid/2", "https://a.invalid/1", "https://a.invalid/3", "https://b.invalid/1", "https://c.invalid:8080/1",
        ])
        #expect(order == ["https://a.invalid/1", "https://b.invalid/1", "https://c.invalid:8080/1", "https://a.invalid/2", "https://a.invalid/3"])
    }
}
