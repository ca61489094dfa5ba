#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads links, anchors and `<base href>` from a page in one pass over its bytes, without
/// building a tree.
///
/// Tokenizing follows the HTML standard: tags and their attributes, comments, DOCTYPEs, CDATA
/// in SVG, the raw text of `script`, `style`, `textarea`, `title` and their kin (with the
/// escape states of script data), and character references in attribute values, named ones
/// without a semicolon included, under the same rules as gumbo.
///
/// Which tags become elements, in which order and namespace, is the tree builder's business;
/// alongside the tokens runs a model of gumbo's stack of open elements that covers what a
/// sound page does (implied end tags, `p` closed by blocks, lists, headings, forms, `template`,
/// SVG). Whenever the tree builder would do something the model leaves out (tables, misnested
/// formatting elements it would clone or move, ignored or merged tags, MathML, `select`),
/// `scan` answers `nil` and the page goes through gumbo, so both ways give the same result.
///
/// Scope checks walk the model's stack, which never holds more than `HTMLDocument.nestingLimit`
/// elements: a tag costs at most that many steps, and a page a fixed multiple of its size. With
/// a `NestingGauge` instead of the exact model, the same tokenizer measures the pages that go
/// to gumbo.
struct HTMLScanner {
    /// Thrown as soon as the page needs the real tree builder.
    private struct NeedsTreeBuilder: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private let count: Int
    private var links: [HTMLLink] = []
    private var anchors: [HTMLAnchor] = []
    private var base: HTMLLink?
    private var positions: PositionCursor
    /// The most elements the page may have open at once.
    private let limit: Int
    /// Set when the tokens go to the gauge instead of the exact model, which then collects nothing.
    private var gauge: NestingGauge?

    private struct Node {
        var tag: Tag
        var foreign: Bool
        /// Where the name is in the source, for elements compared by name.
        var nameStart: Int
        var nameCount: Int
    }

    private var stack: [Node] = []
    private var phase = Phase.beforeHTML
    private var templates = 0
    /// gumbo's form element pointer: set by `<form>` outside templates, cleared only by `</form>`.
    private var formPointer = false
    private var attributes: [Attribute] = []

    private enum Phase { case beforeHTML, beforeHead, inHead, afterHead, inBody }

    private struct Attribute {
        var name: AttributeName
        var nameStart: Int
        var nameEnd: Int
        /// The value inside its quotes; empty and `hasValue == false` for `<a href>` and `<a href=>`.
        var valueStart: Int
        var valueEnd: Int
        var hasValue: Bool
    }

    /// The attributes a link checker reads; every other name is `.other`.
    private enum AttributeName: UInt16 {
        case other = 0
        case id = 1, name = 2, href = 4, src = 8, srcset = 16, poster = 32, action = 64, data = 128
        case content = 256, rel = 512, httpEquiv = 1024, xlinkHref = 2048
        /// Any of these makes `font` leave SVG and MathML content.
        case color = 4096, face = 8192, size = 16384
    }

    /// What reading a page in one pass found.
    enum Reading {
        case document(HTMLDocument)
        /// Only the full tree builder can tell.
        case needsTreeBuilder
        case limitReached(LimitReached)
    }

    /// Thrown at the first tag that goes past one of `HTMLDocument`'s limits.
    struct LimitReached: Error {
        enum Kind { case nesting, attributes }
        var kind: Kind
        /// Where that tag's `<` is.
        var offset: Int
    }

