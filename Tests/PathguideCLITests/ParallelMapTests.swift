import PathguideSupport
import Synchronization
import Testing

/// The one parallel map: results in input order whatever the job count, each element once, and
/// one state per worker.
@Suite struct ParallelMapTests {
    @Test(arguments: [1, 2, 3, 8, 1000])
    func resultsKeepTheInputOrder(jobs: Int) {
        let input = Array(0..<500)
        #expect(input.parallelMap(jobs: jobs) { $0 * 2 } == input.map { $0 * 2 })
    }

    @Test func eachWorkerKeepsItsOwnState() {
        let calls = Atomic<Int>(0)
        let states = Atomic<Int>(0)
        let input = Array(0..<200)
        let seen = input.parallelMap(jobs: 4, state: { () -> [Int] in
            states.wrappingAdd(1, ordering: .relaxed)
            return []
        }) { state, element -> Int in
            calls.wrappingAdd(1, ordering: .relaxed)
            state.append(element)
            return state.count
        }
        #expect(calls.load(ordering: .relaxed) == 200)
        #expect(states.load(ordering: .relaxed) == 4)
        // Each worker's count runs 1, 2, 3 … over the elements it took: as many 1s as workers
        // that took any, and never more 2s than 1s.
        let ones = seen.filter { $0 == 1 }.count
        #expect((1...4).contains(ones))
        #expect(seen.filter { $0 == 2 }.count <= ones)
    }

    @Test func anEmptyArrayMakesNoWork() {
        #expect([Int]().parallelMap(jobs: 4) { $0 } == [])
    }
}
