import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `map` on every core: pages parse independently, and parsing is most of the work.
    /// Each worker takes the next element not yet taken, so no core waits while another has a
    /// queue of its own left, and keeps one `State` (buffers to reuse) for all it takes.
    /// Results keep the input order.
    func concurrentMap<State, Result: Sendable>(state makeState: @Sendable () -> State,
                                               _ transform: @Sendable (inout State, Element) -> Result) -> [Result] {
        let workers = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count)
        guard workers > 1 else {
            var state = makeState()
            return map { transform(&state, $0) }
        }
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        // Each element is taken by one worker and written to its own slot, so no two writes overlap.
        nonisolated(unsafe) let shared = slots
        let items = self
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var state = makeState()
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                shared[index] = transform(&state, items[index])
            }
        }
        return slots.map { $0! }
    }
}
