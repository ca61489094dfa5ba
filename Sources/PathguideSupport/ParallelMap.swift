import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` over `jobs` threads, the one way pathguide spreads work over cores (guides in
    /// `check` and `build`, pages in `links`). Each worker takes the next index not yet taken, so
    /// a slow element never holds up the ones behind it, and keeps one `State` (buffers to reuse)
    /// for all it takes; each result lands at its element's index, so the output is the same
    /// whatever the job count or the threads' timing.
    public func parallelMap<State, Result: Sendable>(
        jobs: Int, state makeState: @Sendable () -> State, _ transform: @Sendable (inout State, Element) -> Result
    ) -> [Result] {
        let jobs = Swift.min(jobs, count)
        guard jobs > 1 else {
            var state = makeState()
            return map { transform(&state, $0) }
        }
        let buffer = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer { buffer.deinitialize(); buffer.deallocate() }
        // Every index is taken by exactly one worker, so the writes never overlap.
        nonisolated(unsafe) let results = buffer
        let items = self
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            var state = makeState()
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                results[index] = transform(&state, items[index])
            }
        }
        return buffer.map { $0! }
    }

    /// `parallelMap` for a transform that needs no state of its own.
    public func parallelMap<Result: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        parallelMap(jobs: jobs, state: {}) { _, element in transform(element) }
    }
}
