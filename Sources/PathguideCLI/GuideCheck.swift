import Foundation
import PathguideCheck
import PathguideCore
import PathguideDiagnostics
import PathguideLoader

/// One run of the checker over files and folders: load every guide, run every rule, collect
/// every diagnostic. Shared by `check` and, later, `build`, which refuses to build on errors.
struct GuideCheck {
    var paths: [String]
    var context: CheckContext
    var loader = GuideLoader()

    struct Result {
        var files: [String]
        var loaded: [LoadedGuide]
        var engine: DiagnosticEngine

        var guides: [Guide] { loaded.compactMap(\.guide) }

        func report(format: ReportFormat, color: Bool) -> String {
            // Only files with something to show need their lines; splitting every clean file
            // would cost more than checking it.
            let reported = Set(engine.diagnostics.compactMap { $0.location?.file })
            var contents: [String: String] = [:]
            for file in loaded where reported.contains(file.file) {
                contents[file.file] = file.text
            }
            let reportContext = ReportContext(
                toolName: "pathguide",
                toolVersion: Pathguide.version,
                rules: GuideCheck.allRules,
                checkedFiles: files,
                sourceLines: ReportContext.sourceLines(from: contents),
                useColor: color
            )
            return format.formatter.format(engine.sorted, context: reportContext)
        }
    }

    /// Every rule id the checker can report, loader problems included.
    static var allRules: [RuleDescription] {
        LoaderRule.allCases.map(\.description) + Checker.ruleDescriptions
    }

    /// Independent files load and check in parallel; the default is one job per core.
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func run() throws(ToolFailure) -> Result {
        let files = try GuideFiles.collect(paths)
        let loader = self.loader
        let checker = Checker(context: context)
        // Resolved here: the working folder is task-local, and the jobs run on other threads.
        let located = files.map { (display: $0, path: WorkingDirectory.resolve($0)) }
        let perFile = located.parallelMap(jobs: jobs) { file in
            let loaded = loader.load(contentsOf: file.path, displayPath: file.display)
            return (loaded, loaded.guide.map(checker.check) ?? [])
        }
        var engine = DiagnosticEngine()
        for (loaded, findings) in perFile {
            engine.emit(contentsOf: loaded.diagnostics)
            engine.emit(contentsOf: findings)
        }
        let loaded = perFile.map(\.0)
        engine.emit(contentsOf: GuideLoader.duplicatePlatformIDs(loaded.compactMap(\.guide)))
        return Result(files: files, loaded: loaded, engine: engine)
    }
}
