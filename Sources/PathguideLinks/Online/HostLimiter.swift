import Foundation

/// A counting semaphore per host: at most `limit` requests to one host at a time, the rest
/// waiting in arrival order. Servers rate-limit per host, and a link checker that opens many
/// connections to one site gets 429s (or blocked) instead of answers.
actor HostLimiter {
    private let limit: Int
    private var active: [String: Int] = [:]
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Runs `body` holding one of `host`'s slots.
    nonisolated func withSlot<T: Sendable>(for host: String, _ body: @Sendable () async -> T) async -> T {
        await acquire(host)
        let result = await body()
        await release(host)
        return result
    }

    private func acquire(_ host: String) async {
        if active[host, default: 0] < limit {
            active[host, default: 0] += 1
            return
        }
        // The slot is handed over by `release` without the count dropping, so a newcomer
        // cannot overtake a request that has been waiting.
        await withCheckedContinuation { waiting[host, default: []].append($0) }
    }

    private func release(_ host: String) {
        if var queue = waiting[host], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[host] = queue.isEmpty ? nil : queue
            next.resume()
        } else {
            let remaining = active[host, default: 1] - 1
            active[host] = remaining > 0 ? remaining : nil
        }
    }

    /// The key requests are limited by: the host name and port, lowercased.
    nonisolated static func key(for url: URL) -> String {
        let host = url.host?.lowercased() ?? ""
        return url.port.map { "\(host):\($0)" } ?? host
    }
}
