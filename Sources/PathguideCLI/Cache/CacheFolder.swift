import Foundation

/// The folder where `check` and `build` remember what they found, so a rerun redoes only the
/// guides that changed: `.pathguide-cache/` in the working folder unless `--cache-dir` says
/// otherwise, and none with `--no-cache`.
///
/// Each file in it starts with a magic line and a fingerprint of everything besides the guides
/// that the records depend on (this very executable, the templates, the date, the options). A file
/// whose fingerprint differs, or that cannot be read, is ignored and replaced: the cache can make a
/// run faster, never different. The folder holds a `CACHEDIR.TAG` (so backup tools skip it) and a
/// `.gitignore` of `*` (so it is never committed). Only files the cache itself wrote are replaced.
struct CacheFolder: Sendable {
    static let defaultPath = ".pathguide-cache"
    /// Bumped whenever the records' layout changes.
    static let formatVersion: UInt64 = 1
    private static let magic = Array("pathguide cache\n".utf8)

    let url: URL

    init(path: String) {
        url = URL(fileURLWithPath: WorkingDirectory.resolve(path))
    }

    /// The body of cache file `name`, when it was written with this `fingerprint`.
    func read(_ name: String, fingerprint: UInt64) -> CacheReader? {
        guard let bytes = FileBytes.read(url.appendingPathComponent(name).path), bytes.starts(with: Self.magic) else { return nil }
        var reader = CacheReader(bytes, offset: Self.magic.count)
        guard (try? reader.readUInt64()) == Self.formatVersion, (try? reader.readUInt64()) == fingerprint else { return nil }
        return reader
    }

    /// Replaces cache file `name` in one rename. A cache that cannot be written is only slower
    /// next time, so the reason comes back as a warning rather than a failure.
    func write(_ name: String, fingerprint: UInt64, body: [UInt8]) -> String? {
        let manager = FileManager.default
        let target = url.appendingPathComponent(name)
        do {
            try manager.createDirectory(at: url, withIntermediateDirectories: true)
            try writeIfAbsent("CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache written by pathguide; it can be deleted at any time.\n")
            try writeIfAbsent(".gitignore", "# Written by pathguide: a cache, never to be committed.\n*\n")
            if let existing = FileBytes.read(target.path), !existing.starts(with: Self.magic) {
                return "\(target.path) was not written by pathguide; the cache is not saved"
            }
            var header = CacheWriter(reservingCapacity: Self.magic.count + 20 + body.count)
            header.write(Self.formatVersion)
            header.write(fingerprint)
            try Data(Self.magic + header.bytes + body).write(to: target, options: .atomic)
            return nil
        } catch {
            return "cannot save the cache in \(url.path): \(error.localizedDescription)"
        }
    }

    private func writeIfAbsent(_ name: String, _ text: String) throws {
        let file = url.appendingPathComponent(name)
        guard !FileManager.default.fileExists(atPath: file.path) else { return }
        try Data(text.utf8).write(to: file, options: .atomic)
    }
}

/// What a cache fingerprint is made of: the executable that computes the records and whatever
/// else the records depend on, hashed together.
struct Fingerprint {
    private var writer = CacheWriter()

    init(_ kind: String) {
        writer.write(kind)
        writer.write(Self.executable)
    }

    mutating func add(_ text: String) { writer.write(text) }
    mutating func add(_ number: Int) { writer.write(number) }
    mutating func add(_ number: UInt64) { writer.write(number) }

    var value: UInt64 { XXH64.hash(writer.bytes) }

    /// The hash of this program's own bytes: a new build of pathguide may check or render
    /// differently, so it never trusts what an earlier one remembered.
    static let executable: UInt64 = {
        guard let bytes = FileBytes.read("/proc/self/exe") ?? CommandLine.arguments.first.flatMap({ FileBytes.read($0) }) else {
            // Unknown executable: a fingerprint that matches nothing earlier, so nothing is reused.
            return UInt64.random(in: .min ... .max)
        }
        return XXH64.hash(bytes)
    }()

    /// The hash of every file under `folder` (names and bytes, in name order): for the templates.
    static func folder(_ path: String) -> UInt64 {
        let root = URL(fileURLWithPath: path)
        var writer = CacheWriter()
        let names = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
        for name in names {
            guard let bytes = FileBytes.read(root.appendingPathComponent(name).path) else { continue }
            writer.write(name)
            writer.write(XXH64.hash(bytes))
        }
        return XXH64.hash(writer.bytes)
    }
}

/// Reads whole files with POSIX calls into one buffer, with no Foundation `Data` in between.
enum FileBytes {
    /// The file's bytes; nil when it cannot be opened, is not a regular file, or is larger than `limit`.
    static func read(_ path: String, limit: Int = Int.max) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        guard size <= limit else { return nil }
        var failed = false
        // Reads up to the size the file had when opened; a file growing meanwhile is read as it was.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var total = 0
            while total < size {
                let count = Glibc.read(descriptor, buffer.baseAddress! + total, size - total)
                if count < 0, errno == EINTR { continue }
                if count < 0 { failed = true; break }
                if count == 0 { break }
                total += count
            }
            initialized = total
        }
        return failed ? nil : bytes
    }
}

extension FileBytes {
    /// Writes `bytes` to a new or truncated file at `path` (mode 0644), with no sync to disk: the
    /// build's staging folder and renames make the output whole, and a build is cheap to redo.
    static func write(_ bytes: [UInt8], to path: String) throws(ToolFailure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ToolFailure(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw ToolFailure(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
            written += count
        }
    }
}

/// Folders made so far, so writing thousands of files into a few hundred folders asks the file
/// system to make each folder once. Safe to use from several threads.
final class FolderMaker: @unchecked Sendable {
    private let lock = NSLock()
    private var made = Set<String>()

    /// Makes `path` and any missing folders above it.
    func make(_ path: String) throws(ToolFailure) {
        if lock.withLock({ made.contains(path) }) { return }
        if mkdir(path, 0o755) != 0 {
            switch errno {
            case EEXIST:
                break
            case ENOENT:
                let parent = (path as NSString).deletingLastPathComponent
                guard !parent.isEmpty, parent != path else { throw ToolFailure(message: "cannot make folder \(path)") }
                try make(parent)
                if mkdir(path, 0o755) != 0, errno != EEXIST {
                    throw ToolFailure(message: "cannot make folder \(path): \(String(cString: strerror(errno)))")
                }
            default:
                throw ToolFailure(message: "cannot make folder \(path): \(String(cString: strerror(errno)))")
            }
        }
        _ = lock.withLock { made.insert(path) }
    }
}
