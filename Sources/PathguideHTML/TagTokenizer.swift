#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a page's tags the way gumbo's tokenizer does, without their values, to find where the
/// page first goes past one of `HTMLDocument`'s limits before gumbo is handed it.
///
/// Tokenizing follows the HTML standard as far as telling tags from text goes: tags and their
/// attributes, comments, DOCTYPEs, CDATA in SVG and MathML, and the raw text of `script`,
/// `style`, `textarea`, `title` and their kin (with the escape states of script data), so that
/// markup inside a script or a comment is not counted as elements. Attribute values are skipped,
/// not decoded: nothing here is a finding. Each start and end tag goes to a `NestingGauge`,
/// which follows how deep gumbo's tree would be; the tokenizer counts each tag's attributes.
struct TagTokenizer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let count: Int
    private var gauge: NestingGauge
    /// Whether the tag being read has `color`, `face` or `size`, which make `font` leave SVG and MathML.
    private var hasFontAttribute = false

    /// Thrown at the first tag that goes past one of `HTMLDocument`'s limits.
    struct LimitReached: Error, Equatable {
        enum Kind { case nesting, attributes }
        var kind: Kind
        /// Where that tag's `<` is.
        var offset: Int
    }

    /// How the tokenizer reads what follows a start tag, when the tree builder switches it.
    enum TextMode { case rawText, script, plaintext }

    /// Where gumbo would first open more than `limit` elements at once, by the gauge's upper
    /// bound, or the page first has a tag with more than `HTMLDocument.attributeLimit`
    /// attributes; `nil` when it never does.
    static func firstLimit(in bytes: UnsafeBufferPointer<UInt8>, limit: Int = HTMLDocument.nestingLimit) -> LimitReached? {
        var tokenizer = TagTokenizer(bytes: bytes, gauge: NestingGauge(bytes: bytes, limit: limit))
        do {
            try tokenizer.run()
        } catch let reached as LimitReached {
            return reached
        } catch {
            // Nothing else is thrown.
        }
        return nil
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, gauge: NestingGauge) {
        self.bytes = bytes
        self.count = bytes.count
        self.gauge = gauge
    }

    // MARK: - Tokenizer

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0C || byte == 0x0D
    }

    private static func isAlpha(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The first `byte` at or after `from`, or `count`.
    private func find(_ byte: UInt8, from: Int) -> Int {
        guard from < count, let base = bytes.baseAddress else { return count }
        guard let found = memchr(base + from, Int32(byte), count - from) else { return count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    private mutating func run() throws {
        var i = 0
        let lt = UInt8(ascii: "<")
        while i < count {
            let j = find(lt, from: i)
            guard j + 1 < count else { break }
            let next = bytes[j + 1]
            if Self.isAlpha(next) {
                i = try startTag(at: j)
            } else if next == UInt8(ascii: "/") {
                if j + 2 >= count {
                    i = count
                } else if Self.isAlpha(bytes[j + 2]) {
                    i = try endTag(at: j)
                } else if bytes[j + 2] == UInt8(ascii: ">") {
                    // `</>` emits no token.
                    i = j + 3
                } else {
                    i = skipPast(UInt8(ascii: ">"), from: j + 2)
                }
            } else if next == UInt8(ascii: "!") {
                i = markupDeclaration(at: j)
            } else if next == UInt8(ascii: "?") {
                i = skipPast(UInt8(ascii: ">"), from: j + 1)
            } else {
                i = j + 1
            }
        }
    }

    private func skipPast(_ byte: UInt8, from: Int) -> Int {
        min(find(byte, from: from) + 1, count)
    }

    private func startsWith(_ literal: StaticString, at offset: Int, ignoringCase: Bool) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard offset + length <= count else { return false }
        let pointer = literal.utf8Start
        for k in 0..<length {
            let byte = bytes[offset + k]
            if (ignoringCase ? Self.lowered(byte) : byte) != pointer[k] { return false }
        }
        return true
    }

    /// `<!--`, `<!DOCTYPE`, `<![CDATA[` or a bogus comment; none of them changes the tree.
    private func markupDeclaration(at j: Int) -> Int {
        if startsWith("<!--", at: j, ignoringCase: false) {
            var k = j + 4
            if k < count, bytes[k] == UInt8(ascii: ">") { return k + 1 }
            if k + 1 < count, bytes[k] == UInt8(ascii: "-"), bytes[k + 1] == UInt8(ascii: ">") { return k + 2 }
            while k < count {
                let dash = find(UInt8(ascii: "-"), from: k)
                guard dash + 1 < count else { return count }
                guard bytes[dash + 1] == UInt8(ascii: "-") else {
                    k = dash + 1
                    continue
                }
                var q = dash + 2
                while q < count, bytes[q] == UInt8(ascii: "-") { q += 1 }
                guard q < count else { return count }
                if bytes[q] == UInt8(ascii: ">") { return q + 1 }
                if bytes[q] == UInt8(ascii: "!"), q + 1 < count, bytes[q + 1] == UInt8(ascii: ">") { return q + 2 }
                k = q
            }
            return count
        }
        if startsWith("<![CDATA[", at: j, ignoringCase: false), gauge.inForeignContent {
            var k = j + 9
            while k < count {
                let bracket = find(UInt8(ascii: "]"), from: k)
                if bracket + 2 >= count { return count }
                if bytes[bracket + 1] == UInt8(ascii: "]"), bytes[bracket + 2] == UInt8(ascii: ">") { return bracket + 3 }
                k = bracket + 1
            }
            return count
        }
        return skipPast(UInt8(ascii: ">"), from: j + 2)
    }

    /// Reads a tag's name and attributes from `<`; returns where it ends (after `>`), or
    /// `nil` when the page ends inside it (the standard drops such a tag).
    private mutating func readTag(at j: Int, nameStart: Int) throws -> (nameEnd: Int, end: Int, selfClosing: Bool)? {
        hasFontAttribute = false
        var attributeCount = 0
        var k = nameStart
        while k < count {
            let byte = bytes[k]
            if Self.isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">") { break }
            k += 1
        }
        let nameEnd = k
        while true {
            while k < count, Self.isWhitespace(bytes[k]) { k += 1 }
            guard k < count else { return nil }
            let byte = bytes[k]
            if byte == UInt8(ascii: ">") { return (nameEnd, k + 1, false) }
            if byte == UInt8(ascii: "/") {
                k += 1
                if k < count, bytes[k] == UInt8(ascii: ">") { return (nameEnd, k + 1, true) }
                continue
            }
            // gumbo drops a NUL that would start an attribute's name.
            if byte == 0 { k += 1 }
            let attributeStart = k
            attributeCount += 1
            // gumbo compares each attribute's name with every earlier one in the tag.
            if attributeCount > HTMLDocument.attributeLimit { throw LimitReached(kind: .attributes, offset: j) }
            // Outside a name `=` starts a value, but as the name's first character it is part of it.
            if byte != 0 { k += 1 }
            while k < count {
                let c = bytes[k]
                if Self.isWhitespace(c) || c == UInt8(ascii: "/") || c == UInt8(ascii: ">") || c == UInt8(ascii: "=") { break }
                k += 1
            }
            if !hasFontAttribute { hasFontAttribute = isFontAttribute(attributeStart, k) }
            while k < count, Self.isWhitespace(bytes[k]) { k += 1 }
            guard k < count, bytes[k] == UInt8(ascii: "=") else { continue }
            k += 1
            while k < count, Self.isWhitespace(bytes[k]) { k += 1 }
            guard k < count else { return nil }
            let first = bytes[k]
            if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                let close = find(first, from: k + 1)
                guard close < count else { return nil }
                k = close + 1
            } else if first != UInt8(ascii: ">") {
                while k < count, !Self.isWhitespace(bytes[k]), bytes[k] != UInt8(ascii: ">") { k += 1 }
                guard k < count else { return nil }
            }
        }
    }

    /// `color`, `face` or `size`, in any case.
    private func isFontAttribute(_ start: Int, _ end: Int) -> Bool {
        switch end - start {
        case 5: startsWith("color", at: start, ignoringCase: true)
        case 4: startsWith("face", at: start, ignoringCase: true) || startsWith("size", at: start, ignoringCase: true)
        default: false
        }
    }

    private func tag(_ start: Int, _ end: Int) -> Tag {
        let length = end - start
        if length <= 8 {
            var packed: UInt64 = 0
            for k in 0..<length {
                let byte = bytes[start + k]
                // gumbo turns a NUL in a name into U+FFFD, so `a` and a NUL is no `a` (yet packs like one).
                if byte == 0 { return .other }
                packed |= UInt64(Self.lowered(byte)) << (8 * UInt64(k))
            }
            return Self.tag(packed: packed)
        }
        func named(_ name: StaticString) -> Bool {
            name.utf8CodeUnitCount == length && startsWith(name, at: start, ignoringCase: true)
        }
        if named("blockquote") { return .blockquote }
        if named("figcaption") { return .figcaption }
        if named("plaintext") { return .plaintext }
        if named("foreignobject") { return .foreignObject }
        if named("annotation-xml") { return .annotationXML }
        return .other
    }

    private mutating func startTag(at j: Int) throws -> Int {
        guard let (nameEnd, end, selfClosing) = try readTag(at: j, nameStart: j + 1) else { return count }
        let tag = tag(j + 1, nameEnd)
        let token = NestingGauge.Token(
            tag: tag, nameStart: j + 1, nameCount: nameEnd - j - 1, offset: j, selfClosing: selfClosing,
            attributes: nameEnd..<end, fontLeavesForeignContent: tag == .font && hasFontAttribute)
        guard let mode = try gauge.open(token) else { return end }
        let name = j + 1..<nameEnd
        switch mode {
        case .plaintext:
            return count
        case .rawText, .script:
            let close = mode == .script ? scriptEnd(from: end, name: name) : rawTextEnd(from: end, name: name)
            guard close < count, let closed = try readTag(at: close, nameStart: close + 2) else { return count }
            gauge.closeRawText()
            return closed.end
        }
    }

    private mutating func endTag(at j: Int) throws -> Int {
        guard let (nameEnd, end, _) = try readTag(at: j, nameStart: j + 2) else { return count }
        gauge.close(NestingGauge.Token(tag: tag(j + 2, nameEnd), nameStart: j + 2, nameCount: nameEnd - j - 2, offset: j))
        return end
    }

    /// Whether an end tag with the name at `name` (as the start tag spelled it) starts at `k`.
    private func isEndTag(of name: Range<Int>, at k: Int) -> Bool {
        let nameStart = k + 2
        let terminator = nameStart + name.count
        guard terminator < count, bytes[k + 1] == UInt8(ascii: "/") else { return false }
        for m in 0..<name.count where Self.lowered(bytes[nameStart + m]) != Self.lowered(bytes[name.lowerBound + m]) {
            return false
        }
        let byte = bytes[terminator]
        return Self.isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    /// RCDATA and RAWTEXT: the text runs to the first `</name` followed by white space, `/` or `>`.
    private func rawTextEnd(from start: Int, name: Range<Int>) -> Int {
        var k = start
        while k < count {
            let lt = find(UInt8(ascii: "<"), from: k)
            if lt >= count { return count }
            if isEndTag(of: name, at: lt) { return lt }
            k = lt + 1
        }
        return count
    }

    /// Script data, with the standard's escaped and double-escaped states: inside `<!--`, a
    /// `<script>` keeps the next `</script>` from ending the element.
    private func scriptEnd(from start: Int, name: Range<Int>) -> Int {
        enum State { case data, escaped, escapedDash, escapedDashDash, double, doubleDash, doubleDashDash }
        var state = State.data
        var k = start
        let dash = UInt8(ascii: "-"), lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">")
        /// Letters from `from`; whether they spell "script" and end at white space, `/` or `>`.
        func scriptWord(from: Int) -> (end: Int, isScript: Bool, terminated: Bool) {
            var m = from
            while m < count, Self.isAlpha(bytes[m]) { m += 1 }
            let terminated = m < count && (Self.isWhitespace(bytes[m]) || bytes[m] == UInt8(ascii: "/") || bytes[m] == gt)
            return (m, m - from == 6 && startsWith("script", at: from, ignoringCase: true), terminated)
        }
        while k < count {
            let c = bytes[k]
            switch state {
            case .data:
                if c == lt {
                    if isEndTag(of: name, at: k) { return k }
                    if k + 3 < count, bytes[k + 1] == UInt8(ascii: "!"), bytes[k + 2] == dash, bytes[k + 3] == dash {
                        state = .escapedDashDash
                        k += 4
                        continue
                    }
                }
                k += 1
            case .escaped, .escapedDash, .escapedDashDash:
                if c == dash {
                    state = state == .escaped ? .escapedDash : .escapedDashDash
                    k += 1
                } else if c == lt {
                    state = .escaped
                    if isEndTag(of: name, at: k) { return k }
                    if k + 1 < count, Self.isAlpha(bytes[k + 1]) {
                        let word = scriptWord(from: k + 1)
                        if word.terminated {
                            if word.isScript { state = .double }
                            k = word.end + 1
                        } else {
                            k = word.end
                        }
                    } else {
                        k += 1
                    }
                } else if c == gt, state == .escapedDashDash {
                    state = .data
                    k += 1
                } else {
                    state = .escaped
                    k += 1
                }
            case .double, .doubleDash, .doubleDashDash:
                if c == dash {
                    state = state == .double ? .doubleDash : .doubleDashDash
                    k += 1
                } else if c == lt {
                    state = .double
                    if k + 1 < count, bytes[k + 1] == UInt8(ascii: "/") {
                        let word = scriptWord(from: k + 2)
                        if word.terminated {
                            if word.isScript { state = .escaped }
                            k = word.end + 1
                        } else {
                            k = word.end
                        }
                    } else {
                        k += 1
                    }
                } else if c == gt, state == .doubleDashDash {
                    state = .data
                    k += 1
                } else {
                    state = .double
                    k += 1
                }
            }
        }
        return count
    }
}
