#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices changes under a few paths (the guides folder, the templates folder, the project
/// file) by comparing listings of every file's path, size and modification time.
///
/// Polling works on every system and file system, network mounts included; a listing of a
/// few hundred guides costs well under a millisecond of system calls. On Linux the server
/// listens to the kernel instead (`InotifyWatcher`) and polls only when it cannot.
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

    /// What changed between two listings. A file is listed by path; a folder that came or went
    /// means everything is looked at again (it may hold many guides). A folder's own stamp
    /// changes whenever a file in it comes or goes, which the files' entries already say.
    static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> ChangeSet {
        var changes = ChangeSet()
        for (path, stamp) in new where old[path] != stamp {
            let isFolder = (stamp.mode & S_IFMT) == S_IFDIR
            if let before = old[path], isFolder, (before.mode & S_IFMT) == S_IFDIR { continue }
            if isFolder || old[path].map({ ($0.mode & S_IFMT) == S_IFDIR }) == true {
                changes.everything = true
            } else {
                changes.files.insert(path)
            }
        }
        for (path, stamp) in old where new[path] == nil {
            if (stamp.mode & S_IFMT) == S_IFDIR { changes.everything = true } else { changes.files.insert(path) }
        }
        return changes.everything ? ChangeSet(everything: true) : changes
    }
}
