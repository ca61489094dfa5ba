#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder held open by its descriptor, and everything pathguide does inside one.
///
/// Every name is resolved relative to the descriptor with `O_NOFOLLOW` (or `AT_SYMLINK_NOFOLLOW`),
/// one component at a time, so nothing done through a `Folder` ever follows a symbolic link out
/// of it, whatever a pull request planted there; files are opened with `O_NONBLOCK` and checked
/// with `fstat` before a byte is read, so a named pipe or a device is refused, never waited on.
/// A folder is safe to use from several threads: the descriptor is only read.
public final class Folder: @unchecked Sendable {
    /// The open descriptor (`O_RDONLY | O_DIRECTORY`).
    public let descriptor: Int32
    /// How messages name the folder.
    public let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        close(descriptor)
    }

    /// Opens the folder at `path`. Links in the components above the last one are followed (the
    /// user named them); the last component must be a real folder, not a link to one. Messages
    /// name the folder `display` (default: `path`).
    public static func open(_ path: String, creating: Bool = false, named display: String? = nil) throws(FileSystemError) -> Folder {
        let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW
        var descriptor = Glibc.open(path, flags)
        if descriptor < 0, errno == ENOENT, creating {
            try makeFolders(path)
            descriptor = Glibc.open(path, flags)
        }
        guard descriptor >= 0 else {
            throw kindError(display ?? path, code: errno, kind: lstatKind(path), expected: .folder)
        }
        return Folder(descriptor: descriptor, path: display ?? path)
    }

    /// `mkdir -p`: makes `path` and any missing folders above it (following links above, as
    /// the user named them).
    private static func makeFolders(_ path: String) throws(FileSystemError) {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw .system(path) }
        let parent = parentPath(path)
        guard parent != path, !parent.isEmpty else { throw .system(path) }
        try makeFolders(parent)
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw .system(path) }
    }

    /// The folder part of `path`: "/" for a top-level path, "." for a bare name.
    public static func parentPath(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// The path of `name` inside this folder, for messages.
    public func display(_ name: String) -> String {
        path.hasSuffix("/") ? path + name : path + "/" + name
    }

    // MARK: - Looking

    /// What `name` is, without following a link; nil when nothing is there.
    public func kind(of name: String) -> FileKind? {
        info(name).map { FileKind(mode: $0.st_mode) }
    }

    /// `fstatat` of `name`, without following a link; nil when nothing is there.
    public func info(_ name: String) -> stat? {
        var info = stat()
        return fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info : nil
    }

    /// The folder `name` directly inside this one; a link, a file or anything else is refused.
    public func subfolder(_ name: String, creating: Bool = false) throws(FileSystemError) -> Folder {
        let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW
        var child = openat(descriptor, name, flags)
        if child < 0, errno == ENOENT, creating {
            guard mkdirat(descriptor, name, 0o755) == 0 || errno == EEXIST else { throw .system(display(name)) }
            child = openat(descriptor, name, flags)
        }
        guard child >= 0 else {
            throw Self.kindError(display(name), code: errno, kind: kind(of: name), expected: .folder)
        }
        return Folder(descriptor: child, path: display(name))
    }

    /// The folder at a relative path of names separated by "/", each component a real folder.
    public func subfolder(path relative: some StringProtocol, creating: Bool = false) throws(FileSystemError) -> Folder {
        var folder = self
        for name in relative.split(separator: "/") {
            folder = try folder.subfolder(String(name), creating: creating)
        }
        return folder
    }

    /// The entries of this folder, "." and ".." left out, in no particular order. The kind is
    /// the one `readdir` reports, or `lstat`'s when it reports none: links are never followed.
    public func entries() throws(FileSystemError) -> [(name: String, kind: FileKind)] {
        let copy = openat(descriptor, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard copy >= 0, let stream = fdopendir(copy) else {
            let code = errno
            if copy >= 0 { close(copy) }
            throw .system(path, code)
        }
        defer { closedir(stream) }
        var entries: [(name: String, kind: FileKind)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let kind = FileKind(directoryEntryType: entry.pointee.d_type) ?? self.kind(of: name) ?? .unknown
            entries.append((name, kind))
        }
        return entries
    }

    // MARK: - Reading

    /// The bytes of the regular file `name` in this folder, of at most `limit` bytes. A link,
    /// a named pipe, a device, a folder or a file of /proc is refused without reading a byte.
    public func read(_ name: String, limit: Int = Int.max) throws(FileSystemError) -> [UInt8] {
        let file = openat(descriptor, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)
        guard file >= 0 else {
            throw Self.kindError(display(name), code: errno, kind: kind(of: name), expected: .regular)
        }
        defer { close(file) }
        return try Self.readRegular(file, path: display(name), limit: limit)
    }

    /// Reads an open descriptor that must be a regular file on a real file system.
    static func readRegular(_ file: Int32, path: String, limit: Int) throws(FileSystemError) -> [UInt8] {
        var info = stat()
        guard fstat(file, &info) == 0 else { throw .system(path) }
        let kind = FileKind(mode: info.st_mode)
        guard kind == .regular else { throw FileSystemError(path, .wrongKind(kind, expected: .regular)) }
        if PseudoFileSystem.holds(info) { throw FileSystemError(path, .pseudoFile) }
        let size = Int(info.st_size)
        guard size <= limit else { throw FileSystemError(path, .tooLarge(size: size, limit: limit)) }
        var failure: Int32?
        // The size `fstat` gave: a file that grows meanwhile is read as it was when opened.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let read = Glibc.read(file, base + count, size - count)
                if read < 0, errno == EINTR { continue }
                if read < 0 { failure = errno; break }
                if read == 0 { break }
                count += read
            }
        }
        if let failure { throw .system(path, failure) }
        return bytes
    }

    // MARK: - Writing

    /// Writes a new file `name` (mode 0644). Fails when anything is already there: a build
    /// writes only into its own staging folder, and replaces files by renaming.
    public func create(_ name: String, _ bytes: [UInt8]) throws(FileSystemError) {
        let file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard file >= 0 else { throw .system(display(name)) }
        defer { close(file) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress! + written, bytes.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw .system(display(name)) }
            written += count
        }
    }

    /// Writes `name` whole or not at all: a new file under a temporary name, then one rename
    /// over the old one. What is there must be a regular file (or nothing).
    public func replace(_ name: String, _ bytes: [UInt8]) throws(FileSystemError) {
        if let kind = kind(of: name), kind != .regular {
            throw FileSystemError(display(name), .wrongKind(kind, expected: .regular))
        }
        let temporary = ".\(name).\(getpid()).tmp"
        _ = unlinkat(descriptor, temporary, 0)
        try create(temporary, bytes)
        guard renameat(descriptor, temporary, descriptor, name) == 0 else {
            let code = errno
            _ = unlinkat(descriptor, temporary, 0)
            throw .system(display(name), code)
        }
    }

    /// Moves `name` to `newName` in `folder` in one step, replacing what is there.
    public func move(_ name: String, to folder: Folder, as newName: String) throws(FileSystemError) {
        guard renameat(descriptor, name, folder.descriptor, newName) == 0 else {
            throw .system(folder.display(newName))
        }
    }

    /// Removes the regular file `name`; a link, a folder or anything else is left alone.
    public func removeFile(_ name: String) throws(FileSystemError) {
        guard let kind = kind(of: name) else { return }
        guard kind == .regular else { throw FileSystemError(display(name), .wrongKind(kind, expected: .regular)) }
        guard unlinkat(descriptor, name, 0) == 0 || errno == ENOENT else { throw .system(display(name)) }
    }

    /// Removes the folder `name` if it is empty; true when it is gone.
    @discardableResult
    public func removeEmptyFolder(_ name: String) -> Bool {
        unlinkat(descriptor, name, AT_REMOVEDIR) == 0
    }

    /// Removes the folder `name` and everything in it, never following a link: a link inside
    /// is removed as a link, and what it points to is not touched. For folders pathguide made.
    public func removeTree(_ name: String) throws(FileSystemError) {
        guard let kind = kind(of: name) else { return }
        guard kind == .folder else { throw FileSystemError(display(name), .wrongKind(kind, expected: .folder)) }
        let child = try subfolder(name)
        for entry in try child.entries() {
            if entry.kind == .folder {
                try child.removeTree(entry.name)
            } else if unlinkat(child.descriptor, entry.name, 0) != 0, errno != ENOENT {
                throw .system(child.display(entry.name))
            }
        }
        guard unlinkat(descriptor, name, AT_REMOVEDIR) == 0 || errno == ENOENT else { throw .system(display(name)) }
    }

    // MARK: - Locking

    /// Takes an exclusive advisory lock on this folder without waiting; false when another
    /// process holds it. The lock goes with the descriptor: it ends when the folder is released
    /// or the process exits, however it exits.
    public func tryLock() -> Bool {
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            return false
        }
        return true
    }

    // MARK: -

    /// The error for a failed open: the kind found there says more than `errno` (`ELOOP` for a
    /// link, `ENOTDIR` for a file, `ENXIO` for a pipe with no writer).
    static func kindError(_ path: String, code: Int32, kind: FileKind?, expected: FileKind) -> FileSystemError {
        if code == ENOENT { return FileSystemError(path, .notFound) }
        if let kind, kind != expected {
            return kind == .symbolicLink ? FileSystemError(path, .symbolicLink) : FileSystemError(path, .wrongKind(kind, expected: expected))
        }
        return .system(path, code)
    }

    static func lstatKind(_ path: String) -> FileKind? {
        var info = stat()
        return lstat(path, &info) == 0 ? FileKind(mode: info.st_mode) : nil
    }
}
