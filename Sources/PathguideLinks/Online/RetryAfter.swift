import Foundation

/// The `Retry-After` header of a 429 or 503 answer: either a number of seconds or an
/// HTTP-date (RFC 9110 §10.2.3), turned into how long to wait from now.
struct RetryAfter: Equatable, Sendable {
    /// The header as the server sent it, for messages.
    var value: String
    /// How long the server asked us to wait; never negative.
    var delay: Duration

    /// `nil` when the header is absent or is neither form, in which case the checker falls
    /// back to its own backoff.
    init?(_ header: String?, now: Date) {
        guard let header = header?.trimmingCharacters(in: .whitespaces), !header.isEmpty else { return nil }
        if header.allSatisfy(\.isASCIIDigit) {
            // Digits only; a huge number just means "too long", so saturate instead of failing.
            let seconds = Int64(header) ?? Int64.max / 1_000_000_000
            delay = .seconds(min(seconds, Int64.max / 1_000_000_000))
        } else if let date = Self.httpDate(header) {
            delay = .milliseconds(max(0, Int64((date.timeIntervalSince(now) * 1000).rounded(.up))))
        } else {
            return nil
        }
        value = header
    }

    /// The three date forms HTTP allows; servers send the first, old ones the others.
    private static func httpDate(_ text: String) -> Date? {
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}

extension Duration {
    /// The duration in seconds, for Foundation APIs and arithmetic.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) / 1e18
    }

    /// `10 s`, `0.5 s`, `1.25 s`: at most three decimals, no trailing zeros, as messages show it.
    var secondsText: String {
        var text = String(format: "%.3f", seconds)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return "\(text) s"
    }
}
