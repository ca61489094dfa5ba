import ArgumentParser
import Foundation
import PathguideBuild
import PathguideCheck
import PathguideCore

/// `pathguide build [--guides DIR] [--templates DIR] [--output DIR] [--base-url URL] [--jobs N]`
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the guides, then write Markdown, the static site and the printable sheets.",
        discussion: """
            Writes output/markdown/<locale>/<platform>.md and output/site/. Errors in the guides stop \
            the build before anything is written; a failed build leaves the previous output as it \
            was; only files an earlier build wrote (listed in output/.pathguide-manifest) are ever \
            replaced or removed.
            """
    )

    @Option(help: "The folder of guides.")
    var guides = "guides"

    @Option(help: "The folder of templates (Mustache pages, CSS, page strings).")
    var templates = "templates"

    @Option(help: "Where to write markdown/ and site/.")
    var output = "output"

    @Option(name: .customLong("base-url"), help: "The address the site is served from, for canonical links and the sheets' QR codes.")
    var baseURL = "http://localhost:8000/"

    @Option(help: "Guides rendered at once (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("The date to check verified dates against, YYYY-MM-DD.",
                               discussion: "Default: SOURCE_DATE_EPOCH when set, else today (UTC)."))
    var today: String?

    @OptionGroup var cache: CacheOptions

    func validate() throws {
        guard baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://"),
              let host = baseURL.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false).dropFirst(2).first,
              !host.isEmpty, !baseURL.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
        else {
            throw ValidationError("--base-url must be an http or https address such as https://help.example.org/, not '\(baseURL)'")
        }
        if jobs < 1 {
            throw ValidationError("--jobs must be at least 1")
        }
        if let today, LocalDate(iso: Substring(today)) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, not '\(today)'")
        }
    }

    func run() throws {
        let date = try today.flatMap { LocalDate(iso: Substring($0)) } ?? Today.resolve()
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        let build = SiteBuild(guides: guides, templates: templates, output: output, baseURL: base,
                              context: CheckContext(today: date), jobs: jobs, workspace: WorkingDirectory.workspace, cache: cache.folder)
        let outcome = try build.run()
        let terminal = Terminal.current
        for warning in outcome.warnings {
            terminal.err("pathguide: warning: \(warning)\n")
        }
        guard let summary = outcome.summary else {
            // The same report as `check`, so the fix is the same.
            terminal.out(outcome.check.report(format: .text, color: terminal.isInteractive))
            terminal.err("pathguide: build stopped: the guides have errors; nothing was written\n")
            throw ExitCode(1)
        }
        if outcome.check.engine.warningCount > 0 {
            terminal.out(outcome.check.report(format: .text, color: terminal.isInteractive))
        }
        terminal.out("wrote \(output)/: \(outcome.fileCount) files, \(summary.written) changed, \(summary.removed) removed\n")
    }
}
