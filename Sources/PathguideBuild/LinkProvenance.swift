import Foundation
import PathguideCore
import PathguideDiagnostics
import PathguideLoader

/// Maps what `links` finds back to the guides the site was built from, so a broken link names
/// the YAML line to fix and not only the generated page.
///
/// Two kinds of evidence: an address a guide declares (a source's or website's `url`, a
/// contact's `url`, phone number or email address) points at exactly that line; any other
/// finding on a platform's pages (`<locale>/<platform>/…`) points at the guide's platform id.
public struct LinkProvenance {
    private var addresses: [String: SourceLocation] = [:]
    private var platforms: [String: SourceLocation] = [:]

    /// Reads the guides in `folder` (quietly: `check` is the place for their problems).
    public init(guidesFolder: String?, workspace: Workspace) {
        guard let folder = guidesFolder, let files = try? GuideFiles.collect([folder], in: workspace) else { return }
        let loader = GuideLoader(keepsText: false)
        for file in files {
            guard let guide = loader.load(contentsOf: file.path, displayPath: file.display, within: file.root).guide else { continue }
            platforms[guide.platform.id.value] = guide.platform.id.location
            for source in guide.sources { record(source.url) }
            for surface in guide.surfaces { record(surface.url) }
            for channel in guide.channels {
                for contact in channel.contacts {
                    record(contact.url)
                    if let value = contact.value {
                        switch contact.kind.value {
                        case .phone: record(Located("tel:" + value.value.filter { !$0.isWhitespace }, at: value.location))
                        case .email: record(Located("mailto:" + value.value, at: value.location))
                        default: break
                        }
                    }
                }
            }
        }
    }

    private mutating func record(_ url: Located<String>?) {
        guard let url, addresses[url.value] == nil else { return }
        addresses[url.value] = url.location
    }

    /// `diagnostic` with a note naming the guide line it came from, when one is known.
    /// `page` is the finding's file relative to the site root; `url` the link's address, if known.
    public func annotate(_ diagnostic: Diagnostic, page: String, url: String?) -> Diagnostic {
        var annotated = diagnostic
        if let url, let location = addresses[url] ?? addresses[Self.withoutFragment(url)] {
            annotated.notes.append(Diagnostic.Note(location: location, message: "the link comes from this guide line"))
        } else if let platform = Self.platform(ofPage: page), let location = platforms[platform] {
            annotated.notes.append(Diagnostic.Note(location: location, message: "the page is generated from this guide"))
        }
        return annotated
    }

    /// `en/taobao/sheet/index.html` → `taobao`; markdown `en/taobao.md` → `taobao`.
    static func platform(ofPage page: String) -> String? {
        let parts = page.split(separator: "/")
        if parts.count >= 3 { return String(parts[1]) }
        if parts.count == 2, parts[1].hasSuffix(".md") { return String(parts[1].dropLast(3)) }
        return nil
    }

    static func withoutFragment(_ url: String) -> String {
        url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? url
    }
}
