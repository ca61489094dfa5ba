#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices changes under a few paths (the guides folder, the templates folder, the project
/// file) by comparing listings of every file's path, size and modification time.
///
/// Polling works on every system and file system, network mounts included; a listing of a
/// few hundred guides costs well under a millisecond of system calls.
public struct ChangeWatcher: Sendable {
    /// What is compared for one entry.
    struct Stamp: Equatable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int
        var mode: UInt32
    }

    /// Absolute paths of files or folders; a missing one is simply absent from the listing.
    public var paths: [String]
    /// Paths not listed, nor anything under them: the output folder, should it lie inside the
    /// guides folder, where every build would otherwise set off the next.
    public var ignoring: Set<String>
    /// Entries listed at most, so a folder of millions of files cannot stall the server.
    public var limit = 100_000

    public init(paths: [String], ignoring: Set<String> = []) {
        self.paths = paths
        self.ignoring = ignoring
    }

    /// Every entry under the paths, by path. Hidden entries are skipped, as the build skips them.
    func listing() -> [String: Stamp] {
        var entries: [String: Stamp] = [:]
        var pending = paths
        while let path = pending.popLast(), entries.count < limit {
            var info = stat()
            guard !ignoring.contains(path), lstat(path, &info) == 0 else { continue }
            #if canImport(Darwin)
            let modified = info.st_mtimespec
            #else
            let modified = info.st_mtim
            #endif
            entries[path] = Stamp(size: Int(info.st_size), seconds: Int(modified.tv_sec),
                                  nanoseconds: Int(modified.tv_nsec), mode: UInt32(info.st_mode))
            guard (info.st_mode & S_IFMT) == S_IFDIR, let folder = opendir(path) else { continue }
            defer { closedir(folder) }
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                pending.append(path + "/" + name)
            }
        }
        return entries
    }
}
