import Foundation
import PathguideFileSystem

/// Writes a build's files into an output folder without ever losing anything or touching what
/// is not its own:
///
/// 1. the output folder is locked, so a second build into it stops at once and says which
///    process holds it; a switch an earlier build left unfinished (see `OutputJournal`) is
///    finished first;
/// 2. every new file is written into a (flat) staging folder inside the output folder, so a failure
///    part-way leaves the previous output exactly as it was;
/// 3. the plan (files to move, files to remove) is written as a journal in one rename, then
///    carried out: files move into place one rename each, files an earlier build wrote that
///    this one no longer makes are removed, and the new manifest replaces the old one. An
///    interruption anywhere in this step is finished by the next build, so the files and the
///    manifest always end up agreeing.
///
/// Everything is reached relative to the output folder's descriptor, each folder on the way seen
/// to be a real folder first (`OutputTree`):
/// a symbolic link anywhere below the output folder is never followed, and only regular files
/// are read, replaced or removed. A file is the build's only when the manifest lists it: a file
/// the build did not create is never adopted, overwritten or removed.
public struct OutputWriter {
    static let stagingPrefix = ".pathguide-staging-"

    /// What a write did, for the summary line.
    public struct Summary: Equatable, Sendable {
        public var written = 0
        public var unchanged = 0
        public var removed = 0

        public init(written: Int = 0, unchanged: Int = 0, removed: Int = 0) {
            self.written = written
            self.unchanged = unchanged
            self.removed = removed
        }
    }

    /// The output folder, absolute, as the build will open it.
    let root: URL
    /// The output folder as the user named it, for messages.
    let display: String

