import Foundation
import PathguideBuild

/// The folder relative paths on the command line are read from.
///
/// Normally the process's current folder. `Pathguide.run(_:workingDirectory:)` sets another one
/// for the task that runs the command, so tests run commands in their own folders side by side
/// without changing the process-wide current folder under each other.
enum WorkingDirectory {
    @TaskLocal static var current: URL?

    /// The folder as the pipeline takes it.
    static var workspace: Workspace { Workspace(folder: path) }

    /// The folder's path.
    static var path: String { current?.path ?? FileManager.default.currentDirectoryPath }

    /// `path` made absolute against the working folder when it is relative. Display paths stay
    /// as the user wrote them; only file system access goes through this.
    static func resolve(_ path: String) -> String {
        guard let current, !path.hasPrefix("/") else { return path }
        return current.appendingPathComponent(path).path
    }
}
