#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file or folder was not read, written or removed. Every case names the path as the
/// user would recognise it, and the message says what to do where there is something to do.
public struct FileSystemError: Error, Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// Nothing is there.
        case notFound
        /// Something other than what was asked for is there (a FIFO where a file should be).
        case wrongKind(FileKind, expected: FileKind)
        /// A symbolic link, which pathguide does not follow here.
        case symbolicLink
        /// A symbolic link that leads out of the folder it is in.
        case linkLeavesFolder(String)
        /// A symbolic link that leads nowhere, or round in a loop.
        case brokenLink
        /// A file of a kernel's pseudo file system (`/proc`, `/sys`), whose "contents" are live data.
        case pseudoFile
        /// A file larger than the limit.
        case tooLarge(size: Int, limit: Int)
        /// What the operating system said.
        case system(Int32)
    }

    /// The path as the user named it (or as joined from names the user gave).
    public var path: String
    public var reason: Reason

    public init(_ path: String, _ reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The error `errno` stands for at `path`.
    public static func system(_ path: String, _ code: Int32 = errno) -> FileSystemError {
        switch code {
        case ENOENT: FileSystemError(path, .notFound)
        default: FileSystemError(path, .system(code))
        }
    }

    /// What went wrong, in a sentence that starts with the path.
    public var message: String {
        "\(path) \(description)"
    }

    /// What went wrong, without the path: "is a named pipe (FIFO), not a regular file".
    public var description: String {
        switch reason {
        case .notFound:
            "does not exist"
        case let .wrongKind(kind, expected):
            "is \(kind.phrase), not \(expected.phrase)"
        case .symbolicLink:
            "is a symbolic link; pathguide does not follow links here"
        case let .linkLeavesFolder(folder):
            "is a symbolic link to a place outside \(folder); pathguide reads only files inside it"
        case .brokenLink:
            "is a symbolic link that leads nowhere (its target is missing, or the links loop)"
        case .pseudoFile:
            "is a file of the kernel's /proc or /sys, not a regular file"
        case let .tooLarge(size, limit):
            "is \(size) bytes; the limit is \(limit) bytes"
        case let .system(code):
            String(cString: strerror(code))
        }
    }
}
