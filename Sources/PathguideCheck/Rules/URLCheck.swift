/// Checks URLs, phone numbers and email addresses by hand, character by character.
///
/// Foundation's `URL` accepts and repairs too much (it percent-encodes spaces, guesses missing
/// parts, and differs between platforms), and what a browser does with a link is what matters:
/// so the rules here are few, strict and the same everywhere.
enum URLCheck {
    /// Why a URL is refused: one line, and optionally how to fix it.
    struct Problem: Equatable {
        var message: String
        var explanation: String?
    }

    /// Schemes a guide may link to: web pages, phone numbers and email addresses.
    static let linkSchemes = ["https", "http", "tel", "mailto"]
    /// Schemes of a page a source or a website surface is read from.
    static let pageSchemes = ["https", "http"]

    /// Schemes that make a link do something other than open a page, with what they do.
    private static let dangerousSchemes = [
        "javascript": "runs code in the reader's browser",
        "vbscript": "runs code in the reader's browser",
        "data": "can carry a page or script that runs in the reader's browser",
        "file": "reads files on the reader's own computer",
    ]

    static func problem(in url: String, allowing schemes: [String]) -> Problem? {
        func quoted() -> String { "url '\(Wording.excerpt(url))'" }
        if url.isEmpty { return Problem(message: "the url is empty") }
        let scheme = self.scheme(of: url)
        if url.unicodeScalars.contains(where: Wording.isControl) {
            return Problem(message: "\(quoted()) contains a control character")
        }
        if url.unicodeScalars.contains(where: { Wording.isWhitespace($0) && !(scheme == "tel" && $0 == " ") }) {
            return Problem(message: "\(quoted()) contains whitespace; write a space as %20")
        }
        guard let scheme else {
            let full = url.hasPrefix("//") ? "https:" + url : "https://" + url
            return Problem(message: "\(quoted()) has no scheme; write it in full, like '\(Wording.excerpt(full))'")
        }
        if let effect = dangerousSchemes[scheme] {
            return Problem(message: "\(quoted()) uses '\(scheme):', which \(effect); link to an https page instead",
                           explanation: "A guide is published as a web page; a link there must open a page, a phone call or an email, never run code or read the reader's files.")
        }
        guard schemes.contains(scheme) else {
            return Problem(message: "\(quoted()) uses '\(scheme):'; only \(Wording.list(schemes)) links are allowed here")
        }
        if !hasValidPercentEscapes(url) {
            return Problem(message: "\(quoted()) has a '%' that is not followed by two hex digits")
        }
        let rest = String(url.unicodeScalars.dropFirst(scheme.unicodeScalars.count + 1))
        switch scheme {
        case "http", "https": return webProblem(rest, quoted: quoted, scheme: scheme)
        case "tel" where !isPhoneNumber(rest):
            return Problem(message: "\(quoted()) is not a phone number; after 'tel:' write only digits, spaces, dots and + - ( )")
        case "mailto" where !isEmailAddress(String(rest.prefix { $0 != "?" })):
            return Problem(message: "\(quoted()) needs an address like name@example.com after 'mailto:'")
        default: return nil
        }
    }

    /// The lowercased scheme, if the URL starts with one (`[A-Za-z][A-Za-z0-9+.-]*:`).
    static func scheme(of url: String) -> String? {
        var scheme = ""
        for (i, c) in url.unicodeScalars.enumerated() {
            if c == ":" { return i == 0 ? nil : scheme.lowercased() }
            let letter = ("a"..."z").contains(c) || ("A"..."Z").contains(c)
            guard letter || (i > 0 && (("0"..."9").contains(c) || c == "+" || c == "." || c == "-")) else { return nil }
            scheme.unicodeScalars.append(c)
        }
        return nil
    }

