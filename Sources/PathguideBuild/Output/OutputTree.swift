import Foundation
import PathguideFileSystem

/// The output folder as the build reaches into it: every path is used relative to the folder's
/// descriptor (`openat`, `renameat`, `mkdirat`, `unlinkat`), and only after each folder above it
/// was seen by `fstatat` without following links to be a real folder, never a link. The last
/// component is opened with `O_NOFOLLOW`. A folder seen once is remembered for the rest of the
/// build, which holds the output folder's lock, so writing thousands of files asks about each
/// folder about once and opens no folder besides the root.
///
/// Safe from several threads.
final class OutputTree: @unchecked Sendable {
    let root: Folder
    private let lock = NSLock()
    private var real: Set<String> = [""]

    init(root: Folder) {
        self.root = root
    }

    /// Whether the folder at `relative` exists, every component of it a real folder. A link or
    /// anything else on the way is an error.
    func exists(folder relative: String) throws(FileSystemError) -> Bool {
        if lock.withLock({ real.contains(relative) }) { return true }
        var prefix = ""
        for name in relative.split(separator: "/") {
            prefix = prefix.isEmpty ? String(name) : prefix + "/" + name
            if lock.withLock({ real.contains(prefix) }) { continue }
            guard let info = root.info(prefix) else { return false }
            let kind = FileKind(mode: info.st_mode)
            guard kind == .folder else {
                throw kind == .symbolicLink ? FileSystemError(root.display(prefix), .symbolicLink)
                    : FileSystemError(root.display(prefix), .wrongKind(kind, expected: .folder))
            }
            _ = lock.withLock { real.insert(prefix) }
        }
        return true
    }

    /// Makes the folder at `relative` and any missing folders above it.
    func makeFolders(_ relative: String) throws(FileSystemError) {
        if lock.withLock({ real.contains(relative) }) { return }
        let parent = OutputPath.folder(of: relative)
        if !parent.isEmpty { try makeFolders(parent) }
        if mkdirat(root.descriptor, relative, 0o755) != 0 {
            guard errno == EEXIST else { throw .system(root.display(relative)) }
            guard try exists(folder: relative) else { throw .system(root.display(relative), ENOENT) }
        }
        _ = lock.withLock { real.insert(relative) }
    }

    /// The bytes of the file at `path`; nil when it or a folder above it is missing.
    func read(_ path: String) throws(FileSystemError) -> [UInt8]? {
        guard try exists(folder: OutputPath.folder(of: path)) else { return nil }
        do {
            return try root.read(path)
        } catch where error.reason == .notFound {
            return nil
        }
    }

    /// What is at `path`, without following a link; nil when nothing is there.
    func info(_ path: String) throws(FileSystemError) -> stat? {
        guard try exists(folder: OutputPath.folder(of: path)) else { return nil }
        return root.info(path)
    }

    /// Moves `name` from `folder` to `path`, making the folders above it.
    func move(_ name: String, from folder: Folder, to path: String) throws(FileSystemError) {
        try makeFolders(OutputPath.folder(of: path))
        try folder.move(name, to: root, as: path)
    }

    /// Removes the regular file at `path`, then the folders it leaves empty, up to the root.
    /// False when nothing was there.
    func remove(_ path: String) throws(FileSystemError) -> Bool {
        guard let info = try info(path) else { return false }
        let kind = FileKind(mode: info.st_mode)
        guard kind == .regular else { throw FileSystemError(root.display(path), .wrongKind(kind, expected: .regular)) }
        try root.removeFile(path)
        var folder = OutputPath.folder(of: path)
        while !folder.isEmpty, root.removeEmptyFolder(folder) {
            lock.withLock { _ = real.remove(folder) }
            folder = OutputPath.folder(of: folder)
        }
        return true
    }
}
