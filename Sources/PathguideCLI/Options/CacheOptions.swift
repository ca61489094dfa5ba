import ArgumentParser
import PathguideBuild

/// `--cache-dir` and `--no-cache`, shared by `check` and `build`.
struct CacheOptions: ParsableArguments {
    @Option(name: .customLong("cache-dir"),
            help: ArgumentHelp("Where to remember what was checked and rendered, so a rerun redoes only the guides that changed.",
                               valueName: "folder"))
    var cacheDir: String?

    @Flag(name: .customLong("no-cache"), help: "Neither read nor write the cache: check and render every guide.")
    var noCache = false

    /// The cache: `--cache-dir` (read against the working folder), else `.pathguide-cache` in the
    /// project's folder; nil with `--no-cache`.
    func folder(in project: Project) -> CacheFolder? {
        guard !noCache else { return nil }
        let path = project.path(flag: cacheDir, setting: nil, default: CacheFolder.defaultPath, from: WorkingDirectory.path)
        return CacheFolder(path: path.display, in: WorkingDirectory.workspace)
    }
}
