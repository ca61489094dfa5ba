import Foundation
import PathguideFileSystem

/// Finds the guide files a command was pointed at: files as named, folders searched for
/// `*.yaml` and `*.yml`, in a stable order so reports are byte-identical from run to run.
///
/// Inside folders, hidden files and hidden folders (a name starting with `.`, such as `.github/`)
/// are skipped, and symbolic links to folders are not followed, so a walk always ends. Every
/// entry with a guide's name is listed, whatever it is (a link, a named pipe): the loader's
/// door then reads it or refuses it by name, so nothing is skipped without a word.
enum GuideFiles {
    static let extensions: Set<String> = ["yaml", "yml"]

    /// A guide file to read.
    struct File: Sendable {
        /// As the user wrote it, joined with names found inside folders: what reports show.
        var display: String
        /// For opening it (absolute when the working folder is not the process's).
        var path: String
        /// The folder it belongs to: a symbolic link may lead only to a file inside it.
        var root: String
        /// That folder as the user named it.
        var rootDisplay: String
    }

    static func collect(_ paths: [String], in workspace: Workspace) throws(ToolFailure) -> [File] {
        var files: [File] = []
        for path in paths {
            let resolved = workspace.resolve(path)
            var info = stat()
            guard stat(resolved, &info) == 0 || lstat(resolved, &info) == 0 else {
                throw ToolFailure(message: "no such file or directory: \(path)")
            }
            guard FileKind(mode: info.st_mode) == .folder else {
                files.append(File(display: path, path: resolved, root: InputFile.folder(of: resolved), rootDisplay: InputFile.folder(of: path)))
                continue
            }
            let found: [FolderWalk.Entry]
            do {
                let folder = try Folder.open(InputFile.realPath(resolved) ?? resolved)
                found = try FolderWalk.entries(under: folder, wanted: isGuideName)
            } catch {
                throw ToolFailure(message: "cannot read directory \(path): \(error.description)")
            }
            guard !found.isEmpty else {
                throw ToolFailure(message: "no guide files (*.yaml, *.yml) in \(path)")
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            let resolvedPrefix = resolved.hasSuffix("/") ? resolved : resolved + "/"
            files += found.map { File(display: prefix + $0.relative, path: resolvedPrefix + $0.relative, root: resolved, rootDisplay: path) }
        }
        // The same file named twice is checked once.
        var seen = Set<String>()
        return files.filter { seen.insert($0.display).inserted }
    }

    /// `files` (one folder's, as `collect` found them) as a walk of that folder would find them
    /// after the files at the absolute paths `changed` were written, made or removed; only those
    /// paths are looked at. Paths outside the folder are left to the caller.
    static func updating(_ files: [File], changed: Set<String>) -> [File] {
        guard let first = files.first else { return files }
        let prefix = first.root.hasSuffix("/") ? first.root : first.root + "/"
        let displayPrefix = first.rootDisplay.hasSuffix("/") ? first.rootDisplay : first.rootDisplay + "/"
        var updated = files
        var listed = Set(files.map(\.path))
        for path in changed.sorted() where path.hasPrefix(prefix) {
            let relative = String(path.dropFirst(prefix.count))
            let names = relative.split(separator: "/")
            var info = stat()
            // What the walk lists: a guide's name, no hidden folder on the way, anything but a folder.
            let present = names.last.map { isGuideName(String($0)) } == true && !names.contains { $0.hasPrefix(".") }
                && lstat(path, &info) == 0 && FileKind(mode: info.st_mode) != .folder
            if present, listed.insert(path).inserted {
                updated.append(File(display: displayPrefix + relative, path: path, root: first.root, rootDisplay: first.rootDisplay))
            } else if !present, listed.remove(path) != nil {
                updated.removeAll { $0.path == path }
            }
        }
        guard updated.count != files.count || !zip(updated, files).allSatisfy({ $0.path == $1.path }) else { return files }
        return updated.sorted { $0.display < $1.display }
    }

    /// Whether `path` (absolute) lies inside the folder `files` were found in.
    static func contains(_ path: String, folderOf files: [File]) -> Bool {
        guard let root = files.first?.root else { return false }
        return path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func isGuideName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
