import Foundation

/// Finds the guide files a command was pointed at: files as named, folders searched for
/// `*.yaml` and `*.yml`, in a stable order so reports are byte-identical from run to run.
enum GuideFiles {
    static let extensions: Set<String> = ["yaml", "yml"]

    /// Display paths (as the user wrote them, joined with names found inside folders).
    static func collect(_ paths: [String]) throws(ToolFailure) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            let resolved = WorkingDirectory.resolve(path)
            guard manager.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
                throw ToolFailure(message: "no such file or directory: \(path)")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let enumerator = manager.enumerator(atPath: resolved) else {
                throw ToolFailure(message: "cannot read directory: \(path)")
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                guard !name.hasPrefix("."), extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
                found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
            }
            guard !found.isEmpty else {
                throw ToolFailure(message: "no guide files (*.yaml, *.yml) in \(path)")
            }
            files.append(contentsOf: found.sorted())
        }
        // The same file named twice is checked once.
        var seen = Set<String>()
        return files.filter { seen.insert($0).inserted }
    }
}
