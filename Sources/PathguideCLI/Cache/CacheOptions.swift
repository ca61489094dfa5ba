import ArgumentParser
import PathguideBuild

/// `--cache-dir` and `--no-cache`, shared by `check` and `build`.
struct CacheOptions: ParsableArguments {
    @Option(name: .customLong("cache-dir"),
            help: ArgumentHelp("Where to remember what was checked and rendered, so a rerun redoes only the guides that changed.",
                               valueName: "folder"))
    var cacheDir = CacheFolder.defaultPath

    @Flag(name: .customLong("no-cache"), help: "Neither read nor write the cache: check and render every guide.")
    var noCache = false

    var folder: CacheFolder? { noCache ? nil : CacheFolder(path: cacheDir, in: WorkingDirectory.workspace) }
}
