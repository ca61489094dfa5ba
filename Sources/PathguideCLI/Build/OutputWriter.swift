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
        let session = try begin()
        do {
            for path in files.keys.sorted() {
                try session.stage(path, files[path]!)
            }
            return try session.commit()
        } catch {
            session.abort()
            throw error
        }
    }

    /// Starts a build: new files go into a staging folder until `commit()`.
    func begin() throws(ToolFailure) -> OutputSession {
        let previous = try readManifest()
        let existed = manager.fileExists(atPath: root.path)
        do {
            try manager.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw ToolFailure(message: "cannot write \(root.path): \(error.localizedDescription)")
        }
        // A staging folder left by a crashed build is ours to clear.
        for leftover in (try? manager.contentsOfDirectory(atPath: root.path)) ?? [] where leftover.hasPrefix(Self.stagingPrefix) {
            try? manager.removeItem(at: root.appendingPathComponent(leftover))
        }
        let staging = root.appendingPathComponent(Self.stagingPrefix + String(ProcessInfo.processInfo.processIdentifier))
        return OutputSession(writer: self, staging: staging, previous: previous, createdRoot: !existed)
    }

    /// Moves the staged files into place, removes what the previous build wrote and this one
    /// did not, and writes the manifest.
    fileprivate func commit(staging: URL, changed: [String], all: Set<String>, previous: Set<String>, summary: inout Summary) throws {
        let folders = FolderMaker()
        for path in changed.sorted() {
            let target = root.appendingPathComponent(path)
            try folders.make(target.deletingLastPathComponent().path)
            if rename(staging.appendingPathComponent(path).path, target.path) != 0 {
                throw ToolFailure(message: "cannot move \(path) into \(root.path): \(String(cString: strerror(errno)))")
            }
            summary.written += 1
        }
        try? manager.removeItem(at: staging)
        for path in previous.subtracting(all).sorted() {
            let target = root.appendingPathComponent(path)
            guard Self.isSafeRelativePath(path), isRegularFile(target) else { continue }
            try manager.removeItem(at: target)
            summary.removed += 1
            removeEmptyFolders(above: target)
        }
        try writeManifest(all.sorted())
    }

    /// The paths the last build wrote; none when there was no build yet.
    func readManifest() throws(ToolFailure) -> Set<String> {
        let url = root.appendingPathComponent(Self.manifestName)
        guard let bytes = FileBytes.read(url.path) else { return [] }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw ToolFailure(message: "\(url.path) is not a pathguide manifest")
        }
        // One path a line; lines starting with '#' are comments.
        var paths = Set<String>()
        for line in bytes.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            paths.insert(String(decoding: line, as: UTF8.self))
        }
        return paths
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

/// One build's files on their way into the output folder. `stage` may be called from several
/// threads at once (each guide's job stages its own files); nothing in the output folder changes
/// until `commit()`, and `abort()` leaves it as it was.
final class OutputSession: @unchecked Sendable {
    private let writer: OutputWriter
    private let staging: URL
    private let previous: Set<String>
    private let lock = NSLock()
    private var all = Set<String>()
    private var changed: [String] = []
    private var unchanged = 0
    private let createdRoot: Bool
    private let folders = FolderMaker()
    private let rootPath: String

    fileprivate init(writer: OutputWriter, staging: URL, previous: Set<String>, createdRoot: Bool) {
        self.writer = writer
        self.staging = staging
        self.previous = previous
        self.createdRoot = createdRoot
        rootPath = writer.root.path
    }

    /// How many files this build makes (written or unchanged).
    var count: Int { lock.withLock { all.count } }

    /// Writes `bytes` to the staging folder unless the output already holds exactly them.
    func stage(_ path: String, _ bytes: [UInt8]) throws(ToolFailure) {
        guard OutputWriter.isSafeRelativePath(path) else {
            throw ToolFailure(message: "internal error: unsafe output path '\(path)'")
        }
        let isNew = lock.withLock { all.insert(path).inserted }
        guard isNew else { throw ToolFailure(message: "internal error: '\(path)' is written twice") }
        let target = writer.root.appendingPathComponent(path)
        if let existing = FileBytes.read(target.path) {
            if existing.count == bytes.count,
               bytes.isEmpty || existing.withUnsafeBytes({ old in bytes.withUnsafeBytes { memcmp(old.baseAddress!, $0.baseAddress!, bytes.count) == 0 } }) {
                lock.withLock { unchanged += 1 }
                return
            }
            guard previous.contains(path) else {
                throw ToolFailure(message: "refusing to overwrite \(target.path), which pathguide did not write; move it away and build again")
            }
        }
        let staged = staging.appendingPathComponent(path)
        do {
            try folders.make(staged.deletingLastPathComponent().path)
            try FileBytes.write(bytes, to: staged.path)
        } catch {
            throw ToolFailure(message: "cannot write \(path) into \(staging.path): \(error.message)")
        }
        lock.withLock { changed.append(path) }
    }

    /// Counts files an earlier build wrote as this build's too, without writing them again: a
    /// guide's files whose stamps say nobody touched them since. False, keeping nothing, when any
    /// of them is missing, changed, not listed in the manifest or already part of this build.
    func keep(_ stamps: [OutputStamp]) -> Bool {
        for stamp in stamps {
            guard previous.contains(stamp.path), OutputStamp.current(stamp.path, under: rootPath) == stamp else { return false }
        }
        return lock.withLock {
            guard stamps.allSatisfy({ !all.contains($0.path) }) else { return false }
            for stamp in stamps { all.insert(stamp.path) }
            unchanged += stamps.count
            return true
        }
    }

    /// Everything is staged: move it into place.
    func commit() throws(ToolFailure) -> OutputWriter.Summary {
        var summary = OutputWriter.Summary()
        let (changed, all, unchanged) = lock.withLock { (self.changed, self.all, self.unchanged) }
        summary.unchanged = unchanged
        do {
            try writer.commit(staging: staging, changed: changed, all: all, previous: previous, summary: &summary)
        } catch let failure as ToolFailure {
            abort()
            throw failure
        } catch {
            abort()
            throw ToolFailure(message: "cannot write \(writer.root.path): \(error.localizedDescription)")
        }
        return summary
    }

    /// Drops everything staged; the output folder is as it was (and gone again if this build
    /// made it and left nothing in it).
    func abort() {
        try? FileManager.default.removeItem(at: staging)
        if createdRoot, (try? FileManager.default.contentsOfDirectory(atPath: writer.root.path))?.isEmpty == true {
            try? FileManager.default.removeItem(at: writer.root)
        }
    }
}
