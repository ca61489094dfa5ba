import Foundation

/// The files under a folder, listed once, so that checking thousands of links asks the set
/// and not the file system.
///
/// Hidden files and folders (`.git`, `.DS_Store`) are not listed and symbolic links to folders
/// are not followed, so a stray link cannot make the walk loop; a link to such a place is
/// still found, by asking the file system when the set has no answer.
struct SiteFolder: Sendable {
    let root: URL
    /// The root's path, without a trailing "/" unless it is "/".
    private let rootPath: String
    /// Every listed file, as a path relative to the root with "/" separators, sorted.
    let files: [String]
    private let fileSet: Set<String>
    private let directorySet: Set<String>

    init(root: URL) throws {
        self.root = root
        rootPath = root.path
        var files: [String] = []
        var directories: Set<String> = [""]
        var pending = [""]
        while let folder = pending.popLast() {
            let path = folder.isEmpty ? root.path : root.appendingPathComponent(folder).path
            for (name, isDirectory) in try Self.entries(of: path) where !name.hasPrefix(".") {
                let relative = folder.isEmpty ? name : folder + "/" + name
                if isDirectory {
                    directories.insert(relative)
                    pending.append(relative)
                } else {
                    files.append(relative)
                }
            }
        }
        self.files = files.sorted()
        self.fileSet = Set(files)
        self.directorySet = directories
    }

    /// A folder's entries and whether each is a folder itself (a symbolic link is not), from
    /// the types `readdir` reports, asking `lstat` only when it reports none.
    private static func entries(of path: String) throws -> [(name: String, isDirectory: Bool)] {
        guard let stream = opendir(path) else { throw CocoaError(.fileReadNoPermission) }
        defer { closedir(stream) }
        var entries: [(name: String, isDirectory: Bool)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isDirectory = lstat(path + "/" + name, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            entries.append((name, isDirectory))
        }
        return entries
    }

    func url(of relative: String) -> URL {
        relative.isEmpty ? root : root.appendingPathComponent(relative)
    }

    /// The file system path of a file in the folder, for reading it.
    func path(of relative: String) -> String {
        if relative.isEmpty { return rootPath }
        return rootPath.hasSuffix("/") ? rootPath + relative : rootPath + "/" + relative
    }

    func isFile(_ relative: String) -> Bool {
        if fileSet.contains(relative) { return true }
        if directorySet.contains(relative) { return false }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(of: relative).path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    func isDirectory(_ relative: String) -> Bool {
        if directorySet.contains(relative) { return true }
        if fileSet.contains(relative) { return false }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(of: relative).path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether a path names an HTML page, by its extension.
    static func isPage(_ relative: String) -> Bool {
        let lowered = relative.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm")
    }
}
