import Dispatch

extension Array where Element: Sendable {
    /// `map` over `jobs` threads. Each result lands at its element's index, so the output is the
    /// same whatever the job count or the threads' timing.
    func parallelMap<Result: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let jobs = Swift.min(jobs, count)
        guard jobs > 1 else { return map(transform) }
        let buffer = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer { buffer.deinitialize(); buffer.deallocate() }
        // Every index is written by exactly one worker, so the writes never overlap.
        nonisolated(unsafe) let results = buffer
        let items = self
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            for index in Swift.stride(from: worker, to: items.count, by: jobs) {
                results[index] = transform(items[index])
            }
        }
        return buffer.map { $0! }
    }
}