    /// Reads the page with the scanner's exact model of the stack of open elements.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = HTMLDocument.nestingLimit) -> Reading {
        var scanner = HTMLScanner(bytes: bytes, limit: limit, gauge: nil)
        do {
            try scanner.run()
        } catch let limit as LimitReached {
            return .limitReached(limit)
        } catch {
            return .needsTreeBuilder
        }
        return .document(HTMLDocument(links: scanner.links, anchors: scanner.anchors, base: scanner.base))
    }

    /// The page's links and anchors, or `nil` when only the full tree builder can tell or the
    /// page nests too deep.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> HTMLDocument? {
        if case let .document(document) = read(bytes) { return document }
        return nil
    }

    /// Where a page the scanner cannot read itself would first open more than `limit` elements
    /// in gumbo, by the gauge's upper bound, or have a tag with too many attributes; `nil` when
    /// it never does.
    static func firstLimit(in bytes: UnsafeBufferPointer<UInt8>, limit: Int = HTMLDocument.nestingLimit) -> LimitReached? {
        var scanner = HTMLScanner(bytes: bytes, limit: limit, gauge: NestingGauge(bytes: bytes, limit: limit))
        do {
            try scanner.run()
        } catch let reached as LimitReached {
            return reached
        } catch {
            // The gauge never declines a page.
        }
        return nil
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, limit: Int, gauge: NestingGauge?) {
        self.bytes = bytes
        self.count = bytes.count
        self.positions = PositionCursor(bytes)
        self.limit = limit
        self.gauge = gauge
        stack.reserveCapacity(32)
        attributes.reserveCapacity(8)
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
            if j > i { try text(i, j) }
            if j >= count { break }
            guard j + 1 < count else {
                try text(j, count)
                break
            }
            let next = bytes[j + 1]
            if Self.isAlpha(next) {
                i = try startTag(at: j)
            } else if next == UInt8(ascii: "/") {
                if j + 2 >= count {
                    try text(j, count)
                    i = count
                } else if Self.isAlpha(bytes[j + 2]) {
                    i = try endTag(at: j)
                } else if bytes[j + 2] == UInt8(ascii: ">") {
                    // `</>` emits no token, and gumbo then dates the next element from it.
                    guard gauge != nil else { throw NeedsTreeBuilder() }
                    i = j + 3
                } else {
                    i = skipPast(UInt8(ascii: ">"), from: j + 2)
                }
            } else if next == UInt8(ascii: "!") {
                i = markupDeclaration(at: j)
            } else if next == UInt8(ascii: "?") {
                i = skipPast(UInt8(ascii: ">"), from: j + 1)
            } else {
                try text(j, j + 1)
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
        if startsWith("<![CDATA[", at: j, ignoringCase: false), gauge?.inForeignContent ?? stack.last?.foreign ?? false {
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

    /// Text between tags matters only before `<body>`: anything but white space implies it.
    private mutating func text(_ start: Int, _ end: Int) throws {
        guard phase != .inBody, templates == 0, gauge == nil else { return }
        for k in start..<end where !Self.isWhitespace(bytes[k]) {
            try impliedBody()
            return
        }
    }

    /// Reads a tag's name and attributes from `<`; returns where it ends (after `>`), or
    /// `nil` when the page ends inside it (the standard drops such a tag).
    private mutating func readTag(at j: Int, nameStart: Int) throws -> (nameEnd: Int, end: Int, selfClosing: Bool)? {
        attributes.removeAll(keepingCapacity: true)
        var seen: UInt16 = 0
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
            // gumbo drops a NUL that would start an attribute's name (it files the U+FFFD the
            // standard asks for in the wrong buffer), so the name starts after it; a NUL later
            // in the name stays, as U+FFFD, and makes it a name no link checker reads.
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
            let attributeEnd = k
            while k < count, Self.isWhitespace(bytes[k]) { k += 1 }
            var valueStart = attributeStart
            var valueEnd = attributeStart
            var hasValue = false
            if k < count, bytes[k] == UInt8(ascii: "=") {
                k += 1
                while k < count, Self.isWhitespace(bytes[k]) { k += 1 }
                guard k < count else { return nil }
                let first = bytes[k]
                if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                    let close = find(first, from: k + 1)
                    guard close < count else { return nil }
                    valueStart = k + 1
                    valueEnd = close
                    hasValue = true
                    k = close + 1
                } else if first != UInt8(ascii: ">") {
                    valueStart = k
                    while k < count, !Self.isWhitespace(bytes[k]), bytes[k] != UInt8(ascii: ">") { k += 1 }
                    guard k < count else { return nil }
                    valueEnd = k
                    hasValue = true
                }
            }
            let name = Self.attributeName(attributeStart, attributeEnd, in: bytes)
            if name != .other {
                // The first of two attributes with the same name wins.
                guard seen & name.rawValue == 0 else { continue }
                seen |= name.rawValue
                attributes.append(Attribute(name: name, nameStart: attributeStart, nameEnd: attributeEnd,
                                            valueStart: valueStart, valueEnd: valueEnd, hasValue: hasValue))
            }
        }
    }

    private static func attributeName(_ start: Int, _ end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> AttributeName {
        let length = end - start
        guard length >= 2, length <= 10 else { return .other }
        var packed: UInt64 = 0
        var high: UInt64 = 0
        for k in 0..<length {
            let byte = UInt64(lowered(bytes[start + k]))
            if k < 8 { packed |= byte << (8 * UInt64(k)) } else { high |= byte << (8 * UInt64(k - 8)) }
        }
        switch (length, packed, high) {
        case (2, 0x6469, 0): return .id
        case (4, 0x656d616e, 0): return .name
        case (4, 0x66657268, 0): return .href
        case (3, 0x637273, 0): return .src
        case (6, 0x746573637273, 0): return .srcset
        case (6, 0x726574736f70, 0): return .poster
        case (6, 0x6e6f69746361, 0): return .action
        case (4, 0x61746164, 0): return .data
        case (7, 0x746e65746e6f63, 0): return .content
        case (3, 0x6c6572, 0): return .rel
        case (10, 0x7571652d70747468, 0x7669): return .httpEquiv
        case (10, 0x72683a6b6e696c78, 0x6665): return .xlinkHref
        case (5, 0x726f6c6f63, 0): return .color
        case (4, 0x65636166, 0): return .face
        case (4, 0x657a6973, 0): return .size
        default: return .other
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
        let node = Node(tag: tag, foreign: false, nameStart: j + 1, nameCount: nameEnd - j - 1)
        let textMode: TextMode?
        if gauge != nil {
            let token = NestingGauge.Token(
                tag: tag, nameStart: j + 1, nameCount: nameEnd - j - 1, offset: j, selfClosing: selfClosing,
                attributes: nameEnd..<end,
                fontLeavesForeignContent: tag == .font && attributes.contains { [.color, .face, .size].contains($0.name) })
            textMode = try gauge!.open(token)
        } else {
            textMode = try startTagInTree(node, tagStart: j, selfClosing: selfClosing)
        }
        guard let mode = textMode else { return end }
        switch mode {
        case .plaintext:
            return count
        case .rawText, .script:
            let close = mode == .script ? scriptEnd(from: end, name: node) : rawTextEnd(from: end, name: node)
            guard close < count, let closed = try readTag(at: close, nameStart: close + 2) else { return count }
            if gauge != nil { gauge!.closeRawText() } else { stack.removeLast() }
            return closed.end
        }
    }

    private mutating func endTag(at j: Int) throws -> Int {
        guard let (nameEnd, end, _) = try readTag(at: j, nameStart: j + 2) else { return count }
        let tag = tag(j + 2, nameEnd)
        if gauge != nil {
            gauge!.close(NestingGauge.Token(tag: tag, nameStart: j + 2, nameCount: nameEnd - j - 2, offset: j))
        } else {
            try endTagInTree(Node(tag: tag, foreign: false, nameStart: j + 2, nameCount: nameEnd - j - 2))
        }
        return end
    }

    private func isEndTag(of node: Node, at k: Int) -> Bool {
        let nameStart = k + 2
        let terminator = nameStart + node.nameCount
        guard terminator < count, bytes[k + 1] == UInt8(ascii: "/") else { return false }
        for m in 0..<node.nameCount where Self.lowered(bytes[nameStart + m]) != Self.lowered(bytes[node.nameStart + m]) {
            return false
        }
        let byte = bytes[terminator]
        return Self.isWhitespace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    /// RCDATA and RAWTEXT: the text runs to the first `</name` followed by white space, `/` or `>`.
    private func rawTextEnd(from start: Int, name: Node) -> Int {
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
    private func scriptEnd(from start: Int, name: Node) -> Int {
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

    // MARK: - The model of gumbo's tree builder

    /// How the tokenizer reads what follows a start tag, when the tree builder switches it.
    enum TextMode { case rawText, script, plaintext }

    private static func isFormatting(_ tag: Tag) -> Bool { tag.isFormatting }

    private static func isSpecial(_ node: Node) -> Bool { node.tag.isSpecial(foreign: node.foreign) }

    private static func isHeading(_ tag: Tag) -> Bool { tag.isHeading }

    private static func bounds(_ node: Node, _ scope: Scope) -> Bool { node.tag.bounds(scope, foreign: node.foreign) }

    /// The index of the nearest HTML element whose tag is `tag`, if it is in `scope`.
    private func inScope(_ scope: Scope, where matches: (Tag) -> Bool) -> Int? {
        var index = stack.count - 1
        while index >= 0 {
            let node = stack[index]
            if !node.foreign, matches(node.tag) { return index }
            if Self.bounds(node, scope) { return nil }
            index -= 1
        }
        return nil
    }

    private func inScope(_ tag: Tag, _ scope: Scope = .normal) -> Int? {
        inScope(scope) { $0 == tag }
    }

    private func isOpen(_ tag: Tag) -> Bool {
        stack.contains { !$0.foreign && $0.tag == tag }
    }

    private var current: Node? { stack.last }

    private func currentIs(_ tag: Tag) -> Bool {
        guard let current else { return false }
        return !current.foreign && current.tag == tag
    }

    private mutating func generateImpliedEndTags(except exception: Tag? = nil) {
        while let current, !current.foreign, current.tag != exception {
            switch current.tag {
            case .dd, .dt, .li, .option, .optgroup, .p, .rp, .rb, .rt, .rtc: stack.removeLast()
            default: return
            }
        }
    }

    /// Pops down to and including `index`. A formatting element popped on the way would stay
    /// in gumbo's list of active formatting elements and be cloned later: the model stops there.
    private mutating func pop(to index: Int) throws {
        while stack.count - 1 > index {
            let node = stack.removeLast()
            if !node.foreign, Self.isFormatting(node.tag) { throw NeedsTreeBuilder() }
        }
        stack.removeLast()
    }

    /// gumbo's `implicitly_close_tags`: implied end tags, then everything down to the nearest `tag`.
    private mutating func close(_ tag: Tag) throws {
        generateImpliedEndTags(except: tag)
        guard let index = stack.lastIndex(where: { !$0.foreign && $0.tag == tag }) else { throw NeedsTreeBuilder() }
        try pop(to: index)
    }

    private mutating func closeParagraph() throws {
        if inScope(.p, .button) != nil { try close(.p) }
    }

    private mutating func impliedBody() throws {
        switch phase {
        case .beforeHTML:
            stack.append(Node(tag: .html, foreign: false, nameStart: 0, nameCount: 0))
            fallthrough
        case .beforeHead:
            stack.append(Node(tag: .head, foreign: false, nameStart: 0, nameCount: 0))
            fallthrough
        case .inHead:
            guard currentIs(.head) else { throw NeedsTreeBuilder() }
            stack.removeLast()
            fallthrough
        case .afterHead:
            stack.append(Node(tag: .body, foreign: false, nameStart: 0, nameCount: 0))
            phase = .inBody
        case .inBody:
            break
        }
    }

    /// Where a start tag goes; `nil` for an element with no text content to skip.
    private mutating func startTagInTree(_ token: Node, tagStart: Int, selfClosing: Bool) throws -> TextMode? {
        if let current, current.foreign {
            return try foreignStartTag(token, tagStart: tagStart, selfClosing: selfClosing, in: current)
        }
        if templates == 0 {
            switch phase {
            case .beforeHTML:
                if token.tag == .html {
                    try insert(token, tagStart: tagStart)
                    phase = .beforeHead
                    return nil
                }
                try impliedBody(upTo: .beforeHead)
                return try startTagInTree(token, tagStart: tagStart, selfClosing: selfClosing)
            case .beforeHead:
                if token.tag == .head {
                    try insert(token, tagStart: tagStart)
                    phase = .inHead
                    return nil
                }
                if token.tag == .html { return try htmlStartTag(token) }
                try impliedBody(upTo: .inHead)
                return try startTagInTree(token, tagStart: tagStart, selfClosing: selfClosing)
            case .inHead, .afterHead:
                switch token.tag {
                case .html: return try htmlStartTag(token)
                case .base, .basefont, .bgsound, .menuitem, .link, .meta, .title, .noframes, .style, .script:
                    return try headElement(token, tagStart: tagStart)
                case .template where phase == .inHead:
                    return try headElement(token, tagStart: tagStart)
                case .noscript where phase == .inHead:
                    throw NeedsTreeBuilder()
                case .head, .template, .frameset:
                    throw NeedsTreeBuilder()
                default:
                    if phase == .inHead {
                        guard currentIs(.head) else { throw NeedsTreeBuilder() }
                        stack.removeLast()
                        phase = .afterHead
                    }
                    if token.tag == .body {
                        try insert(token, tagStart: tagStart)
                        phase = .inBody
                        return nil
                    }
                    try impliedBody()
                }
            case .inBody:
                break
            }
        }
        return try bodyStartTag(token, tagStart: tagStart, selfClosing: selfClosing)
    }

    private mutating func impliedBody(upTo target: Phase) throws {
        if phase == .beforeHTML {
            stack.append(Node(tag: .html, foreign: false, nameStart: 0, nameCount: 0))
            phase = .beforeHead
        }
        if target == .inHead, phase == .beforeHead {
            stack.append(Node(tag: .head, foreign: false, nameStart: 0, nameCount: 0))
            phase = .inHead
        }
    }

    /// `<html>` after the first merges its attributes into the root, out of document order.
    private func htmlStartTag(_ token: Node) throws -> TextMode? {
        if !attributes.isEmpty { throw NeedsTreeBuilder() }
        return nil
    }

    private mutating func headElement(_ token: Node, tagStart: Int) throws -> TextMode? {
        try insert(token, tagStart: tagStart)
        switch token.tag {
        case .title, .noframes, .style: return .rawText
        case .script: return .script
        case .template:
            templates += 1
            return nil
        default:
            stack.removeLast()
            return nil
        }
    }

    private mutating func bodyStartTag(_ token: Node, tagStart: Int, selfClosing: Bool) throws -> TextMode? {
        switch token.tag {
        case .html, .body:
            if !attributes.isEmpty { throw NeedsTreeBuilder() }
            return nil
        case .base, .basefont, .bgsound, .menuitem, .link, .meta, .noframes, .script, .style, .template, .title:
            return try headElement(token, tagStart: tagStart)
        case .address, .article, .aside, .blockquote, .center, .details, .dir, .div, .dl, .fieldset, .figcaption,
             .figure, .footer, .header, .hgroup, .menu, .main, .nav, .ol, .p, .section, .summary, .ul, .pre, .listing:
            try closeParagraph()
            try insert(token, tagStart: tagStart)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            try closeParagraph()
            if let current, !current.foreign, Self.isHeading(current.tag) { stack.removeLast() }
            try insert(token, tagStart: tagStart)
        case .form:
            if formPointer, templates == 0 { throw NeedsTreeBuilder() }
            try closeParagraph()
            try insert(token, tagStart: tagStart)
            if templates == 0 { formPointer = true }
        case .li, .dd, .dt:
            var index = stack.count - 1
            while index >= 0 {
                let node = stack[index]
                let isItem = !node.foreign && (token.tag == .li ? node.tag == .li : node.tag == .dd || node.tag == .dt)
                if isItem {
                    try close(node.tag)
                    break
                }
                if Self.isSpecial(node), node.foreign || (node.tag != .address && node.tag != .div && node.tag != .p) { break }
                index -= 1
            }
            try closeParagraph()
            try insert(token, tagStart: tagStart)
        case .plaintext:
            try closeParagraph()
            try insert(token, tagStart: tagStart)
            return .plaintext
        case .button:
            if inScope(.button) != nil { try close(.button) }
            try insert(token, tagStart: tagStart)
        case .a:
            // An open `a` would go through the adoption agency.
            var index = stack.count - 1
            while index >= 0 {
                let node = stack[index]
                if !node.foreign {
                    if node.tag == .a { throw NeedsTreeBuilder() }
                    if node.tag == .applet || node.tag == .marquee || node.tag == .object || node.tag == .template { break }
                }
                index -= 1
            }
            try insert(token, tagStart: tagStart)
        case .b, .big, .code, .em, .font, .i, .s, .small, .strike, .strong, .tt, .u, .applet, .marquee, .object:
            try insert(token, tagStart: tagStart)
        case .area, .br, .embed, .img, .keygen, .wbr, .input, .param, .source, .track:
            try insert(token, tagStart: tagStart)
            stack.removeLast()
        case .hr:
            try closeParagraph()
            try insert(token, tagStart: tagStart)
            stack.removeLast()
        case .textarea, .iframe, .noembed:
            try insert(token, tagStart: tagStart)
            return .rawText
        case .xmp:
            try closeParagraph()
            try insert(token, tagStart: tagStart)
            return .rawText
        case .option, .optgroup:
            if currentIs(.option) { stack.removeLast() }
            try insert(token, tagStart: tagStart)
        case .svg:
            var node = token
            node.foreign = true
            try insert(node, tagStart: tagStart)
            if selfClosing { stack.removeLast() }
        case .nobr, .table, .image, .isindex, .select, .rb, .rp, .rt, .rtc, .math, .caption, .col, .colgroup, .frame,
             .head, .tbody, .td, .tfoot, .th, .thead, .tr, .frameset:
            throw NeedsTreeBuilder()
        default:
            try insert(token, tagStart: tagStart)
        }
        return nil
    }

    private mutating func foreignStartTag(_ token: Node, tagStart: Int, selfClosing: Bool, in current: Node) throws -> TextMode? {
        // Start tags inside foreignObject, desc and title are HTML again; tags that break out
        // of SVG pop elements; MathML has rules of its own.
        if current.tag == .foreignObject || current.tag == .desc || current.tag == .title { throw NeedsTreeBuilder() }
        switch token.tag {
        case .b, .big, .blockquote, .body, .br, .center, .code, .dd, .div, .dl, .dt, .em, .embed, .h1, .h2, .h3, .h4,
             .h5, .h6, .head, .hr, .i, .img, .li, .listing, .menu, .meta, .nobr, .ol, .p, .pre, .ruby, .s, .small, .span,
             .strong, .strike, .sub, .sup, .table, .tt, .u, .ul, .var, .font, .math, .template:
            throw NeedsTreeBuilder()
        default:
            break
        }
        var node = token
        node.foreign = true
        try insert(node, tagStart: tagStart)
        if selfClosing { stack.removeLast() }
        return nil
    }

    private func sameName(_ a: Node, _ b: Node) -> Bool {
        guard a.nameCount == b.nameCount else { return false }
        for k in 0..<a.nameCount where Self.lowered(bytes[a.nameStart + k]) != Self.lowered(bytes[b.nameStart + k]) {
            return false
        }
        return true
    }

    private mutating func endTagInTree(_ token: Node) throws {
        if let current, current.foreign {
            // gumbo compares names as written, ignoring case, and pops the element.
            guard sameName(current, token) else { throw NeedsTreeBuilder() }
            stack.removeLast()
            return
        }
        if templates == 0, phase != .inBody {
            switch token.tag {
            case .head where phase == .inHead:
                guard currentIs(.head) else { throw NeedsTreeBuilder() }
                stack.removeLast()
                phase = .afterHead
                return
            case .body, .html, .br:
                try impliedBody()
                if token.tag == .br { return }
            default:
                throw NeedsTreeBuilder()
            }
        }
        switch token.tag {
        case .template:
            guard let index = stack.lastIndex(where: { !$0.foreign && $0.tag == .template }) else { return }
            try popClearingMarker(to: index)
            templates -= 1
        case .body, .html:
            break
        case .address, .article, .aside, .blockquote, .button, .center, .details, .dir, .div, .dl, .fieldset,
             .figcaption, .figure, .footer, .header, .hgroup, .listing, .main, .menu, .nav, .ol, .pre, .section,
             .summary, .ul, .dd, .dt:
            guard inScope(token.tag) != nil else { return }
            try close(token.tag)
        case .li:
            guard inScope(.li, .listItem) != nil else { return }
            try close(.li)
        case .p:
            if inScope(.p, .button) != nil { try close(.p) }
        case .form:
            if templates > 0 {
                guard inScope(.form) != nil else { return }
                generateImpliedEndTags()
                guard currentIs(.form) else { throw NeedsTreeBuilder() }
                stack.removeLast()
            } else {
                let wasOpen = formPointer
                formPointer = false
                guard wasOpen, let index = inScope(.form) else {
                    if wasOpen { throw NeedsTreeBuilder() }
                    return
                }
                generateImpliedEndTags()
                guard stack.count - 1 == index else { throw NeedsTreeBuilder() }
                stack.removeLast()
            }
        case .h1, .h2, .h3, .h4, .h5, .h6:
            guard inScope(.normal, where: Self.isHeading) != nil else { return }
            generateImpliedEndTags()
            guard let index = stack.lastIndex(where: { !$0.foreign && Self.isHeading($0.tag) }) else { throw NeedsTreeBuilder() }
            try pop(to: index)
        case .a, .b, .big, .code, .em, .font, .i, .nobr, .s, .small, .strike, .strong, .tt, .u:
            // The adoption agency is simple only when the element is the current node.
            guard let current, !current.foreign, current.tag == token.tag else { throw NeedsTreeBuilder() }
            stack.removeLast()
        case .applet, .marquee, .object:
            guard let index = inScope(token.tag, .table) else { return }
            generateImpliedEndTags()
            try popClearingMarker(to: index)
        case .br:
            // `</br>` is a `<br>` without attributes.
            break
        default:
            var index = stack.count - 1
            while index >= 0 {
                let node = stack[index]
                if !node.foreign, node.tag == token.tag {
                    if node.tag == .other, !sameName(node, token) { throw NeedsTreeBuilder() }
                    generateImpliedEndTags(except: token.tag)
                    try pop(to: index)
                    return
                }
                if Self.isSpecial(node) { return }
                index -= 1
            }
        }
    }

    /// Closing `template`, `object`, `applet` or `marquee` clears gumbo's formatting list back
    /// to a marker; the model follows only when nothing but plain elements is popped.
    private mutating func popClearingMarker(to index: Int) throws {
        while stack.count - 1 > index {
            let node = stack.removeLast()
            if !node.foreign {
                switch node.tag {
                case .applet, .marquee, .object, .template: throw NeedsTreeBuilder()
                default: if Self.isFormatting(node.tag) { throw NeedsTreeBuilder() }
                }
            }
        }
        stack.removeLast()
    }

    // MARK: - Links and anchors

    private mutating func insert(_ node: Node, tagStart: Int) throws {
        if stack.count >= limit { throw LimitReached(kind: .nesting, offset: tagStart) }
        let inTemplate = templates > 0
        stack.append(node)
        guard !attributes.isEmpty else { return }
        try visit(node, tagStart: tagStart, inTemplate: inTemplate)
    }

    private mutating func visit(_ node: Node, tagStart: Int, inTemplate: Bool) throws {
        var tagName: String?
        func name() -> String {
            if let tagName { return tagName }
            if node.tag != .other {
                tagName = Self.names[Int(node.tag.rawValue)]
                return tagName!
            }
            // gumbo names an element it does not know from the source text, which it cuts at C's
            // white space: that includes the vertical tab, which the tokenizer reads as part of the name.
            let written = UnsafeBufferPointer(rebasing: bytes[node.nameStart..<(node.nameStart + node.nameCount)])
            let resolved = String(decoding: written.prefix { $0 != 0x0B }, as: UTF8.self).lowercased()
            tagName = resolved
            return resolved
        }
        // Positions are asked for in document order, which keeps the cursor moving forward.
        let elementPosition = positions.position(at: tagStart)
        for index in attributes.indices {
            let attribute = attributes[index]
            var attributeName = attribute.name
            var label: String?
            if attributeName == .xlinkHref {
                // gumbo moves xlink:href into the XLink namespace on SVG elements only.
                guard node.foreign else { continue }
                attributeName = .href
                label = "xlink:href"
            }
            if !inTemplate, attributeName == .id || (node.tag == .a && attributeName == .name) {
                let value = decodedValue(attribute)
                if !value.isEmpty {
                    let position = positions.position(at: valueStart(attribute))
                    anchors.append(HTMLAnchor(name: String(decoding: value, as: UTF8.self),
                                              attribute: attributeName == .id ? "id" : "name", tag: name(), position: position))
                }
            }
            guard let (syntax, kind) = linkSyntax(node.tag, attributeName) else { continue }
            let rel = node.tag == .link ? value(of: .rel).map { String(decoding: $0, as: UTF8.self).lowercased() } : nil
            let attributeLabel = label ?? Self.label(attributeName)
            for (url, position) in addresses(in: attribute, syntax: syntax) {
                let link = HTMLLink(url: url, kind: kind, tag: name(), attribute: attributeLabel, rel: rel,
                                    position: position, elementPosition: elementPosition)
                if node.tag == .base {
                    if base == nil { base = link }
                } else {
                    links.append(link)
                }
            }
        }
    }

    private static func label(_ name: AttributeName) -> String {
        switch name {
        case .href: "href"
        case .src: "src"
        case .srcset: "srcset"
        case .poster: "poster"
        case .action: "action"
        case .data: "data"
        case .content: "content"
        default: ""
        }
    }

    private func value(of name: AttributeName) -> [UInt8]? {
        guard let attribute = attributes.first(where: { $0.name == name }) else { return nil }
        return decodedValue(attribute)
    }

    private func linkSyntax(_ tag: Tag, _ name: AttributeName) -> (AttributeValueSyntax, HTMLLink.Kind)? {
        switch tag {
        case .a, .area, .base:
            return name == .href ? (.url, .navigation) : nil
        case .link:
            guard name == .href else { return nil }
            return (.url, HTMLLink.Kind(rel: value(of: .rel).map { String(decoding: $0, as: UTF8.self) }))
        case .img, .source:
            if name == .src { return (.url, .resource) }
            return name == .srcset ? (.srcset, .resource) : nil
        case .script, .iframe, .embed, .track, .audio:
            return name == .src ? (.url, .resource) : nil
        case .video:
            return name == .src || name == .poster ? (.url, .resource) : nil
        case .image:
            return name == .href ? (.url, .resource) : nil
        case .form:
            return name == .action ? (.url, .navigation) : nil
        case .object:
            return name == .data ? (.url, .resource) : nil
        case .meta:
            guard name == .content, let equiv = value(of: .httpEquiv),
                  String(decoding: equiv, as: UTF8.self).lowercased() == "refresh" else { return nil }
            return (.refresh, .navigation)
        default:
            return nil
        }
    }

    /// Where gumbo says the value starts: inside the quotes, or for an unquoted value at its
    /// first character as decoded, which is after a leading character reference; `nil` when it
    /// records no value text at all (`<a href>`, `<a href=>`, `<a href=&amp;>`).
    private func recordedValueStart(_ attribute: Attribute) -> Int? {
        guard attribute.hasValue else { return nil }
        let start = attribute.valueStart
        if start > 0, bytes[start - 1] == UInt8(ascii: "\"") || bytes[start - 1] == UInt8(ascii: "'") { return start }
        var first = start
        if start < attribute.valueEnd, bytes[start] == UInt8(ascii: "&") {
            var ignored: [UInt8] = []
            let after = decodeReference(at: start, end: attribute.valueEnd, allowed: UInt8(ascii: ">"), into: &ignored)
            if after > start + 1 { first = after }
        }
        return first < attribute.valueEnd ? first : nil
    }

    private func valueStart(_ attribute: Attribute) -> Int {
        recordedValueStart(attribute) ?? attribute.nameStart
    }

    /// The addresses in one attribute, positioned the way `GumboTreeReader` positions them.
    private mutating func addresses(in attribute: Attribute, syntax: AttributeValueSyntax) -> [(String, HTMLPosition)] {
        let decoded = decodedValue(attribute)
        let recorded = recordedValueStart(attribute)
        let start = recorded ?? attribute.nameStart
        let raw = UnsafeBufferPointer(rebasing: bytes[(recorded ?? 0)..<(recorded == nil ? 0 : attribute.valueEnd)])
        let found = decoded.withUnsafeBufferPointer { syntax.addresses(in: $0, raw: raw, start: start) }
        return found.map { address in (address.text, positions.position(at: address.offset)) }
    }

    // MARK: - Attribute values

    /// The value as gumbo hands it over: character references decoded, CR LF and CR as LF, and
    /// U+FFFD for NUL, for invalid UTF-8 and for what gumbo's input stream forbids everywhere:
    /// controls other than white space (C0, DEL, C1) and noncharacters.
    private func decodedValue(_ attribute: Attribute) -> [UInt8] {
        guard attribute.hasValue else { return [] }
        let start = attribute.valueStart, end = attribute.valueEnd
        // Quoted values end at their quote; an unquoted one at white space or `>`.
        let quoted = start > 0 && (bytes[start - 1] == UInt8(ascii: "\"") || bytes[start - 1] == UInt8(ascii: "'"))
        let allowed: UInt8 = quoted ? bytes[start - 1] : UInt8(ascii: ">")
        // Most values are plain printable ASCII, which decodes to itself.
        var plain = true
        for k in start..<end {
            let byte = bytes[k]
            if byte >= 0x7F || byte == UInt8(ascii: "&") || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C) {
                plain = false
                break
            }
        }
        if plain { return Array(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var output: [UInt8] = []
        output.reserveCapacity(end - start)
        var needsRepair = false
        var k = start
        while k < end {
            let byte = bytes[k]
            switch byte {
            case UInt8(ascii: "&"):
                k = decodeReference(at: k, end: end, allowed: allowed, into: &output)
                continue
            case 0x0D:
                output.append(0x0A)
                if k + 1 < end, bytes[k + 1] == 0x0A { k += 1 }
            case 0x09, 0x0A, 0x0C:
                output.append(byte)
            case 0..<0x20, 0x7F:
                output.append(contentsOf: replacement)
            case 0x80...:
                if let length = forbiddenScalarLength(at: k, end: end) {
                    output.append(contentsOf: replacement)
                    k += length
                    continue
                }
                needsRepair = true
                output.append(byte)
            default:
                output.append(byte)
            }
            k += 1
        }
        if needsRepair {
            // Invalid sequences only; the forbidden scalars were replaced above, before character
            // references could bring in any that gumbo keeps.
            return Array(String(decoding: output, as: UTF8.self).utf8)
        }
        return output
    }

    /// The length of the UTF-8 sequence at `k` if it is a well-formed encoding of a C1 control
    /// (U+0080–U+009F) or a noncharacter (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF).
    private func forbiddenScalarLength(at k: Int, end: Int) -> Int? {
        let lead = bytes[k]
        if lead == 0xC2, k + 1 < end, (0x80...0x9F).contains(bytes[k + 1]) { return 2 }
        if lead == 0xEF, k + 2 < end {
            let second = bytes[k + 1], third = bytes[k + 2]
            if second == 0xB7, (0x90...0xAF).contains(third) { return 3 }
            if second == 0xBF, third == 0xBE || third == 0xBF { return 3 }
        }
        if (0xF0...0xF4).contains(lead), k + 3 < end {
            let second = bytes[k + 1]
            // The low 16 bits are FFFE or FFFF, in a plane the lead byte may start.
            guard second & 0xCF == 0x8F, lead != 0xF0 || second >= 0x90, lead != 0xF4 || second <= 0x8F else { return nil }
            if bytes[k + 2] == 0xBF, bytes[k + 3] == 0xBE || bytes[k + 3] == 0xBF { return 4 }
        }
        return nil
    }

    /// Decodes the reference at `&`, or copies the `&` when there is none; returns where to go on.
    private func decodeReference(at ampersand: Int, end: Int, allowed: UInt8, into output: inout [UInt8]) -> Int {
        let k = ampersand + 1
        guard k < end else {
            output.append(UInt8(ascii: "&"))
            return k
        }
        let next = bytes[k]
        if next == allowed || next == 0x09 || next == 0x0A || next == 0x0C || next == 0x20 || next == UInt8(ascii: "<")
            || next == UInt8(ascii: "&") {
            output.append(UInt8(ascii: "&"))
            return k
        }
        if next == UInt8(ascii: "#") {
            var m = k + 1
            var hex = false
            if m < end, bytes[m] | 0x20 == UInt8(ascii: "x") {
                hex = true
                m += 1
            }
            func digit(_ byte: UInt8) -> UInt32? {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(byte - UInt8(ascii: "A") + 10)
                default: nil
                }
            }
            guard m < end, digit(bytes[m]) != nil else {
                output.append(UInt8(ascii: "&"))
                return k
            }
            var value: UInt32 = 0
            while m < end, let d = digit(bytes[m]) {
                value = min(value &* (hex ? 16 : 10) &+ d, 0x11_0000)
                m += 1
            }
            if m < end, bytes[m] == UInt8(ascii: ";") { m += 1 }
            let scalar: Unicode.Scalar
            if let replaced = Self.windows1252[value] {
                scalar = replaced
            } else if value == 0 {
                scalar = "\u{FFFD}"
            } else {
                scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            }
            output.append(contentsOf: String(scalar).utf8)
            return m
        }
        // The longest name in the table that the text starts with.
        var m = k
        while m < end, m - k < NamedCharacterReferences.longestName, Self.isAlphanumeric(bytes[m]) { m += 1 }
        guard m > k else {
            output.append(UInt8(ascii: "&"))
            return k
        }
        let table = NamedCharacterReferences.table
        var length = m - k
        if m < end, bytes[m] == UInt8(ascii: ";"),
           let value = table[String(decoding: UnsafeBufferPointer(rebasing: bytes[k...m]), as: UTF8.self)] {
            output.append(contentsOf: value)
            return m + 1
        }
        while length > 0 {
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<(k + length)]), as: UTF8.self)
            if let value = table[name] {
                let after = k + length
                // Without its semicolon, in an attribute, a name followed by `=` or a letter or
                // digit is left as written, for old pages' query strings.
                if after < end, bytes[after] == UInt8(ascii: "=") || Self.isAlphanumeric(bytes[after]) {
                    break
                }
                output.append(contentsOf: value)
                return after
            }
            length -= 1
        }
        output.append(UInt8(ascii: "&"))
        return k
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isAlpha(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Numeric references to C1 controls mean the Windows-1252 characters, as in gumbo.
    private static let windows1252: [UInt32: Unicode.Scalar] = [
        0x0D: "\r", 0x80: "\u{20AC}", 0x81: "\u{81}", 0x82: "\u{201A}", 0x83: "\u{192}", 0x84: "\u{201E}", 0x85: "\u{2026}",
        0x86: "\u{2020}", 0x87: "\u{2021}", 0x88: "\u{2C6}", 0x89: "\u{2030}", 0x8A: "\u{160}", 0x8B: "\u{2039}",
        0x8C: "\u{152}", 0x8D: "\u{8D}", 0x8E: "\u{17D}", 0x8F: "\u{8F}", 0x90: "\u{90}", 0x91: "\u{2018}",
        0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}",
        0x98: "\u{2DC}", 0x99: "\u{2122}", 0x9A: "\u{161}", 0x9B: "\u{203A}", 0x9C: "\u{153}", 0x9D: "\u{9D}",
        0x9E: "\u{17E}", 0x9F: "\u{178}",
    ]
}
