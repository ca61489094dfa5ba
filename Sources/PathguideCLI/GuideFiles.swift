import Foundation

/// Finds the guide files a command was pointed at: files as named, folders searched for
/// `*.yaml` and `*.yml`, in a stable order so reports are byte-identical from run to run.
///
/// Inside folders, hidden files and hidden folders (a name starting with `.`, such as `.github/`)
/// are skipped, and symbolic links to folders are not followed, so a walk always ends.
enum GuideFiles {
    static let extensions: Set<String> = ["yaml", "yml"]

    /// Display paths (as the user wrote them, joined with names found inside folders).
    static func collect(_ paths: [String]) throws(ToolFailure) -> [String] {
        var files: [String] = []
        for path in paths {
            let resolved = WorkingDirectory.resolve(path)
            var info = stat()
            guard stat(resolved, &info) == 0 else {
                throw ToolFailure(message: "no such file or directory: \(path)")
            }
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                files.append(path)
                continue
            }
            var found: [String] = []
            guard walk(resolved, relative: "", into: &found) else {
                throw ToolFailure(message: "cannot read directory: \(path)")
            }
            guard !found.isEmpty else {
                throw ToolFailure(message: "no guide files (*.yaml, *.yml) in \(path)")
            }
            let prefix = path.hasSuffix("/") ? path : path + "/"
            files.append(contentsOf: found.sorted().map { prefix + $0 })
        }
        // The same file named twice is checked once.
        var seen = Set<String>()
        return files.filter { seen.insert($0).inserted }
    }

    /// Adds the guide files under `folder` to `found`, as paths relative to the folder walked
    /// first. False when `folder` cannot be read.
    private static func walk(_ folder: String, relative: String, into found: inout [String]) -> Bool {
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let path = folder + "/" + name
            var kind = entry.pointee.d_type
            if kind == UInt8(DT_UNKNOWN) || kind == UInt8(DT_LNK) {
                // Links are followed to files only; lstat-less file systems report DT_UNKNOWN.
                var info = stat()
                let isLink = kind == UInt8(DT_LNK)
                guard stat(path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: kind = isLink ? UInt8(DT_LNK) : UInt8(DT_DIR)
                case S_IFREG: kind = UInt8(DT_REG)
                default: continue
                }
            }
            if kind == UInt8(DT_DIR) {
                // A folder that cannot be read is skipped, as an unreadable file would be reported.
                _ = walk(path, relative: relative + name + "/", into: &found)
            } else if kind == UInt8(DT_REG), let dot = name.lastIndex(of: "."),
                      extensions.contains(name[name.index(after: dot)...].lowercased()) {
                found.append(relative + name)
            }
        }
        return true
    }
}
