/// Finished nodes whose parent container is still open.
///
/// Children are moved, never copied, into the exactly-sized array of the
/// container that closes over them. With a plain `Array` as the stack, taking
/// a slice and then removing it costs a retain and a release per node, which
/// showed up as a large share of parse time.
final class NodeStack {
    private var base: UnsafeMutablePointer<YAMLNode>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 256) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func push(_ node: YAMLNode) {
        if count == capacity { grow() }
        (base + count).initialize(to: node)
        count += 1
    }

    func popLast() -> YAMLNode? {
        guard count > 0 else { return nil }
        count -= 1
        return (base + count).move()
    }

    func removeAll() {
        base.deinitialize(count: count)
        count = 0
    }

    /// Moves the nodes from index `first` on into a new array.
    func takeSequence(from first: Int) -> [YAMLNode] {
        let taken = count - first
        guard taken > 0 else { return [] }
        let source = base + first
        count = first
        return [YAMLNode](unsafeUninitializedCapacity: taken) { buffer, initialized in
            buffer.baseAddress!.moveInitialize(from: source, count: taken)
            initialized = taken
        }
    }

    /// Moves the nodes from index `first` on into key/value pairs.
    func takePairs(from first: Int) -> [YAMLPair] {
        let taken = count - first
        guard taken > 0 else { return [] }
        let source = base + first
        count = first
        let pairCount = taken / 2
        // libyaml always pairs keys with values; drop a stray key rather than leak it.
        if taken % 2 == 1 { (source + taken - 1).deinitialize(count: 1) }
        return [YAMLPair](unsafeUninitializedCapacity: pairCount) { buffer, initialized in
            for i in 0..<pairCount {
                let key = (source + 2 * i).move()
                let value = (source + 2 * i + 1).move()
                (buffer.baseAddress! + i).initialize(to: YAMLPair(key: key, value: value))
            }
            initialized = pairCount
        }
    }

    private func grow() {
        let newCapacity = capacity * 2
        let newBase = UnsafeMutablePointer<YAMLNode>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
