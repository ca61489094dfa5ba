import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` over `jobs` threads. Each worker takes the next index not yet taken, so a slow element
    /// never holds up the ones behind it; each result lands at its element's index, so the output
    /// is the same whatever the job count or the threads' timing.
    func parallelMap<Result: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let jobs = Swift.min(jobs, count)
        guard jobs > 1 else { return map(transform) }
        let buffer = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer { buffer.deinitialize(); buffer.deallocate() }
        // Every index is taken by exactly one worker, so the writes never overlap.
        nonisolated(unsafe) let results = buffer
        let items = self
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                results[index] = transform(items[index])
            }
        }
        return buffer.map { $0! }
    }
}
