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
            var contents: [String: String] = [:]
            for file in loaded {
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

    func run() throws(ToolFailure) -> Result {
        let files = try GuideFiles.collect(paths)
        let loaded = files.map { loader.load(contentsOf: $0) }
        var engine = DiagnosticEngine()
        for file in loaded {
            engine.emit(contentsOf: file.diagnostics)
        }
        let guides = loaded.compactMap(\.guide)
        engine.emit(contentsOf: GuideLoader.duplicatePlatformIDs(guides))
        let checker = Checker(context: context)
        for guide in guides {
            engine.emit(contentsOf: checker.check(guide))
        }
        return Result(files: files, loaded: loaded, engine: engine)
    }
}
