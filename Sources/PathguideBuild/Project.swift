import Foundation
import PathguideCore
import PathguideDiagnostics
import PathguideFileSystem
import PathguideLoader

/// A pathguide project: the folder holding `pathguide.yaml`, found by walking up from the
/// folder a command runs in (as git and Hugo find theirs), and the settings in it. Without a
/// project file, the working folder with every setting at its default.
public struct Project: Sendable {
    /// The folder paths in the project file are relative to.
    public let workspace: Workspace
    /// The project file as reports name it; nil when there is none.
    public let file: String?
    public let settings: ProjectSettings

    /// What went wrong loading the project file: a report in the format asked for.
    public struct Invalid: Error {
        public let diagnostics: [Diagnostic]
        let lines: [Int: String]
        let file: String

        public func report(format: ReportFormat, color: Bool) -> String {
            var engine = DiagnosticEngine()
            engine.emit(contentsOf: diagnostics)
            let lines = self.lines
            let file = self.file
            let context = ReportContext(toolName: "pathguide", toolVersion: PathguideVersion.current, rules: GuideCheck.allRules,
                                        checkedFiles: [file], sourceLines: { name, line in name == file ? lines[line] : nil },
                                        useColor: color)
            return format.formatter.format(engine.sorted, context: context)
        }
    }

    /// Finds and loads the project for a command run in `folder` (absolute). Throws `Invalid`
    /// when the project file has errors, `ToolFailure` when it cannot be read.
    public static func find(from start: String) throws -> Project {
        let folder = standardized(start)
        var candidate = folder
        while true {
            let path = (candidate == "/" ? "" : candidate) + "/" + GuideLoader.projectFileName
            var info = stat()
            if lstat(path, &info) == 0 {
                return try load(path, folder: candidate, display: display(path, from: folder))
            }
            let parent = Folder.parentPath(candidate)
            if parent == candidate || parent == "." { break }
            candidate = parent
        }
        return Project(workspace: Workspace(folder: folder), file: nil, settings: ProjectSettings(file: GuideLoader.projectFileName))
    }

    private static func load(_ path: String, folder: String, display: String) throws -> Project {
        let loader = GuideLoader()
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path, display: display, within: folder, limit: 1 << 20)
        } catch {
            throw ToolFailure(message: "cannot read the project file: \(error.message)")
        }
        let loaded = loader.loadProject(bytes: bytes, file: display)
        guard let settings = loaded.settings, !loaded.diagnostics.contains(where: { $0.severity == .error }) else {
            throw Invalid(diagnostics: loaded.diagnostics, lines: GuideCheck.quotedLines(loaded.diagnostics, file: display, bytes: bytes), file: display)
        }
        return Project(workspace: Workspace(folder: folder), file: display, settings: settings)
    }

    /// `path` as a user in `folder` would name it: relative when it is at or below the folder
    /// or a few levels up, absolute otherwise.
    static func display(_ path: String, from start: String) -> String {
        let folder = standardized(start)
        if path == folder { return "." }
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        if path.hasPrefix(base) { return String(path.dropFirst(base.count)) }
        var up = ""
        var candidate = folder
        for _ in 0..<4 {
            candidate = Folder.parentPath(candidate)
            up += "../"
            let prefix = candidate == "/" ? "/" : candidate + "/"
            if path.hasPrefix(prefix) { return up + path.dropFirst(prefix.count) }
        }
        return path
    }

    /// `path` without `.` and `..` components, so counting folders up from it is right.
    static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// A path setting for a command run in `folder`: the flag as typed when given (read against
    /// the working folder), else the project file's value (read against the project's folder),
    /// else `fallback` in the project's folder. The first is what messages show.
    public func path(flag: String?, setting: Located<String>?, default fallback: String, from folder: String) -> (display: String, absolute: String) {
        if let flag {
            return (flag, Workspace(folder: folder).resolve(flag))
        }
        let value = setting?.value ?? fallback
        let absolute = Self.standardized(workspace.resolve(value))
        return (Self.display(absolute, from: folder), absolute)
    }
}
