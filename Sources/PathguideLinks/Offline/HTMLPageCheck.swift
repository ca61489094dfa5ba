import Foundation
import PathguideDiagnostics
import PathguideHTML

/// Checks one parsed page: its duplicate ids, then each of its links against the site folder.
///
/// Pages are checked in parallel, each on its own: everything but a fragment in another page
/// is settled here, and such fragments wait in the page's report until every page's anchors
/// are known. The report keeps the findings in the order a page-by-page check makes them.
struct HTMLPageCheck {
    /// The page, relative to the site folder.
    let page: String
    let document: HTMLDocument
    let site: SiteFolder
    let display: DisplayRoot

    /// Where relative addresses start and what an address without a path (`#x`, `?q`, `""`)
    /// means: the page itself, unless a `<base href>` says otherwise.
    private struct Base {
        var directory: [String]
        var document: [String]
        var documentIsDirectory: Bool
        /// Set when `<base href>` is an http(s) address: every relative link then leaves the site.
        var external: URL?
    }

    func run() -> PageReport {
        var report = PageReport(anchors: Set(document.anchors.map(\.name)))
        let file = display.path(page)
        if let excess = document.nestingLimitExceeded {
            report.report(.unreadablePage, at: SourceLocation(file: file, line: excess.line, column: excess.column),
                          "elements are nested more than \(HTMLDocument.nestingLimit) deep here, so the rest of the page is not checked")
        }
        if let excess = document.attributeLimitExceeded {
            report.report(.unreadablePage, at: SourceLocation(file: file, line: excess.line, column: excess.column),
                          "this tag has more than \(HTMLDocument.attributeLimit) attributes, so the rest of the page is not checked")
        }
        reportDuplicateIDs(file: file, into: &report)
        let base = resolveBase(file: file, into: &report)
        for link in document.links {
            check(link, base: base, file: file, into: &report)
        }
        return report
    }

    private func reportDuplicateIDs(file: String, into findings: inout PageReport) {
        func location(_ position: HTMLPosition) -> SourceLocation {
            SourceLocation(file: file, line: position.line, column: position.column)
        }
        var first: [String: HTMLAnchor] = [:]
        for anchor in document.anchors where anchor.isID {
            guard let earlier = first[anchor.name] else {
                first[anchor.name] = anchor
                continue
            }
            findings.report(
                .duplicateAnchor, at: location(anchor.position),
                "id '\(anchor.name)' is used more than once in this page; a link to '#\(anchor.name)' lands on the first",
                notes: [Diagnostic.Note(location: location(earlier.position), message: "id '\(anchor.name)' is first used here")])
        }
    }

    private func resolveBase(file: String, into findings: inout PageReport) -> Base {
        let segments = page.split(separator: "/").map(String.init)
        let pageBase = Base(directory: Array(segments.dropLast()), document: segments, documentIsDirectory: false)
        guard let link = document.base else { return pageBase }
        switch LinkReference(link.url, navigates: true) {
        case let .external(address):
            var base = pageBase
            base.external = URL(string: address)
            return base
        case let .local(path, _) where !path.isEmpty:
            switch SitePath(resolving: path, from: pageBase.directory) {
            case let .inside(segments, isDirectory):
                return Base(directory: isDirectory ? segments : Array(segments.dropLast()),
                            document: segments, documentIsDirectory: isDirectory)
            case .outside:
                findings.report(.brokenLink, at: SourceLocation(file: file, line: link.position.line, column: link.position.column),
                                "base address \(LinkWording.quoted(link.url)) leads outside the site folder")
                return pageBase
            }
        default:
            return pageBase
        }
    }

