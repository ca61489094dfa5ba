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

    @Option(help: "The folder of guides (default: the project's, else guides/).")
    var guides: String?

    @Option(help: "A folder of templates (Mustache pages, CSS, page strings) that replace the built-in theme's, file by file (default: the project's, else templates/ when it exists).")
    var templates: String?

    @Option(help: "Where to write markdown/ and site/ (default: the project's, else output/).")
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp(
        "The address the site is served from, for canonical links and the sheets' QR codes.",
        discussion: "Default: the project's base-url, else \(BuildCommand.localBaseURL) (a warning: the QR codes then point at this computer)."))
    var baseURL: String?

    /// Where `python3 -m http.server -d output/site 8000` serves the site.
    static let localBaseURL = "http://localhost:8000/"

    @Option(help: "Guides rendered at once (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var dates: DateOptions

    @OptionGroup var cache: CacheOptions

    func validate() throws {
        if let baseURL, !ProjectSettings.isValidBaseURL(baseURL) {
            throw ValidationError("--base-url must be an http or https address such as https://help.example.org/, not '\(baseURL)'")
        }
        if jobs < 1 {
            throw ValidationError("--jobs must be at least 1")
        }
    }

    func run() throws {
        let project = try ProjectLookup.current()
        let settings = project.settings
        let here = WorkingDirectory.path
        let guides = project.path(flag: self.guides, setting: settings.guides, default: "guides", from: here)
        // A templates folder overrides the built-in theme: the one named, else templates/ when it exists.
        var templates: String? = project.path(flag: self.templates, setting: settings.templates, default: "templates", from: here).display
        if self.templates == nil, settings.templates == nil, let folder = templates,
           !FileManager.default.fileExists(atPath: WorkingDirectory.resolve(folder)) {
            templates = nil
        }
        let output = project.path(flag: self.output, setting: settings.output, default: "output", from: here)
        let baseURL = self.baseURL ?? settings.baseURL?.value ?? Self.localBaseURL
        let terminal = Terminal.current
        if baseURL == Self.localBaseURL {
            terminal.err("pathguide: warning: the base URL is \(Self.localBaseURL), so the printed sheets' QR codes point at this computer; set base-url in \(project.file ?? GuideLoader.projectFileName) or pass --base-url\n")
        }
        var build = SiteBuild(guides: guides.display, templates: templates, output: output.display,
                              baseURL: baseURL.hasSuffix("/") ? baseURL : baseURL + "/",
                              context: try dates.context(in: project), jobs: jobs,
                              workspace: WorkingDirectory.workspace, cache: cache.folder(in: project))
        build.languages = settings.languages.isEmpty ? nil : Set(settings.languages.map(\.value))
        build.siteWords = Self.siteWords(title: settings.title, description: settings.description)
        let outcome = try build.run()
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
