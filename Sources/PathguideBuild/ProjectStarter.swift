import Foundation
import PathguideFileSystem

/// What `pathguide init` writes: a project that works at once. The files are built into the
/// binary (see `Starter/`), so init needs nothing but the executable.
public enum ProjectStarter {
    /// A file of a new project, by its path in the project folder.
    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]
    }

    /// The files of a new project; with `ci`, a GitHub Actions workflow too.
    public static func files(ci: Bool) -> [File] {
        var files = [
            File(path: "pathguide.yaml", bytes: PackageResources.pathguide_yaml),
            File(path: ".gitignore", bytes: PackageResources.gitignore),
            File(path: "guides/douyin-shop.yaml", bytes: PackageResources.example_guide_yaml),
            File(path: "schema/guide.schema.json", bytes: PackageResources.guide_schema_json),
            File(path: "schema/project.schema.json", bytes: PackageResources.project_schema_json),
        ]
        if ci {
            files.append(File(path: ".github/workflows/pathguide.yml", bytes: PackageResources.workflow_yml))
        }
        return files
    }

    /// Writes `files` into the folder at `path` (made when missing), or nothing at all when any
    /// of them is already there: init never overwrites. Folders on the way are never followed
    /// through a link. Returns the paths written.
    public static func write(_ files: [File], into path: String, display: String) throws(ToolFailure) -> [String] {
        let taken = files.filter { file in
            var info = stat()
            return lstat(path + "/" + file.path, &info) == 0
        }
        guard taken.isEmpty else {
            throw ToolFailure(message: "refusing to overwrite what is already in \(display): \(taken.map(\.path).joined(separator: ", ")); init writes only into a folder without them")
        }
        do {
            let folder = try Folder.open(path, creating: true, named: display)
            for file in files {
                let parent = Folder.parentPath(file.path)
                let target = parent == "." ? folder : try folder.subfolder(path: parent, creating: true)
                try target.create(String(file.path.split(separator: "/").last!), file.bytes)
            }
        } catch {
            throw ToolFailure(message: "cannot write the project into \(display): \(error.message)")
        }
        return files.map(\.path)
    }
}
