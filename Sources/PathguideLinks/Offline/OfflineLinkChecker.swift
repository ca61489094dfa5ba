import Foundation
import PathguideDiagnostics
import PathguideHTML
import PathguideMarkdown

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
        var findings = OfflineFindings()
        var pages = checkSite(into: &findings)
        if let markdownRoot {
            pages += checkMarkdown(in: markdownRoot, display: DisplayRoot(markdownDisplayRoot ?? markdownRoot.lastPathComponent),
                                   into: &findings)
        }
        return LinkCheckResult(
            diagnostics: findings.diagnostics.sorted(),
            pages: pages.sorted(),
            external: findings.external.sorted { ($0.location, $0.url) < ($1.location, $1.url) })
    }

    private func checkSite(into findings: inout OfflineFindings) -> [String] {
        let display = DisplayRoot(displayRoot)
        guard let site = folder(root, display: display, into: &findings) else { return [] }
        let pages = site.files.filter(SiteFolder.isPage)
        // Each page is read, parsed and checked on its own, and only its report is kept.
        let reports = pages.concurrentMap { page -> PageReport? in
            guard let data = try? Data(contentsOf: site.url(of: page)) else { return nil }
            let document = data.withUnsafeBytes { HTMLDocument.parse($0) }
            return HTMLPageCheck(page: page, document: document, site: site, display: display).run()
        }
        var anchors = AnchorIndex()
        for (page, report) in zip(pages, reports) {
            if let report { anchors.record(report.anchors, for: page) }
        }
        for (page, report) in zip(pages, reports) {
            guard let report else {
                findings.report(.unreadablePage, at: SourceLocation(file: display.path(page), line: 1, column: 1), "cannot read this page")
                continue
            }
            report.resolve(anchors: &anchors, site: site, into: &findings)
        }
        return pages.map(display.path)
    }

    private func checkMarkdown(in root: URL, display: DisplayRoot, into findings: inout OfflineFindings) -> [String] {
        guard let folder = folder(root, display: display, into: &findings) else { return [] }
        let files = folder.files.filter { $0.lowercased().hasSuffix(".md") }
        let parsed = files.concurrentMap { file -> [CommonMark.Link]? in
            guard let data = try? Data(contentsOf: folder.url(of: file)) else { return nil }
            return CommonMark.links(in: String(decoding: data, as: UTF8.self))
        }
        for (file, links) in zip(files, parsed) {
            guard let links else {
                findings.report(.unreadablePage, at: SourceLocation(file: display.path(file), line: 1, column: 1), "cannot read this file")
                continue
            }
            MarkdownFileCheck(file: file, links: links, folder: folder, display: display).run(into: &findings)
        }
        return files.map(display.path)
    }

    private func folder(_ url: URL, display: DisplayRoot, into findings: inout OfflineFindings) -> SiteFolder? {
        do {
            return try SiteFolder(root: url)
        } catch {
            findings.report(.unreadablePage, at: nil, "cannot read the folder '\(display.path(""))'")
            return nil
        }
    }
}
