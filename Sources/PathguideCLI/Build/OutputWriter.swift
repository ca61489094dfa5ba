import Foundation

/// Writes a build's files into an output folder without ever losing anything:
///
/// 1. every new file is written into a staging folder inside the output folder first, so a
///    failure part-way leaves the previous output exactly as it was;
/// 2. files are then moved into place one by one (a rename within one file system, so no
///    reader sees half a file); files whose bytes did not change are left untouched;
/// 3. files an earlier build wrote (listed in the manifest) that this build no longer makes are
///    removed, and nothing else: a file the tool did not write is never deleted or overwritten.
struct OutputWriter {
    /// The list of files the last build wrote, relative to the output folder.
    static let manifestName = ".pathguide-manifest"
    static let stagingPrefix = ".pathguide-staging-"

    /// What a write did, for the summary line.
    struct Summary: Equatable {
        var written = 0
        var unchanged = 0
        var removed = 0
    }

    let root: URL
    private let manager = FileManager.default

    /// Refuses folders where a mistake would be a disaster: `/`, the home folder, the current
    /// folder or any folder above it, and any folder that holds the build's own inputs.
    init(output: String, inputs: [String]) throws(ToolFailure) {
        let root = URL(fileURLWithPath: WorkingDirectory.resolve(output)).standardizedFileURL.resolvingSymlinksInPath()
        let path = root.path
        let home = URL(fileURLWithPath: NSHomeDirectory()).standardizedFileURL.resolvingSymlinksInPath().path
        let current = URL(fileURLWithPath: WorkingDirectory.path).standardizedFileURL.resolvingSymlinksInPath().path
        func contains(_ folder: String, _ other: String) -> Bool {
            folder == "/" || other == folder || other.hasPrefix(folder + "/")
        }
        if path == "/" || path == home || contains(path, current) {
            throw ToolFailure(message: "refusing to write into \(output): choose a folder of its own, such as output/")
        }
        for input in inputs {
            let inputPath = URL(fileURLWithPath: WorkingDirectory.resolve(input)).standardizedFileURL.resolvingSymlinksInPath().path
            if contains(path, inputPath) {
                throw ToolFailure(message: "refusing to write into \(output): it contains the input folder \(input)")
            }
        }
        self.root = root
    }

    /// Replaces the previous build's files with `files` (relative path → bytes).
    func write(_ files: [String: [UInt8]]) throws(ToolFailure) -> Summary {
        for path in files.keys where !Self.isSafeRelativePath(path) {
            throw ToolFailure(message: "internal error: unsafe output path '\(path)'")
        }
        let previous = try readManifest()
        let staging = root.appendingPathComponent(Self.stagingPrefix + String(ProcessInfo.processInfo.processIdentifier))
        var summary = Summary()
        do {
            try manager.createDirectory(at: root, withIntermediateDirectories: true)
            // A staging folder left by a crashed build is ours to clear.
            for leftover in (try? manager.contentsOfDirectory(atPath: root.path)) ?? [] where leftover.hasPrefix(Self.stagingPrefix) {
                try? manager.removeItem(at: root.appendingPathComponent(leftover))
            }
            var changed: [String] = []
            for path in files.keys.sorted() {
                let target = root.appendingPathComponent(path)
                let bytes = files[path]!
                if let existing = manager.contents(atPath: target.path) {
                    if existing.elementsEqual(bytes) {
                        summary.unchanged += 1
                        continue
                    }
                    guard previous.contains(path) else {
                        throw ToolFailure(message: "refusing to overwrite \(target.path), which pathguide did not write; move it away and build again")
                    }
                }
                let staged = staging.appendingPathComponent(path)
                try manager.createDirectory(at: staged.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: staged)
                changed.append(path)
            }
            // Everything is on disk: move it into place.
            for path in changed {
                let target = root.appendingPathComponent(path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                if rename(staging.appendingPathComponent(path).path, target.path) != 0 {
                    throw ToolFailure(message: "cannot move \(path) into \(root.path): \(String(cString: strerror(errno)))")
                }
                summary.written += 1
            }
            try? manager.removeItem(at: staging)
            for path in previous.subtracting(files.keys).sorted() {
                let target = root.appendingPathComponent(path)
                guard Self.isSafeRelativePath(path), isRegularFile(target) else { continue }
                try manager.removeItem(at: target)
                summary.removed += 1
                removeEmptyFolders(above: target)
            }
            try writeManifest(files.keys.sorted())
        } catch let failure as ToolFailure {
            try? manager.removeItem(at: staging)
            throw failure
        } catch {
            try? manager.removeItem(at: staging)
            throw ToolFailure(message: "cannot write \(root.path): \(error.localizedDescription)")
        }
        return summary
    }

    /// The paths the last build wrote; none when there was no build yet.
    func readManifest() throws(ToolFailure) -> Set<String> {
        let url = root.appendingPathComponent(Self.manifestName)
        guard let data = manager.contents(atPath: url.path) else { return [] }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ToolFailure(message: "\(url.path) is not a pathguide manifest")
        }
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    }

    private func writeManifest(_ paths: [String]) throws {
        let text = "# Files written by `pathguide build`. A build removes only files listed here.\n"
            + paths.map { $0 + "\n" }.joined()
        let url = root.appendingPathComponent(Self.manifestName)
        if manager.contents(atPath: url.path) == Data(text.utf8) { return }
        try Data(text.utf8).write(to: url, options: .atomic)
    }

    private func isRegularFile(_ url: URL) -> Bool {
        (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
    }

    /// Folders left empty by a removal go too, up to (not including) the output folder.
    private func removeEmptyFolders(above file: URL) {
        var folder = file.deletingLastPathComponent()
        while folder.path.hasPrefix(root.path + "/"), (try? manager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
            try? manager.removeItem(at: folder)
            folder = folder.deletingLastPathComponent()
        }
    }

    /// Relative, no `..`, no empty or hidden components: a generated path can never escape
    /// the output folder or hide in a dot-folder.
    static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && !part.hasPrefix(".")
        }
    }
}
