import Foundation
import PathguideFileSystem

/// Which folders a build may write into. A build deletes what an earlier build wrote, and CI
/// often runs it as root, so a slip of `--output` must never reach the system or a home folder.
enum OutputFolderPolicy {
    /// Folders that hold the system: refused, and everything inside them.
    static let systemTrees = [
        "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/proc", "/run",
        "/sbin", "/sys", "/usr", "/var/lib", "/var/cache", "/var/log", "/var/spool", "/var/mail",
        "/var/run", "/snap",
    ]

    /// Why pathguide will not write into `path` (absolute, links above its last component
    /// resolved), or nil when it may. `inputs` are the folders the build reads.
    static func refusal(_ path: String, inputs: [String], workingFolder: String) -> String? {
        func contains(_ folder: String, _ other: String) -> Bool {
            folder == "/" || other == folder || other.hasPrefix(folder + "/")
        }
        if path == "/" {
            return "it is the root of the file system"
        }
        if let tree = systemTrees.first(where: { contains($0, path) }) {
            return "it is a system folder (inside \(tree))"
        }
        // Top-level folders (/home, /tmp, /var, /opt) hold other people's and programs' files.
        if Folder.parentPath(path) == "/" {
            return "it is a top-level system folder"
        }
        if Folder.parentPath(path) == "/home" || path == real(NSHomeDirectory()) {
            return "it is a home folder"
        }
        if contains(path, real(workingFolder)) {
            return "it is the current folder or holds it"
        }
        if let input = inputs.first(where: { contains(path, real($0)) }) {
            return "it contains the input folder \(input)"
        }
        return nil
    }

    /// `path` with every link resolved where it exists (the folder may not exist yet).
    static func real(_ path: String) -> String {
        if let resolved = InputFile.realPath(path) { return resolved }
        let parent = Folder.parentPath(path)
        guard parent != path, parent != "." else { return path }
        let name = String(path.split(separator: "/").last ?? "")
        let base = real(parent)
        return base == "/" ? "/" + name : base + "/" + name
    }
}
