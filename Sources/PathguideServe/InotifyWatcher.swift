#if os(Linux)
import Glibc
import PathguideFileSystem

/// Changes under a few paths (the guides folder, the templates folder, the project file) as the
/// Linux kernel reports them (inotify), file by file, without listing anything between saves.
///
/// Every folder under a watched folder gets a watch of its own (inotify does not descend), and
/// each path's parent folder one more, for that path's own name, so a project file replaced by
/// a rename, or a templates folder made after the server started, is seen too. A folder is
/// watched only once it has been opened as a real folder through `Folder` (no link followed),
/// and the watch is added with `IN_DONT_FOLLOW` and kept only if it is on that very folder, so
/// a link planted among the guides never widens what the server watches.
///
/// One instance is read by one thread at a time.
public final class InotifyWatcher: @unchecked Sendable {
    /// Why the kernel's events cannot be used: the server polls instead.
    public struct Unavailable: Error, Equatable, Sendable {
        public var reason: String
    }

    /// What one watch is on: its folder, whether everything in it counts (a folder under a
    /// watched one) or only some names in it (the parent of a watched path).
    private struct Watch {
        var folder: String
        var everything: Bool
        var names: Set<String>
    }

    private static let events = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_MOVED_FROM | IN_MOVED_TO
        | IN_DELETE_SELF | IN_MOVE_SELF
    private static let mask = UInt32(events) | UInt32(IN_DONT_FOLLOW) | UInt32(IN_ONLYDIR) | UInt32(IN_EXCL_UNLINK)

    private let descriptor: Int32
    /// Absolute paths of files or folders; a missing one is watched for by its parent.
    public let paths: [String]
    /// Paths not watched, nor anything under them (the output folder, should it lie inside the
    /// guides folder).
    public let ignoring: Set<String>
    /// Watches at most; beyond, as when the system's own limit is reached, the watcher is unavailable.
    public let maximumWatches: Int
    private var watches: [Int32: Watch] = [:]

    /// Watches `paths`. Throws when inotify cannot be used: no instance left, or more folders
    /// than the system (or `maximumWatches`) allows watches.
    public init(paths: [String], ignoring: Set<String> = [], maximumWatches: Int = .max) throws(Unavailable) {
        self.paths = paths
        self.ignoring = ignoring
        self.maximumWatches = maximumWatches
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else {
            throw Unavailable(reason: "inotify is not available (\(String(cString: strerror(errno))))")
        }
        do {
            try watchAll()
        } catch {
            close(descriptor)
            throw error
        }
    }

    deinit {
        close(descriptor)
    }

    /// How many folders are watched.
    public var watchCount: Int { watches.count }

    /// Waits up to `timeout` milliseconds for a change, then gathers the rest of its burst: events
    /// until none has come for `settle` milliseconds (an editor's temporary file and rename, a
    /// `git checkout` of many guides), or for at most `longest` milliseconds. Nil when nothing
    /// changed in time. Throws when watching had to stop (the watch limit was reached while
    /// watching a new folder).
    public func next(timeout: Int32, settle: Int32 = 25, longest: Int = 1_000) throws(Unavailable) -> ChangeSet? {
        guard wait(timeout) else { return nil }
        var burst = Burst()
        var waited = 0
        repeat {
            readEvents(into: &burst)
            waited += Int(settle)
        } while waited < longest && wait(settle)
        if burst.rewatch {
            try rewatchAll()
        }
        let changes = burst.changes
        return changes.isEmpty ? nil : changes
    }

