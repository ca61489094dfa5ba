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
        let address = written.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
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
        if let hash = Self.firstIndex(of: "#", in: path) {
            fragment = path[path.index(after: hash)...]
            path = path[..<hash]
        }
        if let question = Self.firstIndex(of: "?", in: path) { path = path[..<question] }
        self = .local(path: path, fragment: fragment)
    }

    /// `firstIndex(of:)` by characters, searching the bytes when the text is ASCII, where
    /// every byte is a character.
    private static func firstIndex(of character: Character, in text: Substring) -> Substring.Index? {
        let byte = character.asciiValue!
        var isASCII = true
        var found: Substring.Index?
        for index in text.utf8.indices {
            let unit = text.utf8[index]
            if unit >= 0x80 {
                isASCII = false
                break
            }
            if unit == byte, found == nil { found = index }
        }
        return isASCII ? found : text.firstIndex(of: character)
    }

    /// The scheme in lower case, if the address starts with one (`[A-Za-z][A-Za-z0-9+.-]*:`).
    static func scheme(of address: String) -> String? {
        var length = 0
        for byte in address.utf8 {
            if byte == UInt8(ascii: ":") {
                return length == 0 ? nil : String(decoding: address.utf8.prefix(length), as: UTF8.self).lowercased()
            }
            let lowered = byte | 0x20
            let isLetter = lowered >= UInt8(ascii: "a") && lowered <= UInt8(ascii: "z")
            let isOther = (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            guard isLetter || (length > 0 && isOther) else { return nil }
            length += 1
        }
        return nil
    }

    private static func withoutFragment(_ address: String) -> String {
        firstIndex(of: "#", in: Substring(address)).map { String(address[..<$0]) } ?? address
    }
}
