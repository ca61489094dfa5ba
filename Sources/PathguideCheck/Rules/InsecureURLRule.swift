import PathguideCore
import PathguideDiagnostics

/// A page the guide sends readers to, or cites as a source, over plain `http:` can be changed on
/// the way and makes browsers warn; most sites serve the same page over `https:`.
public struct InsecureURLRule: GuideRule {
    public static let description = RuleDescription(
        id: .insecureURL, defaultSeverity: .warning, name: "Insecure URL",
        summary: "Source, website and contact URLs should use https: a page over plain http can be altered on the way to the reader, and browsers warn about it.")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let guide = input.guide
        var diagnostics: [Diagnostic] = []
        func check(_ url: Located<String>?, _ what: String) {
            guard let url, url.value.utf8.count >= 7,
                  url.value.prefix(7).lowercased() == "http://" else { return }
            let secure = "https://" + url.value.dropFirst(7)
            diagnostics.append(diagnostic("\(what) '\(Wording.excerpt(url.value))' uses http; use '\(Wording.excerpt(secure))' if the site serves it", at: url.location))
        }
        for source in guide.sources { check(source.url, "source url") }
        for surface in guide.surfaces { check(surface.url, "website url") }
        for c in guide.channels.indices {
            for contact in guide.channels[c].contacts { check(contact.url, "contact url") }
        }
        return diagnostics
    }
}
