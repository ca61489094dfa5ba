import Foundation
import PathguideCheck
import PathguideCore
import PathguideDiagnostics
import PathguideLoader

/// One run of the checker over files and folders: load every guide, run every rule, collect
/// every diagnostic. Shared by `check` and `build`, which refuses to build on errors.
///
/// Guides are not kept: each is loaded, checked and handed to `each` by one job, then let go,
/// so memory stays flat however many guides there are.
struct GuideCheck {
    var paths: [String]
    var context: CheckContext
    /// Source texts are reread for the few files with findings (see `Result.report`).
    var loader = GuideLoader(keepsText: false)
    /// Independent files load and check in parallel; the default is one job per core.
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    struct Result {
        var files: [String]
        var engine: DiagnosticEngine

        func report(format: ReportFormat, color: Bool) -> String {
            // Source texts are not kept (10,000 guides' worth would be most of the memory), so
            // the few files with findings are read again for their lines.
            let reported = Set(engine.diagnostics.compactMap { $0.location?.file })
            var contents: [String: String] = [:]
            for file in reported {
                contents[file] = try? String(contentsOfFile: WorkingDirectory.resolve(file), encoding: .utf8)
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

    func run() throws(ToolFailure) -> Result {
        try run { _ in () }.result
    }

    /// Checks every guide, and hands each one with no errors of its own to `each` in the same
    /// job; the values it returns come back in file order.
    func run<Value: Sendable>(each: @escaping @Sendable (Guide) -> Value) throws(ToolFailure) -> (result: Result, values: [Value]) {
        let files = try GuideFiles.collect(paths)
        let loader = self.loader
        let checker = Checker(context: context)
        // Resolved here: the working folder is task-local, and the jobs run on other threads.
        let located = files.map { (display: $0, path: WorkingDirectory.resolve($0)) }
        let perFile = located.parallelMap(jobs: jobs) { file -> (diagnostics: [Diagnostic], platform: Guide?, value: Value?) in
            let loaded = loader.load(contentsOf: file.path, displayPath: file.display)
            guard let guide = loaded.guide else { return (loaded.diagnostics, nil, nil) }
            let diagnostics = loaded.diagnostics + checker.check(guide)
            let value = diagnostics.contains { $0.severity == .error } ? nil : each(guide)
            // Only the platform is kept, for the check of ids across guides.
            return (diagnostics, Guide(file: guide.file, languages: [], platform: guide.platform), value)
        }
        var engine = DiagnosticEngine()
        for file in perFile {
            engine.emit(contentsOf: file.diagnostics)
        }
        engine.emit(contentsOf: GuideLoader.duplicatePlatformIDs(perFile.compactMap(\.platform)))
        return (Result(files: files, engine: engine), perFile.compactMap(\.value))
    }
}
