import PathguideFileSystem

/// The built site as a preview server answers for it: a request path to the bytes of one
/// regular file inside the site folder, or no file at all.
///
/// Nothing outside the folder is ever read: a path with a `..`, `.` or hidden segment is
/// refused before the file system is asked, and the file itself is opened through
/// `InputFile`, which refuses links leading out of the folder, pipes and devices.
public struct SiteFiles: Sendable {
    /// The site folder, absolute.
    public var root: String
    /// The largest file served; the built pages are far smaller.
    public var limit = 64 << 20

    public init(root: String) {
        self.root = root
    }

    /// What a request for `path` (already percent-decoded) finds.
    public enum Answer: Equatable, Sendable {
        case file(bytes: [UInt8], contentType: String)
        /// A folder named without its trailing slash: relative links on its index page only
        /// work from the address with the slash.
        case redirect(to: String)
        case notFound
    }

    public func answer(_ path: String) -> Answer {
        guard let segments = Self.segments(of: path) else { return .notFound }
        let relative = segments.joined(separator: "/")
        let full = relative.isEmpty ? root : root + "/" + relative
        if Self.isFolder(full) {
            guard path.hasSuffix("/") else { return .redirect(to: path + "/") }
            return read(relative.isEmpty ? "index.html" : relative + "/index.html")
        }
        return read(relative)
    }

    /// The path's segments, or nil when one of them could lead out of the folder or names a
    /// hidden file (the output's bookkeeping files start with a dot).
    static func segments(of path: String) -> [String]? {
        guard path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else { return nil }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !segments.contains(where: { $0.hasPrefix(".") }) else { return nil }
        return segments
    }

    private func read(_ relative: String) -> Answer {
        // Every folder on the way is opened as a real folder, never through a link; `InputFile`
        // then judges the file itself (a link only to a file inside the site).
        let parent = Folder.parentPath(relative)
        if parent != ".", (try? Folder.open(root).subfolder(path: parent)) == nil { return .notFound }
        guard let bytes = try? InputFile.read(root + "/" + relative, display: relative, within: root, limit: limit) else { return .notFound }
        return .file(bytes: bytes, contentType: Self.contentType(of: relative))
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The content type by file extension; anything unknown is offered as plain bytes.
    static func contentType(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let suffix = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last!).lowercased() : ""
        switch suffix {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "jsonld": return "application/ld+json"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "xml": return "application/xml"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
