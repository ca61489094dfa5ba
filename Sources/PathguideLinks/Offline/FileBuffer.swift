#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PathguideFileSystem

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

    /// The file's bytes, valid until the next read. The page is read through the file system
    /// module's door: only a regular file, and through a symbolic link only to a file inside
    /// `root` (the folder being checked); a pipe or a device is refused without waiting on it.
    func read(_ path: String, display: String, within root: String, rootDisplay: String) -> Result<UnsafeRawBufferPointer, FileSystemError> {
        let file: Int32
        let expected: Int
        do {
            (file, expected) = try InputFile.openRegular(path, display: display, within: root, rootDisplay: rootDisplay)
        } catch {
            return .failure(error)
        }
        defer { close(file) }
        // One byte to spare, so that the read finding the end needs no larger buffer.
        reserve(expected + 1, keeping: 0)
        var size = 0
        while true {
            if size == capacity { reserve(capacity * 2, keeping: size) }
            let count = readBytes(file, storage + size, capacity - size)
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(display))
            }
            size += count
        }
        return .success(UnsafeRawBufferPointer(start: storage, count: size))
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