    private func wait(_ milliseconds: Int32) -> Bool {
        var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let count = poll(&ready, 1, milliseconds)
            if count < 0, errno == EINTR { continue }
            return count > 0
        }
    }

    // MARK: - Events

    /// The events of one burst, by path.
    private struct Burst {
        /// Whether each path's first event made it, and whether its last one took it away.
        var made: [String: Bool] = [:]
        var gone: [String: Bool] = [:]
        var everything = false
        var rewatch = false

        mutating func record(_ path: String, mask: UInt32) {
            if made[path] == nil { made[path] = mask & UInt32(IN_CREATE) != 0 }
            gone[path] = mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0
        }

        /// Net of the burst: a file made and taken away again within it never counted.
        var changes: ChangeSet {
            guard !everything else { return ChangeSet(everything: true) }
            let files = made.keys.filter { !(made[$0]! && gone[$0]!) }
            return ChangeSet(files: Set(files))
        }
    }

    private func readEvents(into burst: inout Burst) {
        let size = 64 << 10
        var buffer = [UInt8](repeating: 0, count: size)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, size) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            var offset = 0
            while offset + 16 <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let name = String(decoding: buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }, as: UTF8.self)
                handle(wd: wd, mask: mask, name: name, into: &burst)
                offset += 16 + length
            }
        }
    }

    private func handle(wd: Int32, mask: UInt32, name: String, into burst: inout Burst) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            burst.everything = true
            burst.rewatch = true
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            watches[wd] = nil
            return
        }
        guard let watch = watches[wd] else { return }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            // A watched folder itself went away or moved: its parent's watch says what it was.
            if paths.contains(watch.folder) {
                burst.everything = true
                burst.rewatch = true
            }
            return
        }
        guard !name.isEmpty else { return }
        let path = watch.folder == "/" ? "/" + name : watch.folder + "/" + name
        let isWatchedPath = watch.names.contains(name)
        guard isWatchedPath || (watch.everything && !name.hasPrefix(".") && !ignoring.contains(path)) else { return }
        if mask & UInt32(IN_ISDIR) != 0 || (isWatchedPath && isFolderRoot(path)) {
            // A folder may hold any number of guides: everything is looked at again, and the
            // watches follow the folders as they are now.
            burst.everything = true
            if mask & UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO) != 0 { burst.rewatch = true }
            return
        }
        if isWatchedPath, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            // A watched path that was missing may have come as a folder.
            burst.rewatch = true
        }
        burst.record(path, mask: mask)
    }

    /// Whether `path` is one of the watched paths and was (or is now) a folder.
    private func isFolderRoot(_ path: String) -> Bool {
        guard paths.contains(path) else { return false }
        return watches.values.contains { $0.folder == path && $0.everything } || (try? Folder.open(path)) != nil
    }

    // MARK: - Watches

    private func watchAll() throws(Unavailable) {
        for path in paths {
            let parent = Folder.parentPath(path)
            let name = String(path.split(separator: "/").last ?? "")
            if let folder = try? Folder.open(parent) {
                try add(parent, folder, everything: false, names: [name])
            }
            if !ignoring.contains(path), let folder = try? Folder.open(path) {
                try addTree(path, folder)
            }
        }
    }

    private func rewatchAll() throws(Unavailable) {
        for wd in watches.keys { inotify_rm_watch(descriptor, wd) }
        watches = [:]
        try watchAll()
    }

    /// Watches `folder` and every visible folder under it, each opened as a real folder.
    private func addTree(_ path: String, _ folder: Folder) throws(Unavailable) {
        try add(path, folder, everything: true, names: [])
        for entry in (try? folder.entries()) ?? [] where entry.kind == .folder && !entry.name.hasPrefix(".") {
            let child = path == "/" ? "/" + entry.name : path + "/" + entry.name
            guard !ignoring.contains(child), let subfolder = try? folder.subfolder(entry.name) else { continue }
            try addTree(child, subfolder)
        }
    }

    /// One watch on the folder at `path`, kept only when it is on `folder` itself (the path
    /// cannot have been swapped for a link between the open and the watch).
    private func add(_ path: String, _ folder: Folder, everything: Bool, names: Set<String>) throws(Unavailable) {
        let wd = inotify_add_watch(descriptor, path, Self.mask)
        guard wd >= 0 else {
            if errno == ENOSPC {
                throw Unavailable(reason: "the system's limit of inotify watches is reached (fs.inotify.max_user_watches)")
            }
            return
        }
        var opened = stat()
        var watched = stat()
        guard fstat(folder.descriptor, &opened) == 0, lstat(path, &watched) == 0,
              opened.st_dev == watched.st_dev, opened.st_ino == watched.st_ino else {
            if watches[wd] == nil { inotify_rm_watch(descriptor, wd) }
            return
        }
        if var known = watches[wd] {
            known.everything = known.everything || everything
            known.names.formUnion(names)
            watches[wd] = known
            return
        }
        guard watches.count < maximumWatches else {
            inotify_rm_watch(descriptor, wd)
            throw Unavailable(reason: "more than \(maximumWatches) folders to watch")
        }
        watches[wd] = Watch(folder: path, everything: everything, names: names)
    }
}
#endif
