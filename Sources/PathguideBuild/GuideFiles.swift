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

    static func isGuideName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
