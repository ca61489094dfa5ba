import Foundation
import PathguideDiagnostics
import PathguideHTML

/// Checks one parsed page: its duplicate ids, then each of its links against the site folder.
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

    func run(anchors: inout AnchorIndex, into findings: inout OfflineFindings) {
        reportDuplicateIDs(into: &findings)
        let base = resolveBase(into: &findings)
        for link in document.links {
            check(link, base: base, anchors: &anchors, into: &findings)
        }
    }

    private func location(_ position: HTMLPosition) -> SourceLocation {
        SourceLocation(file: display.path(page), line: position.line, column: position.column)
    }

    private func reportDuplicateIDs(into findings: inout OfflineFindings) {
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

    private func resolveBase(into findings: inout OfflineFindings) -> Base {
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
                findings.report(.brokenLink, at: location(link.position),
                                "base address \(LinkWording.quoted(link.url)) leads outside the site folder")
                return pageBase
            }
        default:
            return pageBase
        }
    }

    private func check(_ link: HTMLLink, base: Base, anchors: inout AnchorIndex, into findings: inout OfflineFindings) {
        let here = location(link.position)
        let missingRule: LinkRule = link.kind == .navigation ? .brokenLink : .missingImage
        switch LinkReference(link.url, navigates: link.kind == .navigation) {
        case let .external(address):
            findings.external.append(ExternalLink(url: address, location: here))
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
                    findings.external.append(ExternalLink(url: resolved.split(separator: "#", maxSplits: 1).first.map(String.init) ?? resolved, location: here))
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
                if let fragment {
                    checkFragment(fragment, in: target, at: here, anchors: &anchors, into: &findings)
                }
            }
        }
    }

    private func checkFragment(_ fragment: Substring, in target: String, at here: SourceLocation,
                               anchors: inout AnchorIndex, into findings: inout OfflineFindings) {
        // "#" and "#top" are the top of the page, by the HTML standard; other files have their own fragment rules.
        guard !fragment.isEmpty, fragment.lowercased() != "top", SiteFolder.isPage(target) else { return }
        let names = anchors.anchors(in: target, folder: site)
        let decoded = PercentDecoding.decode(fragment) ?? String(fragment)
        guard !names.contains(String(fragment)), !names.contains(decoded) else { return }
        let place = target == page ? "this page" : "'\(target)'"
        findings.report(.missingFragment, at: here,
                        "fragment '#\(fragment)' is not an id or name in \(place)" + Suggestion.phrase(for: decoded, among: names.sorted()))
    }
}