    /// Refuses folders where a mistake would be a disaster (see `OutputFolderPolicy`).
    init(output: String, inputs: [String], workspace: Workspace) throws(ToolFailure) {
        let absolute = URL(fileURLWithPath: workspace.resolve(output)).standardizedFileURL.path
        let inputPaths = inputs.map { URL(fileURLWithPath: workspace.resolve($0)).standardizedFileURL.path }
        let real = OutputFolderPolicy.real(absolute)
        if let why = OutputFolderPolicy.refusal(real, inputs: inputPaths, workingFolder: workspace.folder) {
            throw ToolFailure(message: "refusing to write into \(output): \(why); choose a folder of its own, such as output/")
        }
        root = URL(fileURLWithPath: absolute)
        display = output
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

    /// Starts a build: locks the output folder, finishes an interrupted switch, and makes a
    /// staging folder for the new files, which stay there until `commit()`.
    func begin() throws(ToolFailure) -> OutputSession {
        var info = stat()
        let existed = lstat(root.path, &info) == 0
        let folder: Folder
        do {
            folder = try Folder.open(root.path, creating: true, named: display)
        } catch {
            if error.reason == .symbolicLink {
                throw ToolFailure(message: "refusing to write into \(display): it is a symbolic link, and pathguide writes only into a real folder; name the folder it points to instead")
            }
            throw ToolFailure(message: "cannot write into \(display): \(error.description)")
        }
        guard folder.tryLock() else {
            let holder = (try? folder.entries())?.lazy.map(\.name).first(where: Self.isStagingName)
                .map { " (process \($0.dropFirst(Self.stagingPrefix.count)))" } ?? ""
            throw ToolFailure(message: "another pathguide build\(holder) is writing into \(display); try again when it has finished")
        }
        let output = OutputTree(root: folder)
        try finishInterruptedSwitch(output)
        let previous = try OutputManifest.read(in: folder).paths
        // Staging folders left by a build that was stopped before its switch began are ours to clear.
        for entry in (try? folder.entries()) ?? [] where entry.kind == .folder && Self.isStagingName(entry.name) {
            try? folder.removeTree(entry.name)
        }
        let stagingName = Self.stagingPrefix + String(getpid())
        let staging: Folder
        do {
            staging = try folder.subfolder(stagingName, creating: true)
        } catch {
            throw ToolFailure(message: "cannot write into \(display): \(error.description)")
        }
        return OutputSession(writer: self, output: output, staging: staging,
                             stagingName: stagingName, previous: previous, createdRoot: !existed)
    }

    /// Whether `name` is one of the staging folders a build makes: the prefix and a process id.
    static func isStagingName(_ name: String) -> Bool {
        name.hasPrefix(stagingPrefix) && name.count > stagingPrefix.count
            && name.dropFirst(stagingPrefix.count).allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A journal in the output folder means a build was interrupted while switching: finish it.
    private func finishInterruptedSwitch(_ output: OutputTree) throws(ToolFailure) {
        guard output.root.kind(of: OutputJournal.name) != nil else { return }
        let file = output.root.display(OutputJournal.name)
        let journal: OutputJournal
        do {
            journal = try OutputJournal.parse(output.root.read(OutputJournal.name, limit: OutputJournal.sizeLimit), file: file)
        } catch let error as FileSystemError {
            throw ToolFailure(message: "\(error.message); it should be the journal of an interrupted build: remove it and build again")
        } catch let failure as ToolFailure {
            throw failure
        } catch {
            throw ToolFailure(message: "\(file): \(error)")
        }
        let previous = try OutputManifest.read(in: output.root).paths
        let staging = try? output.root.subfolder(journal.staging)
        var summary = Summary()
        try OutputSwitch(output: output, staging: staging, display: display).apply(journal, previous: previous, resuming: true, summary: &summary)
    }
}

/// One build's files on their way into the output folder. `stage` may be called from several
/// threads at once (each guide's job stages its own files); nothing in the output folder changes
/// until `commit()`, and `abort()` leaves it as it was.
final class OutputSession: @unchecked Sendable {
    private let writer: OutputWriter
    private let output: OutputTree
    private let staging: Folder
    private let stagingName: String
    private let previous: Set<String>
    private let createdRoot: Bool
    private let lock = NSLock()
    private var all = Set<String>()
    private var changed: [OutputJournal.Move] = []
    private var unchanged = 0

    fileprivate init(writer: OutputWriter, output: OutputTree, staging: Folder, stagingName: String, previous: Set<String>, createdRoot: Bool) {
        self.writer = writer
        self.output = output
        self.staging = staging
        self.stagingName = stagingName
        self.previous = previous
        self.createdRoot = createdRoot
    }

    /// How many files this build makes (written or unchanged).
    var count: Int { lock.withLock { all.count } }

    /// Writes `bytes` to the staging folder unless the output already holds exactly them.
    func stage(_ path: String, _ bytes: [UInt8]) throws(ToolFailure) {
        guard OutputPath.isSafe(path) else {
            throw ToolFailure(message: "internal error: unsafe output path '\(path)'")
        }
        let isNew = lock.withLock { all.insert(path).inserted }
        guard isNew else { throw ToolFailure(message: "internal error: '\(path)' is written twice") }
        if let existing = try inPlace(path) {
            guard previous.contains(path) else {
                throw ToolFailure(message: "refusing to overwrite \(display(path)), which pathguide did not write; move it away and build again")
            }
            if existing.count == bytes.count,
               bytes.isEmpty || existing.withUnsafeBytes({ old in bytes.withUnsafeBytes { memcmp(old.baseAddress!, $0.baseAddress!, bytes.count) == 0 } }) {
                lock.withLock { unchanged += 1 }
                return
            }
        }
        let staged = lock.withLock { () -> String in
            changed.append(OutputJournal.Move(staged: String(changed.count + 1), path: path))
            return String(changed.count)
        }
        do {
            try staging.create(staged, bytes)
        } catch {
            throw ToolFailure(message: "cannot write \(path) into \(writer.display)/\(stagingName): \(error.description)")
        }
    }

    /// The bytes of the file at `path` in the output folder; nil when nothing is there. Anything
    /// but a regular file reached through real folders is an error: pathguide writes no file
    /// through a link, and replaces nothing but a regular file.
    private func inPlace(_ path: String) throws(ToolFailure) -> [UInt8]? {
        do {
            return try output.read(path)
        } catch {
            throw ToolFailure(message: "refusing to write \(display(path)): \(error.message); remove it and build again")
        }
    }

    private func display(_ path: String) -> String {
        writer.display.hasSuffix("/") ? writer.display + path : writer.display + "/" + path
    }

    /// The stamp of the file at `path` in the output folder now; nil unless it is a regular file.
    func stamp(_ path: String) -> OutputStamp? {
        guard let info = try? output.info(path), FileKind(mode: info.st_mode) == .regular else { return nil }
        return OutputStamp(path: path, info: info)
    }

    /// Counts files an earlier build wrote as this build's too, without writing them again: a
    /// guide's files whose stamps say nobody touched them since. False, keeping nothing, when any
    /// of them is missing, changed, not listed in the manifest or already part of this build.
    func keep(_ stamps: [OutputStamp]) -> Bool {
        for stamp in stamps {
            guard previous.contains(stamp.path), self.stamp(stamp.path) == stamp else { return false }
        }
        return lock.withLock {
            guard stamps.allSatisfy({ !all.contains($0.path) }) else { return false }
            for stamp in stamps { all.insert(stamp.path) }
            unchanged += stamps.count
            return true
        }
    }

    /// Counts files the previous build wrote as this build's too, taking the caller's word that
    /// they are as it left them (a preview server that remembers its last build): no file is
    /// looked at. False, adopting nothing, when one of them is not in the manifest or is already
    /// part of this build.
    func adopt(_ paths: [String]) -> Bool {
        guard paths.allSatisfy(previous.contains) else { return false }
        return lock.withLock {
            guard paths.allSatisfy({ !all.contains($0) }) else { return false }
            all.formUnion(paths)
            unchanged += paths.count
            return true
        }
    }

    /// Everything is staged: switch to the new output (see `OutputWriter`).
    func commit() throws(ToolFailure) -> OutputWriter.Summary {
        let (changed, all, unchanged) = lock.withLock { (self.changed, self.all, self.unchanged) }
        var summary = OutputWriter.Summary(unchanged: unchanged)
        let removals = previous.subtracting(all).sorted()
        let journal = OutputJournal(staging: stagingName, moves: changed.sorted { $0.path < $1.path }, removals: removals)
        do throws(FileSystemError) {
            // Before anything moves: a removal that would touch something other than a regular
            // file stops the build here, with the output as it was.
            for path in removals {
                if let info = try output.info(path), FileKind(mode: info.st_mode) != .regular {
                    throw FileSystemError(display(path), .wrongKind(FileKind(mode: info.st_mode), expected: .regular))
                }
            }
            try staging.create(OutputManifest.name, OutputManifest(paths: all).bytes)
            try staging.create(OutputJournal.name, journal.bytes)
            try staging.move(OutputJournal.name, to: output.root, as: OutputJournal.name)
        } catch {
            abort()
            throw ToolFailure(message: "cannot write into \(writer.display): \(error.message); the previous output is as it was")
        }
        try OutputSwitch(output: output, staging: staging, display: writer.display).apply(journal, previous: previous, resuming: false, summary: &summary)
        return summary
    }

    /// Drops everything staged; the output folder is as it was (and gone again if this build
    /// made it and left nothing in it).
    func abort() {
        try? output.root.removeTree(stagingName)
        if createdRoot, (try? output.root.entries())?.isEmpty == true {
            rmdir(writer.root.path)
        }
    }
}
