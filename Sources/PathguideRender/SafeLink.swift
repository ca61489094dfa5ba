/// A link destination the renderer is willing to write: an `https` or `http` page with a host,
/// or a `tel:` / `mailto:` address built from a phone number or email address that passed a
/// strict check. Anything else stays plain text in the document.
///
/// The checks are deliberately narrower than what browsers accept: a guide that fails them
/// still renders, just without the link, and `pathguide check` says why.
struct SafeLink: Sendable, Equatable {
    let destination: String

    private init(_ destination: String) {
        self.destination = destination
    }

    /// A Markdown file beside the one linking to it, named by a platform id (`taobao.md`): only
    /// lowercase letters, digits and hyphens, so the link cannot leave the folder.
    static func siblingMarkdown(platform id: String) -> SafeLink? {
        guard !id.isEmpty, id.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }) else { return nil }
        return SafeLink(id + ".md")
    }

    /// A URL as an author wrote it: a web page, or `tel:` / `mailto:` with a valid number or
    /// address (rebuilt from the checked value). Every other scheme is refused.
    static func parse(_ url: String) -> SafeLink? {
        let lower = url.lowercased()
        if lower.hasPrefix("tel:") { return phone(String(url.dropFirst(4))) }
        if lower.hasPrefix("mailto:") { return email(String(url.dropFirst(7))) }
        return web(url)
    }

    /// A web page: `https://` or `http://` (any case), a host made of letters, digits, dots and
    /// hyphens with an optional port, no credentials, and no whitespace or control characters.
    static func web(_ url: String) -> SafeLink? {
        if url.utf8.allSatisfy({ $0 < 0x80 }) { return webASCII(url) }
        let scalars = Array(url.unicodeScalars)
        guard !scalars.contains(where: { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) || $0.properties.isWhitespace || $0 == "\\" }) else { return nil }
        let lower = url.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = url.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = url.dropFirst(7)
        } else {
            return nil
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.contains("@") else { return nil }
        let host = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let name = host.first, isHostName(name) else { return nil }
        if host.count == 2 {
            let port = host[1]
            guard (1...5).contains(port.count), port.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(port), (1...65535).contains(number) else { return nil }
        }
        return SafeLink(url)
    }

    /// `web(_:)` for an ASCII address, the usual case, on bytes: with no whitespace or
    /// control characters allowed, each byte is one character.
    private static func webASCII(_ url: String) -> SafeLink? {
        let bytes = Array(url.utf8)
        // In ASCII every whitespace character is at most a space.
        guard !bytes.contains(where: { $0 <= 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }) else { return nil }
        let start: Int
        if hasPrefixIgnoringASCIICase(bytes, "https://") {
            start = 8
        } else if hasPrefixIgnoringASCIICase(bytes, "http://") {
            start = 7
        } else {
            return nil
        }
        let authority = bytes[start...].prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        guard !authority.contains(UInt8(ascii: "@")) else { return nil }
        let colon = authority.firstIndex(of: UInt8(ascii: ":"))
        guard isHostName(authority[..<(colon ?? authority.endIndex)]) else { return nil }
        if let colon {
            let port = authority[(colon + 1)...]
            guard (1...5).contains(port.count), port.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
            let number = port.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            guard (1...65535).contains(number) else { return nil }
        }
        return SafeLink(url)
    }

    /// Whether `bytes` start with `prefix` (lowercase ASCII) in any ASCII case.
    private static func hasPrefixIgnoringASCIICase(_ bytes: [UInt8], _ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { prefix in
            guard bytes.count >= prefix.count else { return false }
            for (byte, expected) in zip(bytes, prefix) {
                let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
                guard lower == expected else { return false }
            }
            return true
        }
    }

    /// `isHostName(_:)` on ASCII bytes.
    private static func isHostName(_ host: ArraySlice<UInt8>) -> Bool {
        host.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
                && label.allSatisfy { isASCIIAlphanumeric(Unicode.Scalar($0)) || $0 == UInt8(ascii: "-") }
        }
    }

    /// `tel:` for a number written with digits and the usual separators (`+86 (571) 8815-8198`):
    /// the separators are dropped, a leading `+` is kept.
    static func phone(_ number: String) -> SafeLink? {
        var digits = ""
        for (i, scalar) in number.unicodeScalars.enumerated() {
            switch scalar {
            case "0"..."9": digits.unicodeScalars.append(scalar)
            case "+" where i == 0: digits = "+"
            case " ", "-", "(", ")", ".": continue
            default: return nil
            }
        }
        let count = digits.filter(\.isNumber).count
        guard (3...20).contains(count) else { return nil }
        return SafeLink("tel:" + digits)
    }

    /// `mailto:` for a plain address: ASCII letters, digits and `.` `_` `%` `+` `-` before one
    /// `@`, and a host name with at least one dot after it.
    static func email(_ address: String) -> SafeLink? {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              parts[0].unicodeScalars.allSatisfy({ isASCIIAlphanumeric($0) || "._%+-".unicodeScalars.contains($0) }),
              isHostName(parts[1])
        else { return nil }
        return SafeLink("mailto:" + address)
    }

    private static func isHostName(_ host: Substring) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        return !labels.isEmpty && labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { isASCIIAlphanumeric($0) || $0 == "-" }
        }
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
