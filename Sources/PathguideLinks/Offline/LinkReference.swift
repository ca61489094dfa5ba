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
        if let plain = PlainAddress(written) {
            self = Self.classify(plain, navigates: navigates)
        } else {
            self.init(characterwise: written, navigates: navigates)
        }
    }

    /// The reading for any address, by characters.
    init(characterwise written: String, navigates: Bool) {
        // As the URL standard does: tabs and line breaks anywhere are dropped, so
        // "java\nscript:" is still javascript.
        let address = written.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
            ? written.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
            : written
        if let scheme = Self.scheme(of: address) {
            if scheme == "http" || scheme == "https" {
                let rest = address.dropFirst(scheme.count + 1)
                guard rest.hasPrefix("//"), let host = rest.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false).first,
                      !host.isEmpty, !host.hasPrefix("?"), !host.hasPrefix("#") else {
                    self = .malformed(reason: "it has no host")
                    return
                }
                self = .external(Self.withoutFragment(address))
            } else {
                self = Self.other(scheme: scheme, navigates: navigates)
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

    /// The same reading for an address of ASCII characters without tabs and line breaks, where
    /// every byte is a character: by its bytes.
    private static func classify(_ plain: PlainAddress, navigates: Bool) -> LinkReference {
        let address = plain.text
        if let scheme = scheme(of: address) {
            guard scheme == "http" || scheme == "https" else { return other(scheme: scheme, navigates: navigates) }
            // "//", then a host: anything up to the next "/" that is not empty and starts with neither "?" nor "#".
            let hostStart = scheme.utf8.count + 3
            guard plain.byte(at: hostStart - 2) == UInt8(ascii: "/"), plain.byte(at: hostStart - 1) == UInt8(ascii: "/"),
                  let first = plain.byte(at: hostStart), first != UInt8(ascii: "/"), first != UInt8(ascii: "?"), first != UInt8(ascii: "#")
            else { return .malformed(reason: "it has no host") }
            return .external(plain.prefix(upTo: plain.hash))
        }
        if plain.byte(at: 0) == UInt8(ascii: "/"), plain.byte(at: 1) == UInt8(ascii: "/") {
            // A protocol-relative address takes the page's scheme; published pages are served over https.
            return .external("https:" + plain.prefix(upTo: plain.hash))
        }
        let utf8 = address.utf8
        let pathEnd = min(plain.question ?? utf8.count, plain.hash ?? utf8.count)
        let fragment = plain.hash.map { address[utf8.index(utf8.startIndex, offsetBy: $0 + 1)...] }
        return .local(path: address[..<utf8.index(utf8.startIndex, offsetBy: pathEnd)], fragment: fragment)
    }

    /// Every scheme but http and https.
    private static func other(scheme: String, navigates: Bool) -> LinkReference {
        switch scheme {
        case "javascript", "vbscript":
            .forbidden(scheme: scheme, reason: "it runs code instead of leading somewhere")
        case "file":
            .forbidden(scheme: scheme, reason: "it only works on the computer that built the site")
        case "data" where navigates:
            .forbidden(scheme: scheme, reason: "browsers refuse to open data: addresses from a link")
        default:
            .otherScheme
        }
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

/// An address whose bytes are all ASCII and none a tab or line break, with where its first
/// "#" and its first "?" before that are.
private struct PlainAddress {
    let text: String
    let hash: Int?
    let question: Int?

    init?(_ text: String) {
        var copy = text
        let found = copy.withUTF8 { bytes -> (hash: Int?, question: Int?)? in
            var hash: Int?
            var question: Int?
            for (offset, byte) in bytes.enumerated() {
                if byte >= 0x80 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return nil }
                if byte == UInt8(ascii: "#"), hash == nil { hash = offset }
                if byte == UInt8(ascii: "?"), question == nil, hash == nil { question = offset }
            }
            return (hash, question)
        }
        guard let found else { return nil }
        self.text = copy
        hash = found.hash
        question = found.question
    }

    func byte(at offset: Int) -> UInt8? {
        let utf8 = text.utf8
        return offset < utf8.count ? utf8[utf8.index(utf8.startIndex, offsetBy: offset)] : nil
    }

    /// The text before `end`, or all of it.
    func prefix(upTo end: Int?) -> String {
        guard let end else { return text }
        return String(text[..<text.utf8.index(text.utf8.startIndex, offsetBy: end)])
    }
}
