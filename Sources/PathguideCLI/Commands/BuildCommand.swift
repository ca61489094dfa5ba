import ArgumentParser
import Foundation
import PathguideBuild
import PathguideCheck
import PathguideCore
import PathguideLoader

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

    /// Where `python3 -m http.server -d output/site 8000` serves the site.
    static let localBaseURL = "http://localhost:8000/"

    @OptionGroup var site: SiteBuildOptions

    func run() throws {
        let project = try ProjectLookup.current()
        let prepared = try site.prepare(in: project)
        let terminal = Terminal.current
        let output = prepared.output
        let outcome = try prepared.build.run()
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
        terminal.out("wrote \(output.display)/: \(outcome.fileCount) files, \(summary.written) changed, \(summary.removed) removed\n")
    }

    /// The project's site title and description as page words, by language.
    static func siteWords(title: LocalizedText?, description: LocalizedText?) -> [String: [String: String]] {
        var words: [String: [String: String]] = [:]
        for entry in title?.entries ?? [] { words[entry.language, default: [:]]["siteTitle"] = entry.text }
        for entry in description?.entries ?? [] { words[entry.language, default: [:]]["siteDescription"] = entry.text }
        return words
    }
}
