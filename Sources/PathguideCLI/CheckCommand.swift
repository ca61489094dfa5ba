import ArgumentParser
import Foundation
import PathguideBuild
import PathguideCheck
import PathguideCore
import PathguideDiagnostics
import PathguideLoader

extension ReportFormat: ExpressibleByArgument {}

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

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Option(name: .customLong("max-age"), help: "Days after which a verified date is stale (default: the project's max-age, else 365).")
    var maxAge: Int?

    @Option(help: ArgumentHelp("The date to check verified dates against, YYYY-MM-DD.",
                               discussion: "Default: SOURCE_DATE_EPOCH when set, else today (UTC)."))
    var today: String?

    @OptionGroup var cache: CacheOptions

    func validate() throws {
        if let today, LocalDate(iso: Substring(today)) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, not '\(today)'")
        }
        if let maxAge, maxAge < 0 {
            throw ValidationError("--max-age must be zero or more days")
        }
    }

    func run() throws {
        let date = try today.flatMap { LocalDate(iso: Substring($0)) } ?? Today.resolve()
        let project = try ProjectLookup.current(format: format)
        let context = CheckContext(today: date, maxVerifiedAgeDays: maxAge ?? project.settings.maxAge?.value ?? 365)
        let paths = self.paths.isEmpty
            ? [project.path(flag: nil, setting: project.settings.guides, default: "guides", from: WorkingDirectory.path).display]
            : self.paths
        let run = try GuideCheck(paths: paths, context: context, workspace: WorkingDirectory.workspace).run(cache: cache.folder(in: project))
        let terminal = Terminal.current
        if let warning = run.cacheWarning {
            terminal.err("pathguide: warning: \(warning)\n")
        }
        terminal.out(run.report(format: format, color: terminal.isInteractive))
        if run.engine.hasFailures(strict: strict) {
            throw ExitCode(1)
        }
    }
}

/// Today's date for checks: reproducible when `SOURCE_DATE_EPOCH` is set (the convention of
/// reproducible builds), the system clock's UTC date otherwise.
enum Today {
    static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ToolFailure) -> LocalDate {
        var seconds = Date().timeIntervalSince1970
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let value = Double(epoch) else {
                throw ToolFailure(message: "SOURCE_DATE_EPOCH must be a number of seconds, not '\(epoch)'")
            }
            seconds = value
        }
        let days = Int((seconds / 86_400).rounded(.down))
        return LocalDate(daysSinceEpoch: days)
    }
}
