import Foundation
import PathguideFileSystem

/// The folders of one tree (the output folder, or a build's staging folder), opened from its
/// root one real folder at a time and kept open for the files that follow, so writing thousands
/// of files asks the file system for each folder about once and never follows a link.
///
/// At most `capacity` folders stay open (the oldest are let go first): a build's files come
/// grouped by folder, so a small window serves nearly every lookup. Safe from several threads.
final class FolderCache: @unchecked Sendable {
    let root: Folder
    private let capacity: Int
    private let lock = NSLock()
    private var open: [String: Folder] = [:]
    private var order: [String] = []

    init(root: Folder, capacity: Int = 256) {
        self.root = root
        self.capacity = capacity
    }

    /// The folder at `relative` ("" for the root), every component a real folder; made (with
    /// the folders above it) when `creating` and missing.
    func folder(_ relative: String, creating: Bool = false) throws(FileSystemError) -> Folder {
        if relative.isEmpty { return root }
        lock.lock()
        defer { lock.unlock() }
        return try folderLocked(relative, creating: creating)
    }

    private func folderLocked(_ relative: String, creating: Bool) throws(FileSystemError) -> Folder {
        if relative.isEmpty { return root }
        if let known = open[relative] { return known }
        let parent = OutputPath.folder(of: relative)
        let base = try folderLocked(parent, creating: creating)
        let folder = try base.subfolder(OutputPath.name(of: relative), creating: creating)
        remember(relative, folder)
        return folder
    }

    private func remember(_ relative: String, _ folder: Folder) {
        open[relative] = folder
        order.append(relative)
        if order.count > capacity {
            let evicted = order.count - capacity / 2
            for name in order.prefix(evicted) { open[name] = nil }
            order.removeFirst(evicted)
        }
    }

    /// Forgets `relative` and every folder below it, after they were removed.
    func forget(_ relative: String) {
        lock.withLock {
            for key in open.keys where key == relative || key.hasPrefix(relative + "/") {
                open[key] = nil
            }
            order.removeAll { open[$0] == nil }
        }
    }

    /// What is at `relative` in this tree, without following a link anywhere on the way; nil
    /// when nothing is there. A link or other non-folder on the way is an error.
    func info(_ relative: String) throws(FileSystemError) -> stat? {
        let folder: Folder
        do {
            folder = try self.folder(OutputPath.folder(of: relative))
        } catch where error.reason == .notFound {
            return nil
        }
        return folder.info(OutputPath.name(of: relative))
    }
}

/// Paths relative to the output folder, "/"-separated, as the build and its manifest name them.
enum OutputPath {
    /// The folder part of `path` ("" for a file at the top).
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// The last component of `path`.
    static func name(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Relative, no `..`, no empty or hidden components, no control characters: a generated path
    /// can never escape the output folder or hide in a dot-folder, and a manifest line that is
    /// not such a path was not written by a build.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), path.utf8.count <= 4096,
              !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && !part.hasPrefix(".") && part.utf8.count <= 255
        }
    }
}
