/// The files under a folder, found without following any symbolic link to a folder, so a walk
/// always ends and never leaves the folder. Hidden names (`.git`, `.github`) are skipped.
public enum FolderWalk {
    /// One file found: its path relative to the folder walked, and what it is.
    public struct Entry: Sendable, Equatable {
        public var relative: String
        public var kind: FileKind
    }

    /// Every entry under `folder` that is not a folder and whose name `wanted` accepts, in
    /// sorted order. Folders that cannot be opened are skipped (their names are reported as
    /// entries of kind `.folder` when `wanted` accepts them).
    public static func entries(under folder: Folder, wanted: (String) -> Bool) throws(FileSystemError) -> [Entry] {
        var found: [Entry] = []
        try walk(folder, relative: "", wanted: wanted, into: &found)
        return found.sorted { $0.relative < $1.relative }
    }

    private static func walk(_ folder: Folder, relative: String, wanted: (String) -> Bool, into found: inout [Entry]) throws(FileSystemError) {
        for entry in try folder.entries() where !entry.name.hasPrefix(".") {
            let path = relative + entry.name
            if entry.kind == .folder {
                guard let child = try? folder.subfolder(entry.name) else { continue }
                try? walk(child, relative: path + "/", wanted: wanted, into: &found)
            } else if wanted(entry.name) {
                found.append(Entry(relative: path, kind: entry.kind))
            }
        }
    }
}
