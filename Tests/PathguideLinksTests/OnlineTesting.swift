import Foundation
import PathguideDiagnostics
@testable import PathguideLinks

/// Shared setup for the online checker's tests: fast retries, short timeouts and links at
/// made-up page locations.
enum OnlineTesting {
    /// Options that keep the suite quick: 50 ms backoff, a 3 s timeout.
    static func options(_ configure: (inout OnlineOptions) -> Void = { _ in }) -> OnlineOptions {
        var options = OnlineOptions(timeout: .seconds(3), backoff: .milliseconds(50), maxBackoff: .milliseconds(200))
        configure(&options)
        return options
    }

    static func link(_ url: String, line: Int = 1, file: String = "site/index.html") -> ExternalLink {
        ExternalLink(url: url, location: SourceLocation(file: file, line: line, column: 5))
    }

    /// Checks `urls`, each at its own line of one page.
    static func check(_ urls: [String], options: OnlineOptions = options(), now: @escaping @Sendable () -> Date = { Date() }) async -> [Diagnostic] {
        let links = urls.enumerated().map { link($1, line: $0 + 1) }
        return await OnlineLinkChecker(options: options, now: now).check(links)
    }
}

/// A wall clock the test moves by hand, to age cache entries without waiting.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = start
    }

    var now: Date { lock.withLock { current } }

    func advance(by seconds: TimeInterval) {
        lock.withLock { current += seconds }
    }
}