    private func check(_ link: HTMLLink, base: Base, file: String, into findings: inout PageReport) {
        let here = SourceLocation(file: file, line: link.position.line, column: link.position.column)
        let missingRule: LinkRule = link.kind == .navigation ? .brokenLink : .missingImage
        switch LinkReference(link.url, navigates: link.kind == .navigation) {
        case let .external(address):
            findings.items.append(.external(ExternalLink(url: address, location: here)))
        case let .forbidden(scheme, reason):
            let what = link.kind == .navigation ? "link" : LinkWording.noun(for: link)
            findings.report(.invalidLink, at: here, "\(scheme): \(what) \(LinkWording.quoted(link.url)) is not allowed; \(reason)")
        case let .malformed(reason):
            findings.report(.invalidLink, at: here, "address \(LinkWording.quoted(link.url)) cannot work; \(reason)")
        case .otherScheme:
            break
        case let .local(path, fragment):
            if let external = base.external {
                // Relative to an off-site base, the address is an external one.
                if let resolved = URL(string: link.url, relativeTo: external)?.absoluteString {
                    findings.items.append(.external(ExternalLink(url: resolved.split(separator: "#", maxSplits: 1).first.map(String.init) ?? resolved, location: here)))
                } else {
                    findings.report(.invalidLink, at: here, "address \(LinkWording.quoted(link.url)) cannot be read as a URL")
                }
                return
            }
            if link.url.isEmpty, link.kind == .resource {
                findings.report(missingRule, at: here, "\(LinkWording.noun(for: link)) has an empty \(link.attribute)")
                return
            }
            let resolution = path.isEmpty
                ? SitePath.inside(segments: base.document, isDirectory: base.documentIsDirectory)
                : SitePath(resolving: path, from: base.directory)
            guard case let .inside(segments, isDirectory) = resolution else {
                findings.report(missingRule, at: here, "\(LinkWording.subject(of: link)) leads outside the site folder")
                return
            }
            switch LinkTarget(page: segments, isDirectory: isDirectory, in: site) {
            case let .missing(lookedFor):
                findings.report(missingRule, at: here,
                                "\(LinkWording.subject(of: link)) does not resolve to a file (looked for \(display.path(lookedFor)))")
            case let .file(target):
                // "#" and "#top" are the top of the page, by the HTML standard; other files have their own fragment rules.
                guard let fragment, !fragment.isEmpty, fragment.lowercased() != "top", SiteFolder.isPage(target) else { return }
                let pending = PendingFragment(fragment: String(fragment), target: target, page: page, location: here)
                if target == page {
                    pending.check(among: findings.anchors, into: &findings.items)
                } else {
                    findings.items.append(.fragment(pending))
                }
            }
        }
    }

}

/// A `#fragment` link into another page, checked once every page's anchors are known.
struct PendingFragment: Sendable {
    var fragment: String
    /// The page the link lands on, and the page it is on, relative to the site folder.
    var target: String
    var page: String
    var location: SourceLocation

    func check(among names: Set<String>, into items: inout [PageReport.Item]) {
        let decoded = PercentDecoding.decode(fragment) ?? fragment
        guard !names.contains(fragment), !names.contains(decoded) else { return }
        let place = target == page ? "this page" : "'\(target)'"
        items.append(.diagnostic(OfflineFindings.diagnostic(
            .missingFragment, at: location,
            "fragment '#\(fragment)' is not an id or name in \(place)" + Suggestion.phrase(for: decoded, among: names.sorted()))))
    }
}

/// What checking one page found, in the order it found it.
struct PageReport: Sendable {
    enum Item: Sendable {
        case diagnostic(Diagnostic)
        case external(ExternalLink)
        case fragment(PendingFragment)
    }

    /// The page's ids and names, which fragment links from other pages look for.
    var anchors: Set<String>
    var items: [Item] = []

    mutating func report(_ rule: LinkRule, at location: SourceLocation?, _ message: String, notes: [Diagnostic.Note] = []) {
        items.append(.diagnostic(OfflineFindings.diagnostic(rule, at: location, message, notes: notes)))
    }

    /// Adds the findings to `findings`, checking the fragments that wait for other pages.
    func resolve(anchors index: inout AnchorIndex, site: SiteFolder, into findings: inout OfflineFindings) {
        for item in items {
            switch item {
            case let .diagnostic(diagnostic):
                findings.diagnostics.append(diagnostic)
            case let .external(link):
                findings.external.append(link)
            case let .fragment(pending):
                var resolved: [Item] = []
                pending.check(among: index.anchors(in: pending.target, folder: site), into: &resolved)
                for case let .diagnostic(diagnostic) in resolved { findings.diagnostics.append(diagnostic) }
            }
        }
    }
}
