import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Memory for libcmark to parse one document into, handed out from large chunks and given back
/// all at once when the document is done with.
///
/// A parse makes hundreds of small allocations per kilobyte of Markdown (a node for every
/// span of text) and frees each of them again; with the arena a small allocation is a pointer
/// bump, freeing one does nothing, and the tree is never walked to be freed. Allocations of
/// `largeSize` bytes or more (a long paragraph's text) come from the system allocator, each on
/// its own, so growing them does not leave copies behind in the chunks.
///
/// libcmark's allocator functions take no context, so the arena in use is found through a
/// thread-local slot, set for the duration of `withInstalled`.
final class ParseArena {
    private let state: UnsafeMutablePointer<State>

    init() {
        state = UnsafeMutablePointer<State>.allocate(capacity: 1)
        state.initialize(to: State())
    }

    deinit {
        state.pointee.reset()
        for chunk in state.pointee.chunks { free(chunk) }
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Runs `body` with this arena as libcmark's memory on this thread, then gives back
    /// everything allocated meanwhile: nothing libcmark made may be used after `body` returns.
    func withInstalled<Result>(_ body: (UnsafeMutablePointer<cmark_mem>) throws -> Result) rethrows -> Result {
        let key = Self.key
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, state)
        defer {
            pthread_setspecific(key, previous)
            state.pointee.reset()
        }
        return try body(Self.memory)
    }

    /// Kept behind a pointer, so that libcmark's calls reach it without reference counting or
    /// exclusivity checks.
    private struct State {
        static let chunkSize = 256 * 1024
        static let largeSize = 16 * 1024
        /// Every block starts with this header: its size, and its index in `large` or -1.
        static let headerSize = 16

        var chunks: [UnsafeMutableRawPointer] = []
        /// The chunk allocations come from, an index into `chunks`, and how much of it is used.
        var current = -1
        var used = 0
        var capacity = 0
        /// The block handed out last, which `reallocate` can grow in place.
        var last: UnsafeMutableRawPointer?
        var large: [UnsafeMutableRawPointer?] = []

        mutating func reset() {
            for case let block? in large { free(block) }
            large.removeAll(keepingCapacity: true)
            current = chunks.isEmpty ? -1 : 0
            used = 0
            capacity = chunks.isEmpty ? 0 : Self.chunkSize
            last = nil
        }

        mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
            guard size >= 0 else { return nil }
            guard size < Self.largeSize else { return allocateLarge(size) }
            let total = (size + Self.headerSize + 15) & ~15
            if used + total > capacity {
                guard nextChunk() else { return nil }
            }
            let block = chunks[current] + used
            used += total
            block.storeBytes(of: size, as: Int.self)
            block.storeBytes(of: -1, toByteOffset: 8, as: Int.self)
            let pointer = block + Self.headerSize
            last = pointer
            return pointer
        }

        private mutating func nextChunk() -> Bool {
            if current + 1 == chunks.count {
                guard let chunk = malloc(Self.chunkSize) else { return false }
                chunks.append(chunk)
            }
            current += 1
            used = 0
            capacity = Self.chunkSize
            return true
        }

        private mutating func allocateLarge(_ size: Int) -> UnsafeMutableRawPointer? {
            guard size <= Int.max - Self.headerSize, let block = malloc(size + Self.headerSize) else { return nil }
            block.storeBytes(of: size, as: Int.self)
            block.storeBytes(of: large.count, toByteOffset: 8, as: Int.self)
            large.append(block)
            return block + Self.headerSize
        }

        mutating func reallocate(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
            guard let pointer else { return allocate(size) }
            guard size >= 0 else { return nil }
            let block = pointer - Self.headerSize
            let oldSize = block.load(as: Int.self)
            let index = block.load(fromByteOffset: 8, as: Int.self)
            if index >= 0 {
                guard size <= Int.max - Self.headerSize, let moved = realloc(block, size + Self.headerSize) else { return nil }
                moved.storeBytes(of: size, as: Int.self)
                large[index] = moved
                return moved + Self.headerSize
            }
            if size <= oldSize { return pointer }
            if pointer == last, size < Self.largeSize {
                // The newest block grows where it is when its chunk has room.
                let start = block - chunks[current]
                let total = (size + Self.headerSize + 15) & ~15
                if start + total <= capacity {
                    used = start + total
                    block.storeBytes(of: size, as: Int.self)
                    return pointer
                }
            }
            guard let moved = allocate(size) else { return nil }
            moved.copyMemory(from: pointer, byteCount: oldSize)
            return moved
        }

        mutating func release(_ pointer: UnsafeMutableRawPointer?) {
            guard let pointer else { return }
            let block = pointer - Self.headerSize
            let index = block.load(fromByteOffset: 8, as: Int.self)
            guard index >= 0 else { return }
            free(block)
            large[index] = nil
        }
    }

    // MARK: - The functions libcmark calls

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private static var installed: UnsafeMutablePointer<State> {
        pthread_getspecific(key)!.assumingMemoryBound(to: State.self)
    }

    nonisolated(unsafe) private static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(
            calloc: { count, size in
                let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
                guard !overflow, let pointer = ParseArena.installed.pointee.allocate(bytes) else { return nil }
                pointer.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
                return pointer
            },
            realloc: { pointer, size in ParseArena.installed.pointee.reallocate(pointer, size) },
            free: { pointer in ParseArena.installed.pointee.release(pointer) }))
        return memory
    }()
}
