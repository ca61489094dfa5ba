import ArgumentParser
import Foundation
import PathguideBuild
import PathguideFileSystem
import PathguideDiagnostics
import PathguideLinks

/// `pathguide links [DIR] [--online] [--format …]`
struct LinksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Check that every link in a built site resolves: files, #fragments, and with --online, external addresses.",
        discussion: """
            Works on any folder of HTML (Hugo, MkDocs and Jekyll output too). Findings name the page, \
            line and column, and, for pathguide's own output, the guide line the link came from. \
            Exit status: 0 clean, 1 broken links, 2 the check could not run.
            """
    )

    @Argument(help: ArgumentHelp("The folder of HTML pages.", discussion: "Default: site/ in the project's output folder (output/site)."))
    var directory: String?

    @Option(help: "A folder of Markdown to check too (default: output/markdown when checking output/site).")
    var markdown: String?

    @Option(help: "The guides the site was built from, to name the guide line behind a broken link (default: guides/ if present).")
    var guides: String?

    @Flag(help: "Also check external http and https links over the network.")
    var online = false

    @Option(name: .customLong("base-url"), help: "The address the site is served from: links under it are checked as files of the site, never fetched.")
    var baseURL: String?

    @Option(help: "Skip external links matching this regular expression (repeatable).")
    var exclude: [String] = []

    @Option(help: "With --online: a cache of results, so a rerun does not ask the same hosts again.")
    var cache: String?

    @Option(name: .customLong("cache-ttl"), help: "With --online: seconds a cached result stays good.")
    var cacheTTL: Int?

    @Option(help: "With --online: seconds to wait for each request.")
    var timeout: Int?

    @Option(help: ArgumentHelp("With --online: statuses that count as working, such as 200-299,403.",
                               discussion: "Default: 200-299. Redirects are followed unless a 3xx status is listed."))
    var accept: String?

    @OptionGroup var report: ReportOptions

    func validate() throws {
        if let cacheTTL, cacheTTL < 0 { throw ValidationError("--cache-ttl must be zero or more seconds") }
        if let timeout, timeout < 1 { throw ValidationError("--timeout must be at least 1 second") }
        if let accept, Self.statuses(accept) == nil {
            throw ValidationError("--accept must list statuses or ranges such as 200-299,403, not '\(accept)'")
        }
        for pattern in exclude where (try? NSRegularExpression(pattern: pattern)) == nil {
            throw ValidationError("--exclude '\(pattern)' is not a valid regular expression")
        }
    }

    mutating func run() async throws {
        // Settings the flags leave open come from the project file.
        let project = try ProjectLookup.current(format: report.format)
        let settings = project.settings
        let here = WorkingDirectory.path
        if directory == nil {
            let output = project.path(flag: nil, setting: settings.output, default: "output", from: here).display
            directory = output == "." ? "site" : output + "/site"
        }
        if guides == nil, settings.guides != nil {
            guides = project.path(flag: nil, setting: settings.guides, default: "guides", from: here).display
        }
        baseURL = baseURL ?? settings.baseURL?.value
        let links = settings.links
        if exclude.isEmpty { exclude = links?.exclude.map(\.value) ?? [] }
        accept = accept ?? links?.accept?.value
        if cache == nil, let file = links?.cache {
            cache = project.path(flag: nil, setting: file, default: "", from: here).display
        }
        let timeout = self.timeout ?? links?.timeout?.value ?? 10
        let cacheTTL = self.cacheTTL ?? links?.cacheTTL?.value ?? 86_400
        try validate()
        let directory = self.directory!
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: WorkingDirectory.resolve(directory), isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ToolFailure(message: "no such directory: \(directory)")
        }
        let root = URL(fileURLWithPath: WorkingDirectory.resolve(directory))
        let markdownFolder = markdown ?? defaultMarkdownFolder()
        let offline = OfflineLinkChecker(
            root: root, displayRoot: Self.display(directory),
            markdownRoot: markdownFolder.map { URL(fileURLWithPath: WorkingDirectory.resolve($0)) },
            markdownDisplayRoot: markdownFolder.map(Self.display)
        )
        let result = offline.check()
        // A folder with nothing to check is almost always a wrong path in CI, not a clean site.
        guard !result.pages.isEmpty || !result.diagnostics.isEmpty else {
            throw ToolFailure(message: "no pages (*.html, *.htm) or Markdown files in \(directory); is it the folder the site was built into?")
        }
        var diagnostics = result.diagnostics
        // The site's own address (canonical links, language alternates) names files of the
        // site: check that they exist instead of asking the network about ourselves.
        let (ownPages, external) = SiteAddresses(baseURL: baseURL, root: root).partition(result.external)
        diagnostics += ownPages
        if online {
            let options = OnlineOptions(
                timeout: .seconds(timeout), acceptedStatuses: accept.flatMap(Self.statuses) ?? Set(200...299), excludes: exclude,
                cacheFile: cache.map { URL(fileURLWithPath: WorkingDirectory.resolve($0)) }, cacheTTL: .seconds(cacheTTL))
            diagnostics += await OnlineLinkChecker(options: options).check(external)
        }
        let guidesFolder = guides ?? (FileManager.default.fileExists(atPath: WorkingDirectory.resolve("guides")) ? "guides" : nil)
        let provenance = LinkProvenance(guidesFolder: guidesFolder, workspace: WorkingDirectory.workspace)
        let externalAt = Dictionary(result.external.map { ($0.location, $0.url) }, uniquingKeysWith: { first, _ in first })
        diagnostics = diagnostics.map { diagnostic in
            guard let location = diagnostic.location else { return diagnostic }
            return provenance.annotate(diagnostic, page: relativePage(location.file, markdownFolder: markdownFolder), url: externalAt[location])
        }
        var engine = DiagnosticEngine()
        engine.emit(contentsOf: diagnostics)
        let terminal = Terminal.current
        let context = ReportContext(
            toolName: "pathguide", toolVersion: Pathguide.version,
            rules: LinkRule.allCases.map(\.description), checkedFiles: result.pages,
            sourceLines: ReportContext.sourceLines(from: sourceTexts(for: engine.diagnostics, markdownFolder: markdownFolder, guidesFolder: guidesFolder)),
            useColor: terminal.isInteractive, strict: report.strict)
        terminal.out(report.format.formatter.format(engine.sorted, context: context))
        if engine.hasFailures(strict: report.strict) { throw ExitCode(1) }
    }

    /// `200-299,403` → the statuses; `nil` when any part is not a status from 100 to 599.
    static func statuses(_ list: String) -> Set<Int>? {
        var statuses = Set<Int>()
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(bounds.count), let low = bounds.first ?? nil, let high = bounds.last ?? nil,
                  100 <= low, low <= high, high <= 599 else { return nil }
            statuses.formUnion(low...high)
        }
        return statuses
    }

    /// The folder of pages, once `run` has settled it.
    private var site: String { directory ?? "output/site" }

    /// `output/markdown` beside the default `output/site`, when it exists.
    private func defaultMarkdownFolder() -> String? {
        let sibling = URL(fileURLWithPath: WorkingDirectory.resolve(site)).deletingLastPathComponent().appendingPathComponent("markdown").path
        guard URL(fileURLWithPath: site).lastPathComponent == "site", FileManager.default.fileExists(atPath: sibling) else { return nil }
        return Self.display(URL(fileURLWithPath: site).deletingLastPathComponent().appendingPathComponent("markdown").relativePath)
    }

    /// Folder names as the user wrote them, without a trailing slash.
    static func display(_ folder: String) -> String {
        var name = folder
        while name.count > 1, name.hasSuffix("/") { name.removeLast() }
        return name
    }

    /// A finding's file relative to the folder it was found in.
    private func relativePage(_ file: String, markdownFolder: String?) -> String {
        for root in [Self.display(site), markdownFolder.map(Self.display)].compactMap({ $0 }) where file.hasPrefix(root + "/") {
            return String(file.dropFirst(root.count + 1))
        }
        return file
    }

    /// The text of each file a finding points into, for the caret display: read again through
    /// the same door as when it was checked, and only from the folders the command read (the
    /// site, the Markdown, the guides), so a report quotes nothing but those files.
    private func sourceTexts(for diagnostics: [Diagnostic], markdownFolder: String?, guidesFolder: String?) -> [String: String] {
        let roots = [Self.display(site), markdownFolder.map(Self.display), guidesFolder.map(Self.display)].compactMap { $0 }
        var texts: [String: String] = [:]
        let unreadable = Set(diagnostics.filter { $0.ruleID == .unreadablePage }.compactMap { $0.location?.file })
        let files = Set(diagnostics.flatMap { [$0.location] + $0.notes.map(\.location) }.compactMap { $0?.file })
        for file in files.subtracting(unreadable) {
            guard let root = roots.first(where: { file.hasPrefix($0 + "/") }),
                  let bytes = try? InputFile.read(WorkingDirectory.resolve(file), display: file, within: WorkingDirectory.resolve(root), limit: 64 << 20)
            else { continue }
            texts[file] = String(validating: bytes, as: UTF8.self)
        }
        return texts
    }
}
