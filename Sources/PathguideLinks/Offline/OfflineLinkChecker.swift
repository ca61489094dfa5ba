import Foundation
import PathguideDiagnostics
import PathguideFileSystem
import PathguideHTML
import PathguideMarkdown
import PathguideSupport

/// Checks a built site without the network, as `pathguide links` does by default: every
/// internal `href` and `src` resolves to a file, every `#fragment` to an id or name, no page
/// repeats an id, and no link uses a scheme that is never safe. External links are collected
/// for `OnlineLinkChecker`, not requested.
///
/// Addresses resolve the way a static web server and a browser resolve them: against the page
/// (or its `<base href>`), `/x` against the site folder, `%XX` decoded, `?query` ignored, and a
/// folder standing for its `index.html`. Each page is parsed once, all pages in parallel.
///
///     let checker = OfflineLinkChecker(root: URL(fileURLWithPath: "output/site"), displayRoot: "output/site",
///                                      markdownRoot: URL(fileURLWithPath: "output/markdown"))
///     let result = checker.check()
///     result.diagnostics  // output/site/en/index.html:12:10: error: link to 'amazn/index.html' …
public struct OfflineLinkChecker: Sendable {
    public let root: URL
    public let displayRoot: String
    public let markdownRoot: URL?
    public let markdownDisplayRoot: String?

    /// - Parameters:
    ///   - root: the built site, with `*.html` pages.
    ///   - displayRoot: how reports name `root`, usually as the user typed it (`output/site`).
    ///   - markdownRoot: a folder of `*.md` files whose relative links must name files or folders.
    ///   - markdownDisplayRoot: how reports name `markdownRoot`; its last path component by default.
    public init(root: URL, displayRoot: String, markdownRoot: URL? = nil, markdownDisplayRoot: String? = nil) {
        self.root = root
        self.displayRoot = displayRoot
        self.markdownRoot = markdownRoot
        self.markdownDisplayRoot = markdownDisplayRoot
    }

    public func check() -> LinkCheckResult {
        let siteDisplay = DisplayRoot(displayRoot)
        let site = Self.list(root, display: siteDisplay)
        let markdownDisplay = DisplayRoot(markdownDisplayRoot ?? markdownRoot?.lastPathComponent ?? "")
        let markdown = markdownRoot.map { Self.list($0, display: markdownDisplay) }
        // A page reached through a link to another page of the site is that page: checked once.
        let pages = site.folder.map { folder in folder.files.filter { SiteFolder.isPage($0) && !folder.aliases.contains($0) } } ?? []
        let markdownFiles = markdown?.folder?.files.filter { $0.lowercased().hasSuffix(".md") } ?? []

        // Pages and Markdown files share one queue: each is read, parsed and checked on its own,
        // and only its report is kept.
        let jobs = pages.map { Job.page($0) } + markdownFiles.map { Job.markdown($0) }
        let reports = jobs.parallelMap(jobs: ProcessInfo.processInfo.activeProcessorCount, state: Worker.init) { worker, job -> Result<PageReport, FileSystemError> in
            switch job {
            case let .page(page):
                let folder = site.folder!
                return worker.buffer.read(folder.path(of: page), display: siteDisplay.path(page), within: folder.root.path, rootDisplay: siteDisplay.path("")).map { bytes in
                    HTMLPageCheck(page: page, document: HTMLDocument.parse(bytes), site: folder, display: siteDisplay).run()
                }
            case let .markdown(file):
                let folder = markdown!.folder!
                return worker.buffer.read(folder.path(of: file), display: markdownDisplay.path(file), within: folder.root.path, rootDisplay: markdownDisplay.path("")).map { bytes in
                    var report = PageReport(anchors: [])
                    MarkdownFileCheck(file: file, links: worker.markdown.links(in: bytes), folder: folder, display: markdownDisplay)
                        .run(into: &report)
                    return report
                }
            }
        }

        // The findings are added in the order of a page-by-page check: the site's pages, then
        // the Markdown files.
        var findings = OfflineFindings()
        if let failure = site.failure { findings.diagnostics.append(failure) }
        if let folder = site.folder {
            var anchors = AnchorIndex()
            for (page, report) in zip(pages, reports) {
                if case let .success(report) = report { anchors.record(report.anchors, for: page) }
            }
            for (page, report) in zip(pages, reports) {
                switch report {
                case let .success(report):
                    report.resolve(anchors: &anchors, site: folder, into: &findings)
                case let .failure(error):
                    findings.report(.unreadablePage, at: SourceLocation(file: siteDisplay.path(page), line: 1, column: 1), "cannot read this page: it \(error.description)")
                }
            }
        }
        if let failure = markdown?.failure { findings.diagnostics.append(failure) }
        if let folder = markdown?.folder {
            var anchors = AnchorIndex()
            for (file, report) in zip(markdownFiles, reports[pages.count...]) {
                switch report {
                case let .success(report):
                    report.resolve(anchors: &anchors, site: folder, into: &findings)
                case let .failure(error):
                    findings.report(.unreadablePage, at: SourceLocation(file: markdownDisplay.path(file), line: 1, column: 1), "cannot read this file: it \(error.description)")
                }
            }
        }
        return LinkCheckResult(
            diagnostics: findings.diagnostics.sorted(),
            pages: (pages.map(siteDisplay.path) + markdownFiles.map(markdownDisplay.path)).sorted(),
            external: findings.external.sorted { ($0.location, $0.url) < ($1.location, $1.url) })
    }

    private enum Job: Sendable {
        case page(String)
        case markdown(String)
    }

    /// What each thread keeps from one file to the next.
    private struct Worker {
        let buffer = FileBuffer()
        let markdown = CommonMark.LinkReader()
    }

    /// A folder's files, or the finding that it cannot be listed.
    private static func list(_ url: URL, display: DisplayRoot) -> (folder: SiteFolder?, failure: Diagnostic?) {
        do {
            return (try SiteFolder(root: url), nil)
        } catch {
            return (nil, OfflineFindings.diagnostic(.unreadablePage, at: nil, "cannot read the folder '\(display.path(""))'"))
        }
    }
}
