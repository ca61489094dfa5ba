/// One address in a page: an `href`, a `src`, one candidate of a `srcset`, a form's `action`,
/// the URL in a `<meta http-equiv="refresh">`.
public struct HTMLLink: Hashable, Sendable {
    /// What following the address does, which decides how a missing target is reported.
    public enum Kind: String, Hashable, Sendable {
        /// The reader goes there: `a`, `area`, `form`, a refresh, `link rel=canonical`.
        case navigation
        /// The browser loads it into this page: images, scripts, stylesheets, frames, media.
        case resource
    }

    /// The address with character references decoded (`&amp;` is `&`) and surrounding
    /// white space removed, otherwise as written: not resolved, not percent-decoded.
    public var url: String
    public var kind: Kind
    /// The element's name in lower case: `a`, `img`, `link`.
    public var tag: String
    /// The attribute the address came from: `href`, `src`, `srcset`, `xlink:href`.
    public var attribute: String
    /// For `link` elements, the `rel` value in lower case (`stylesheet`, `canonical`); otherwise `nil`.
    public var rel: String?
    /// Where the address itself starts, inside the quotes, so a finding points at the value.
    public var position: HTMLPosition
    /// Where the element's start tag begins.
    public var elementPosition: HTMLPosition

    public init(url: String, kind: Kind, tag: String, attribute: String, rel: String? = nil,
                position: HTMLPosition, elementPosition: HTMLPosition) {
        self.url = url
        self.kind = kind
        self.tag = tag
        self.attribute = attribute
        self.rel = rel
        self.position = position
        self.elementPosition = elementPosition
    }
}

extension HTMLLink.Kind {
    /// `rel` values that make the browser load the target into the page rather than offer it to the reader.
    private static let resourceRelations: Set<Substring> = [
        "stylesheet", "icon", "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon",
        "manifest", "preload", "prefetch", "modulepreload",
    ]

    private static let resourceRelationBytes = resourceRelations.map { Array($0.utf8) }

    /// What a `<link href>` is, from its `rel`.
    init(rel: String?) {
        guard let rel, !rel.isEmpty else {
            self = .navigation
            return
        }
        if rel.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: the tokens are the runs between white space bytes, compared ignoring case.
            let tokens = rel.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) })
            self = tokens.contains { token in
                Self.resourceRelationBytes.contains { name in
                    name.count == token.count && zip(name, token).allSatisfy { $0 == ($1 | (($1 >= 0x41 && $1 <= 0x5A) ? 0x20 : 0)) }
                }
            } ? .resource : .navigation
            return
        }
        let tokens = (rel ?? "").lowercased().split(whereSeparator: { $0.isWhitespace })
        self = tokens.contains(where: Self.resourceRelations.contains) ? .resource : .navigation
    }
}
