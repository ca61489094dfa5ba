import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C (SIGINT) and SIGTERM as a request to stop cleanly, instead of ending the process
/// where it stands: the server answers its waiting pages and closes its socket first.
public final class StopSignal: @unchecked Sendable {
    private let signals: [Int32] = [SIGINT, SIGTERM]
    private let queue = DispatchQueue(label: "pathguide.stop-signal")
    private var sources: [any DispatchSourceSignal] = []
    private var stopped = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Starts catching the signals; until `release()`, they no longer end the process.
    public init() {
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [weak self] in self?.fire() }
            source.resume()
            sources.append(source)
        }
    }

    /// Returns once a signal has come.
    public func wait() async {
        await withCheckedContinuation { continuation in
            queue.async {
                if self.stopped { continuation.resume() } else { self.waiting.append(continuation) }
            }
        }
    }

    /// Whether a signal has come; for work that cannot wait for one (a build in progress).
    public var hasStopped: Bool {
        queue.sync { stopped }
    }

    /// Gives the signals back their usual effect.
    public func release() {
        queue.sync {
            for source in sources { source.cancel() }
            sources = []
        }
        for number in signals { signal(number, SIG_DFL) }
    }

    private func fire() {
        stopped = true
        let continuations = waiting
        waiting = []
        for continuation in continuations { continuation.resume() }
    }
}
