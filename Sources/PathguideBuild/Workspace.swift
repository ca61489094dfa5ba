/// The folder a run's relative paths are read from: the project's folder. Every part of the
/// pipeline takes it explicitly, so a server or an editor integration can run builds for any
/// folder, and several at once, without changing the process's current folder.
public struct Workspace: Sendable, Equatable {
    /// An absolute path.
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// `path` made absolute against the folder when it is relative. Display paths stay as the
    /// user wrote them; only file system access goes through this.
    public func resolve(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        if path.isEmpty || path == "." { return folder }
        return folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }
}

/// The tool could not do its job (a missing path, an unreadable folder, a folder it will not
/// write into): the command line exits with status 2 and prints the message.
public struct ToolFailure: Error, Equatable {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    /// The build was asked to stop (`SiteBuild.isStopped`) and left the output as it was.
    public static let stopped = ToolFailure(message: "stopped before the output changed")
    /// A file a remembered guide made is not in the output as the last build left it.
    static let outputMoved = ToolFailure(message: "a guide's file in the output changed since the last build")
}

/// What the pipeline reports as its name and version (SARIF, JUnit).
public enum PathguideVersion {
    public static let current = "0.1.0"
}
