/// An address as written in a page, sorted into what the offline checker does with it.
enum LinkReference: Equatable {
    /// http, https or protocol-relative: collected for the online check, fragment removed.
    case external(String)
    /// A scheme that must never appear in a guide; `reason` says why, for the message.
    case forbidden(scheme: String, reason: String)
    /// An http or https address that cannot work as written.
    case malformed(reason: String)
    /// mailto:, tel:, sms: and every other scheme: nothing to check offline.
    case otherScheme
    /// A file in the site: `path` as written (still percent-encoded), without query or fragment.
    case local(path: Substring, fragment: Substring?)

    /// - Parameter navigates: whether following the address leaves the page (`href`) rather than
    ///   loading into it (`src`); `data:` is fine for an image and never for a link.
    init(_ written: String, navigates: Bool) {
        // As the URL standard does: tabs and line breaks anywhere are dropped, so
        // "java\nscript:" is still javascript.
        let address = written.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" })
            ? written.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
            : written
        if let scheme = Self.scheme(of: address) {
            switch scheme {
            case "http", "https":
                let rest = address.dropFirst(scheme.count + 1)
                guard rest.hasPrefix("//"), let host = rest.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false).first,
                      !host.isEmpty, !host.hasPrefix("?"), !host.hasPrefix("#") else {
                    self = .malformed(reason: "it has no host")
                    return
                }
                self = .external(Self.withoutFragment(address))
            case "javascript", "vbscript":
                self = .forbidden(scheme: scheme, reason: "it runs code instead of leading somewhere")
            case "file":
                self = .forbidden(scheme: scheme, reason: "it only works on the computer that built the site")
            case "data" where navigates:
                self = .forbidden(scheme: scheme, reason: "browsers refuse to open data: addresses from a link")
            default:
                self = .otherScheme
            }
            return
        }
        if address.hasPrefix("//") {
            // A protocol-relative address takes the page's scheme; published pages are served over https.
            self = .external("https:" + Self.withoutFragment(address))
            return
        }
        var path = Substring(address)
        var fragment: Substring?
        if let hash = path.firstIndex(of: "#") {
            fragment = path[path.index(after: hash)...]
            path = path[..<hash]
        }
        if let question = path.firstIndex(of: "?") { path = path[..<question] }
        self = .local(path: path, fragment: fragment)
    }

    /// The scheme in lower case, if the address starts with one (`[A-Za-z][A-Za-z0-9+.-]*:`).
    static func scheme(of address: String) -> String? {
        var scheme = ""
        for (index, character) in address.unicodeScalars.enumerated() {
            if character == ":" { return index == 0 ? nil : scheme.lowercased() }
            let isLetter = ("a"..."z").contains(character) || ("A"..."Z").contains(character)
            let isOther = ("0"..."9").contains(character) || character == "+" || character == "-" || character == "."
            guard isLetter || (index > 0 && isOther) else { return nil }
            scheme.unicodeScalars.append(character)
        }
        return nil
    }

    private static func withoutFragment(_ address: String) -> String {
        address.firstIndex(of: "#").map { String(address[..<$0]) } ?? address
    }
}
