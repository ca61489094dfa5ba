import ArgumentParser
import Foundation
import PathguideBuild
import PathguideCheck
import PathguideCore
import PathguideDiagnostics
import PathguideLoader

/// `pathguide check [PATH ...] [--format …] [--strict]`
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check guides: YAML, format, references, routes, translations, URLs, hours and dates.",
        discussion: """
            Exit status: 0 when clean (warnings allowed unless --strict), 1 when problems were found, \
            2 when the check could not run.
            """
    )

    @Argument(help: ArgumentHelp("Guide files or folders of guides.", discussion: "Default: the project's guides folder (guides/)."))
    var paths: [String] = []

    @OptionGroup var report: ReportOptions
    @OptionGroup var dates: DateOptions
    @OptionGroup var cache: CacheOptions

    func run() throws {
        let project = try ProjectLookup.current(format: report.format)
        let context = try dates.context(in: project)
        let paths = self.paths.isEmpty
            ? [project.path(flag: nil, setting: project.settings.guides, default: "guides", from: WorkingDirectory.path).display]
            : self.paths
        let run = try GuideCheck(paths: paths, context: context, workspace: WorkingDirectory.workspace).run(cache: cache.folder(in: project))
        let terminal = Terminal.current
        if let warning = run.cacheWarning {
            terminal.err("pathguide: warning: \(warning)\n")
        }
        terminal.out(run.report(format: report.format, color: terminal.isInteractive, strict: report.strict))
        if run.engine.hasFailures(strict: report.strict) {
            throw ExitCode(1)
        }
    }
}
