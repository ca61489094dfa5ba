import PathguideDiagnostics
import PathguideMarkdown

/// Checks the links of one Markdown file: relative ones must name a file or folder beside it.
///
/// Fragments are not checked here: heading ids are the site generator's choice (Hugo, Jekyll
/// and MkDocs each make them differently), and the built HTML is where they can be seen.
struct MarkdownFileCheck {
    /// The file, relative to the Markdown folder.
    let file: String
    let links: [CommonMark.Link]
    let folder: SiteFolder
    let display: DisplayRoot

    func run(into findings: inout PageReport) {
        let directory = Array(file.split(separator: "/").map(String.init).dropLast())
        let shownFile = display.path(file)
        for link in links {
            let here = SourceLocation(file: shownFile, line: link.line, column: link.column)
            func subject() -> String { link.isImage ? "image \(LinkWording.quoted(link.url))" : "link to \(LinkWording.quoted(link.url))" }
            let missingRule: LinkRule = link.isImage ? .missingImage : .brokenLink
            switch LinkReference(link.url, navigates: !link.isImage) {
            case let .external(address):
                findings.items.append(.external(ExternalLink(url: address, location: here)))
            case let .forbidden(scheme, reason):
                findings.report(.invalidLink, at: here, "\(scheme): \(link.isImage ? "image" : "link") \(LinkWording.quoted(link.url)) is not allowed; \(reason)")
            case let .malformed(reason):
                findings.report(.invalidLink, at: here, "address \(LinkWording.quoted(link.url)) cannot work; \(reason)")
            case .otherScheme:
                break
            case let .local(path, _):
                guard !path.isEmpty else { continue }
                switch SitePath(resolving: path, from: directory) {
                case .outside:
                    findings.report(missingRule, at: here, "\(subject()) leads outside the Markdown folder")
                case let .inside(segments, _):
                    let target = segments.joined(separator: "/")
                    guard !folder.isFile(target), !folder.isDirectory(target) else { continue }
                    findings.report(missingRule, at: here,
                                    "\(subject()) does not resolve to a file or folder (looked for \(display.path(target)))")
                }
            }
        }
    }
}