    private static func webProblem(_ rest: String, quoted: () -> String, scheme: String) -> Problem? {
        if isPlainWebAddress(rest) { return nil }
        if rest.contains("\\") {
            return Problem(message: "\(quoted()) contains a backslash; use '/'")
        }
        guard rest.hasPrefix("//") else {
            return Problem(message: "\(quoted()) has no host; write it like '\(scheme)://example.com/…'")
        }
        let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if authority.isEmpty {
            return Problem(message: "\(quoted()) has no host")
        }
        if authority.contains("@") {
            return Problem(message: "\(quoted()) has a user name or password before '@'; links must not carry credentials",
                           explanation: "The part before '@' also disguises where a link goes: https://shop.example@evil.example opens evil.example.")
        }
        var host = Substring(authority)
        var port: Substring?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else {
                return Problem(message: "\(quoted()) has an invalid host '\(Wording.excerpt(String(authority)))'")
            }
            let address = host[host.index(after: host.startIndex)..<close]
            let after = host[host.index(after: close)...]
            guard !address.isEmpty, address.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }),
                  after.isEmpty || after.hasPrefix(":") else {
                return Problem(message: "\(quoted()) has an invalid host '\(Wording.excerpt(String(authority)))'")
            }
            port = after.isEmpty ? nil : after.dropFirst()
            host = address
        } else if let colon = host.lastIndex(of: ":") {
            port = host[host.index(after: colon)...]
            host = host[..<colon]
            guard isHostName(host) else {
                return Problem(message: "\(quoted()) has an invalid host '\(Wording.excerpt(String(host)))'")
            }
        } else if !isHostName(host) {
            return Problem(message: "\(quoted()) has an invalid host '\(Wording.excerpt(String(host)))'")
        }
        if let port, !(port.count <= 5 && port.allSatisfy { $0.isASCII && $0.isNumber } && (Int(port).map { (1...65535).contains($0) } ?? false)) {
            return Problem(message: "\(quoted()) has an invalid port '\(Wording.excerpt(String(port)))'")
        }
        return nil
    }

    /// Whether an ASCII `//host[:port]…` passes every test of `webProblem`, read byte by byte;
    /// false sends anything else, including every problem, through `webProblem`'s own tests.
    /// (Control characters, whose line breaks would make bytes and characters differ, were
    /// refused before.)
    static func isPlainWebAddress(_ rest: String) -> Bool {
        let bytes = Array(rest.utf8)
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "/"), bytes[1] == UInt8(ascii: "/"),
              bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\\") }) else { return false }
        let end = bytes[2...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.count
        let authority = bytes[2..<end]
        guard !authority.isEmpty, !authority.contains(UInt8(ascii: "@")), authority.first != UInt8(ascii: "[") else { return false }
        var host = authority
        if let colon = authority.lastIndex(of: UInt8(ascii: ":")) {
            let port = authority[(colon + 1)...]
            guard (1...5).contains(port.count), port.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                  let number = Int(String(decoding: port, as: UTF8.self)), (1...65535).contains(number) else { return false }
            host = authority[..<colon]
        }
        // ASCII labels: letters, digits and inner hyphens, 1 to 63 of them; a final dot is allowed.
        var labels = host.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        if labels.count > 1, labels.last?.isEmpty == true { labels.removeLast() }
        return !labels.isEmpty && labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
                && label.allSatisfy { byte in
                    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                }
        }
    }

    /// Dot-separated labels of letters (any script, for internationalised names), digits and
    /// inner hyphens; a final dot is allowed.
    static func isHostName(_ host: Substring) -> Bool {
        var labels = host.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count > 1, labels.last == "" { labels.removeLast() }
        return !labels.isEmpty && labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { c in
                    ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "-"
                        || (!c.isASCII && c.properties.isAlphabetic)
                }
        }
    }

    /// Every '%' followed by two ASCII hex digits. Read as bytes: a character after '%' that is
    /// not ASCII fails either way.
    private static func hasValidPercentEscapes(_ url: String) -> Bool {
        func isHexDigit(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
        }
        let bytes = url.utf8
        var i = bytes.startIndex
        while let percent = bytes[i...].firstIndex(of: UInt8(ascii: "%")) {
            let first = bytes.index(after: percent)
            guard first != bytes.endIndex, isHexDigit(bytes[first]) else { return false }
            let second = bytes.index(after: first)
            guard second != bytes.endIndex, isHexDigit(bytes[second]) else { return false }
            i = bytes.index(after: percent)
        }
        return true
    }

    /// Digits with the separators people write between them (`+86 (571) 8815-8198`).
    static func isPhoneNumber(_ text: String) -> Bool {
        text.unicodeScalars.contains { ("0"..."9").contains($0) }
            && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || "+-(). ".unicodeScalars.contains($0) }
    }

    /// `local@domain.tld`: one '@', something before it, a host name with a dot after it.
    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty else { return false }
        let localIsClean = local.unicodeScalars.allSatisfy { !Wording.isWhitespace($0) && !Wording.isControl($0) && !"<>()[],;:\"".unicodeScalars.contains($0) }
        return localIsClean && domain.contains(".") && isHostName(domain)
    }
}
