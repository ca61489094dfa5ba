/// Resolves a link's path against the folder of the page it is on, the way a static web
/// server maps a request to a file: dot segments are applied, `%XX` escapes decoded.
enum SitePath: Equatable {
    /// A place inside the folder, as path segments from its root. `isDirectory` when the
    /// address names a folder by its form (`guides/`, `.`, `/`), whatever is on disk.
    case inside(segments: [String], isDirectory: Bool)
    /// `..` climbed above the folder: on a server that is another site, or nothing.
    case outside

    /// - Parameters:
    ///   - path: the address's path, still percent-encoded, without query or fragment; not empty.
    ///   - directory: the segments of the folder relative paths start from.
    init(resolving path: Substring, from directory: [String]) {
        var segments = path.hasPrefix("/") ? [] : directory
        var endsInDirectory = false
        let parts = Self.parts(of: path)
        for (index, part) in parts.enumerated() {
            let isLast = index == parts.count - 1
            // "%2e%2e" is "..", as in a browser.
            let segment = PercentDecoding.decode(part) ?? String(part)
            switch segment {
            case "":
                // Leading "/", a doubled "//" or the trailing slash: no segment of its own.
                if isLast { endsInDirectory = true }
            case ".":
                if isLast { endsInDirectory = true }
            case "..":
                guard !segments.isEmpty else {
                    self = .outside
                    return
                }
                segments.removeLast()
                if isLast { endsInDirectory = true }
            default:
                segments.append(segment)
            }
        }
        self = .inside(segments: segments, isDirectory: endsInDirectory || segments.isEmpty)
    }

    /// The path split at every "/", by its bytes when it is ASCII, where every byte is a character.
    static func parts(of path: Substring) -> [Substring] {
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/", omittingEmptySubsequences: false) }
        return path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { Substring($0) }
    }
}
