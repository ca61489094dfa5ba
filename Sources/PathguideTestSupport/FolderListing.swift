import Foundation

/// What a folder holds, for tests that compare a build's output: every regular file below it,
/// by its path relative to the folder.
public enum FolderListing {
    /// The paths, sorted.
    public static func files(under folder: URL) -> [String] {
        let all = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return all.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    /// The files with their bytes.
    public static func contents(under folder: URL) -> [String: Data] {
        var found: [String: Data] = [:]
        for path in files(under: folder) {
            found[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
        }
        return found
    }
}
