#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files into one buffer, reused from file to file, so that reading thousands of
/// pages does not allocate thousands of buffers.
final class FileBuffer {
    private var storage: UnsafeMutableRawPointer
    private var capacity: Int

    init(capacity: Int = 256 * 1024) {
        self.capacity = capacity
        storage = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
    }

    deinit {
        storage.deallocate()
    }

    /// The file's bytes, valid until the next read; `nil` when it cannot be read (missing,
    /// a folder, no permission).
    func read(_ path: String) -> UnsafeRawBufferPointer? {
        let file = open(path, O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0 else { return nil }
        // One byte to spare, so that the read finding the end needs no larger buffer.
        reserve(Int(info.st_size) + 1, keeping: 0)
        var size = 0
        while true {
            if size == capacity { reserve(capacity * 2, keeping: size) }
            let count = readBytes(file, storage + size, capacity - size)
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            size += count
        }
        return UnsafeRawBufferPointer(start: storage, count: size)
    }

    private func reserve(_ needed: Int, keeping kept: Int) {
        guard needed > capacity else { return }
        let grown = UnsafeMutableRawPointer.allocate(byteCount: needed, alignment: 16)
        grown.copyMemory(from: storage, byteCount: kept)
        storage.deallocate()
        storage = grown
        capacity = needed
    }
}

private func readBytes(_ file: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(file, buffer, count)
    #else
    Darwin.read(file, buffer, count)
    #endif
}
