import Foundation
import PathguideFileSystem

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
    /// Listed files that are symbolic links to another listed file of the folder (git-doc's
    /// `index.html` → `git.html`): the same page under a second name, checked once.
    let aliases: Set<String>

    init(root: URL) throws {
        self.root = root
        rootPath = root.path
        var files: [String] = []
        var links: [String] = []
        var directories: Set<String> = [""]
        var pending = [""]
        while let folder = pending.popLast() {
            // The folder named may be reached through a link; nothing inside it is.
            let path = folder.isEmpty ? (InputFile.realPath(root.path) ?? root.path) : root.appendingPathComponent(folder).path
            for (name, kind) in try Self.entries(of: path) where !name.hasPrefix(".") {
                let relative = folder.isEmpty ? name : folder + "/" + name
                if kind == .folder {
                    directories.insert(relative)
                    pending.append(relative)
                } else {
                    files.append(relative)
                    if kind == .symbolicLink { links.append(relative) }
                }
            }
        }
        self.files = files.sorted()
        self.fileSet = Set(files)
        self.directorySet = directories
        // A link is an alias when it leads to another listed file inside the folder.
        let realRoot = InputFile.realPath(root.path).map { $0 == "/" ? "/" : $0 + "/" }
        let fileSet = self.fileSet
        self.aliases = Set(links.filter { link in
            guard let realRoot, let target = InputFile.realPath(root.appendingPathComponent(link).path),
                  target.hasPrefix(realRoot) else { return false }
            let relative = String(target.dropFirst(realRoot.count))
            return relative != link && fileSet.contains(relative)
        })
    }

    /// A folder's entries and what each is (a link is a link, never what it points to).
    private static func entries(of path: String) throws -> [(name: String, kind: FileKind)] {
        try Folder.open(path).entries()
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
