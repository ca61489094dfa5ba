#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one door through which pathguide reads an input named by a path (a guide, a template):
/// only a regular file, of bounded size, on a real file system, and through a symbolic link
/// only when the link leads to such a file inside the folder the input belongs to.
///
/// A link to `/proc/self/environ`, a named pipe, a device or a dangling link is refused by its
/// name before a byte is read, so a report can never quote what is not an input.
public enum InputFile {
    /// The bytes of the file at `path`, which belongs to the folder `root` (the folder the user
    /// named, or for a file named directly, the folder holding it). Messages name it `display`.
    public static func read(_ path: String, display: String, within root: String, rootDisplay: String? = nil, limit: Int) throws(FileSystemError) -> [UInt8] {
        let opened = try open(path, display: display, within: root, rootDisplay: rootDisplay)
        defer { close(opened) }
        return try Folder.readRegular(opened, path: display, limit: limit)
    }

    /// An open descriptor of the regular file at `path`, with its size, for a caller that reads
    /// into a buffer of its own; refused exactly as `read` refuses. The caller closes it.
    public static func openRegular(_ path: String, display: String, within root: String, rootDisplay: String? = nil) throws(FileSystemError) -> (descriptor: Int32, size: Int) {
        let opened = try open(path, display: display, within: root, rootDisplay: rootDisplay)
        var info = stat()
        guard fstat(opened, &info) == 0 else {
            close(opened)
            throw .system(display)
        }
        let kind = FileKind(mode: info.st_mode)
        guard kind == .regular, !PseudoFileSystem.holds(info) else {
            close(opened)
            throw FileSystemError(display, kind == .regular ? .pseudoFile : .wrongKind(kind, expected: .regular))
        }
        return (opened, Int(info.st_size))
    }

    /// The folder holding `path`, for a file named directly.
    public static func folder(of path: String) -> String {
        Folder.parentPath(path)
    }

    private static func open(_ path: String, display: String, within root: String, rootDisplay: String? = nil) throws(FileSystemError) -> Int32 {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw .system(display) }
        var target = path
        if FileKind(mode: info.st_mode) == .symbolicLink {
            guard let resolved = realPath(path) else { throw FileSystemError(display, .brokenLink) }
            guard let folder = realPath(root), resolved.hasPrefix(folder == "/" ? "/" : folder + "/") else {
                throw FileSystemError(display, .linkLeavesFolder(rootDisplay ?? root))
            }
            target = resolved
        }
        let file = Glibc.open(target, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)
        guard file >= 0 else {
            throw Folder.kindError(display, code: errno, kind: Folder.lstatKind(target), expected: .regular)
        }
        return file
    }

    /// The absolute path with every link resolved; nil when a link is dangling or loops.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
