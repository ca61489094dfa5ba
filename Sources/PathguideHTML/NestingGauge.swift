/// Follows how deep gumbo's tree builder would nest a page, from `TagTokenizer`'s tags, so that
/// a page nested too deep never reaches gumbo.
///
/// Why a limit at all: gumbo's tree builder walks its stack of open elements for most tags it
/// reads (every scope check does), and frees its tree by recursion, so a page of 100,000 nested
/// elements costs it time quadratic in the page's size and can overflow a thread's stack.
/// Browsers bound the depth too (Blink's parser stops nesting at 512). gumbo itself is left as
/// it is; the page it is handed is bounded instead: the first start tag that would open more
/// than `HTMLDocument.nestingLimit` elements at once ends what is read of the page, and
/// `HTMLDocument.nestingLimitExceeded` says where.
///
/// The gauge is a simple model of gumbo's stack of open elements, not a tree builder: it follows the
/// rules that open and close elements (implied end tags, tables and their implied sections and
/// rows, `select`, SVG and MathML, templates) but keeps no tree. Where it cannot tell what the
/// tree builder does, it pops less, never more, so its count stays an upper bound; formatting
/// elements the tree builder would reopen later (`<b>` left open across a `</p>`) stay counted
/// until their end tag or the end of their table cell. The one case where it may count fewer
/// elements than gumbo keeps, a misnested formatting end tag with more than eight blocks inside
/// it, leaves at most one element uncounted per eight counted, so the work stays linear.
struct NestingGauge {
    /// A start or end tag as the tokenizer read it.
    struct Token {
        var tag: TagTokenizer.Tag
        var nameStart: Int
        var nameCount: Int
        var offset: Int
        var selfClosing = false
        /// The attributes as written, which tell formatting elements apart the way the tree
        /// builder's "Noah's Ark" clause does (it keeps at most three alike).
        var attributes: Range<Int> = 0..<0
        /// `font` with `color`, `face` or `size`, which leaves SVG and MathML.
        var fontLeavesForeignContent = false
    }

    private struct Entry {
        var tag: TagTokenizer.Tag
        var foreign: Bool
        var nameStart: Int
        var nameCount: Int
        /// Order of opening, which places formatting elements and markers relative to each other.
        var serial: Int
        var key: UInt64
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let limit: Int
    /// The stack of open elements as the gauge sees it; `head` is counted as `body`.
    private var stack: [Entry] = []
    /// Formatting elements closed by another element's end tag, which the tree builder reopens.
    private var reopened: [Entry] = []
    private var serial = 0
    private var offset = 0

    init(bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
        self.bytes = bytes
        self.limit = limit
        stack.reserveCapacity(64)
        stack.append(Entry(tag: .html, foreign: false, nameStart: 0, nameCount: 0, serial: 0, key: 0))
        stack.append(Entry(tag: .body, foreign: false, nameStart: 0, nameCount: 0, serial: 0, key: 0))
    }

    /// Whether CDATA sections are read here, which they are only in SVG and MathML.
    var inForeignContent: Bool { stack.last?.foreign ?? false }

    // MARK: - Start tags

    /// Opens what a start tag opens; how the tokenizer goes on, if the tag switches it.
    mutating func open(_ token: Token) throws -> TagTokenizer.TextMode? {
        offset = token.offset
        if let top = stack.last, top.foreign, !Self.takesHTML(top, token.tag) {
            guard Self.leavesForeignContent(token) else {
                try push(token, foreign: true)
                if token.selfClosing { pop() }
                return nil
            }
            while let top = stack.last, top.foreign, !Self.takesHTML(top, token.tag) { pop() }
        }
        if let select = openSelect() { return try openInSelect(token, select: select) }
        if let top = stack.last, !top.foreign, top.tag == .colgroup, token.tag != .col, token.tag != .template { pop() }
        switch token.tag {
        case .html, .head, .body, .frame:
            return nil
        case .area, .base, .basefont, .bgsound, .br, .embed, .img, .image, .input, .keygen, .link,
             .meta, .param, .source, .track, .wbr, .isindex, .menuitem:
            try check(1)
            return nil
        case .hr:
            closeParagraph()
            try check(1)
            return nil
        case .title, .textarea, .style, .iframe, .noembed, .noframes:
            try push(token)
            return .rawText
        case .xmp:
            closeParagraph()
            try push(token)
            return .rawText
        case .script:
            try push(token)
            return .script
        case .plaintext:
            closeParagraph()
            try push(token)
            return .plaintext
        case .address, .article, .aside, .blockquote, .center, .details, .dir, .div, .dl, .fieldset, .figcaption,
             .figure, .footer, .header, .hgroup, .main, .menu, .nav, .ol, .p, .section, .summary, .ul, .pre, .listing,
             .form:
            closeParagraph()
            try push(token)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            closeParagraph()
            if let top = stack.last, !top.foreign, top.tag.isHeading { pop() }
            try push(token)
        case .li, .dd, .dt:
            closeListItem(token.tag)
            closeParagraph()
            try push(token)
        case .button:
            if let index = inScope(.normal, { $0 == .button }) { pop(to: index) }
            try push(token)
        case .a:
            // A second `a` closes the first through the adoption agency.
            closeFormatting(.a)
            try push(token)
        case .nobr:
            if inScope(.normal, { $0 == .nobr }) != nil { closeFormatting(.nobr) }
            try push(token)
        case .option, .optgroup:
            if let top = stack.last, !top.foreign, top.tag == .option { pop() }
            try push(token)
        case .rb, .rtc, .rp, .rt:
            if inScope(.normal, { $0 == .ruby }) != nil {
                generateImpliedEndTags(except: token.tag == .rp || token.tag == .rt ? .rtc : nil)
            }
            try push(token)
        case .svg, .math:
            try push(token, foreign: true)
            if token.selfClosing { pop() }
        case .table:
            // A table where only table parts may go closes the open one; in a cell or outside a table it nests.
            if let context = tableContext(), [.table, .tbody, .thead, .tfoot, .tr].contains(stack[context].tag),
               let table = nearest(.table) {
                pop(to: table)
            }
            try push(token)
        case .caption, .colgroup, .col, .tbody, .thead, .tfoot, .tr, .td, .th:
            try openTablePart(token)
        default:
            try push(token)
        }
        return nil
    }

    /// The end of a `script`, `style`, `textarea` or other raw text element.
    mutating func closeRawText() {
        pop()
    }

    /// Table parts open the sections and rows they imply, or close the cell or caption they
    /// cannot go in; outside a table the tree builder ignores them.
    private mutating func openTablePart(_ token: Token) throws {
        guard let context = tableContext() else { return }
        switch stack[context].tag {
        case .html:
            return
        case .template:
            if token.tag == .col { return try check(1) }
            try push(token)
        case .td, .th, .caption:
            pop(to: context)
            try openTablePart(token)
        default:
            guard let table = nearest(.table) else { return try push(token) }
            switch token.tag {
            case .caption, .colgroup, .tbody, .thead, .tfoot:
                pop(to: table + 1)
                try push(token)
            case .col:
                pop(to: table + 1)
                try push(Token(tag: .colgroup, nameStart: 0, nameCount: 0, offset: token.offset))
                try check(1)
            case .tr:
                let section = lastIndex(in: (table + 1)...) { [.tbody, .thead, .tfoot].contains($0) }
                pop(to: (section ?? table) + 1)
                if section == nil { try push(Token(tag: .tbody, nameStart: 0, nameCount: 0, offset: token.offset)) }
                try push(token)
            default:
                let row = lastIndex(in: (table + 1)...) { $0 == .tr }
                let section = lastIndex(in: (table + 1)...) { [.tbody, .thead, .tfoot].contains($0) }
                pop(to: (row ?? section ?? table) + 1)
                if row == nil, section == nil { try push(Token(tag: .tbody, nameStart: 0, nameCount: 0, offset: token.offset)) }
                if row == nil { try push(Token(tag: .tr, nameStart: 0, nameCount: 0, offset: token.offset)) }
                try push(token)
            }
        }
    }

    /// In a `select` only options, scripts and templates open; what closes the select is read again.
    private mutating func openInSelect(_ token: Token, select: Int) throws -> TagTokenizer.TextMode? {
        switch token.tag {
        case .option:
            if let top = stack.last, top.tag == .option { pop() }
            try push(token)
        case .optgroup:
            if let top = stack.last, top.tag == .option { pop() }
            if let top = stack.last, top.tag == .optgroup { pop() }
            try push(token)
        case .select:
            pop(to: select)
        case .input, .keygen, .textarea:
            pop(to: select)
            return try open(token)
        case .caption, .table, .tbody, .tfoot, .thead, .tr, .td, .th:
            guard isInTable(select) else { return nil }
            pop(to: select)
            return try open(token)
        case .script:
            try push(token)
            return .script
        case .template:
            try push(token)
        default:
            break
        }
        return nil
    }

    // MARK: - End tags

    /// Closes what an end tag closes.
    mutating func close(_ token: Token) {
        offset = token.offset
        var index = stack.count - 1
        while index > 0, stack[index].foreign {
            if sameName(stack[index], token) { return pop(to: index) }
            index -= 1
        }
        if let select = openSelect() { return closeInSelect(token, select: select) }
        switch token.tag {
        case .html, .body, .head, .br, .frame:
            break
        case .p:
            if let index = inScope(.button, { $0 == .p }) { pop(to: index) }
        case .li:
            if let index = inScope(.listItem, { $0 == .li }) { pop(to: index) }
        case .h1, .h2, .h3, .h4, .h5, .h6:
            if let index = inScope(.normal, { $0.isHeading }) { pop(to: index) }
        case .address, .article, .aside, .blockquote, .button, .center, .details, .dir, .div, .dl, .fieldset,
             .figcaption, .figure, .footer, .header, .hgroup, .listing, .main, .menu, .nav, .ol, .pre, .section,
             .summary, .ul, .dd, .dt, .applet, .marquee, .object, .template:
            if let index = inScope(.normal, { $0 == token.tag }) { pop(to: index) }
        case .form:
            // The tree builder removes the form alone, leaving what is open inside it.
            if let index = inScope(.normal, { $0 == .form }) { stack.remove(at: index) }
        case .a, .b, .big, .code, .em, .font, .i, .nobr, .s, .small, .strike, .strong, .tt, .u:
            if !closeFormatting(token.tag) { closeAnyOther(token) }
        case .table, .tbody, .thead, .tfoot, .tr, .td, .th, .caption:
            if let index = inScope(.table, { $0 == token.tag }) { pop(to: index) }
        case .colgroup, .frameset:
            if let top = stack.last, !top.foreign, top.tag == token.tag { pop() }
        default:
            closeAnyOther(token)
        }
    }

    private mutating func closeInSelect(_ token: Token, select: Int) {
        switch token.tag {
        case .option:
            if let top = stack.last, top.tag == .option { pop() }
        case .optgroup:
            if let top = stack.last, top.tag == .option, stack[stack.count - 2].tag == .optgroup { pop() }
            if let top = stack.last, top.tag == .optgroup { pop() }
        case .select:
            pop(to: select)
        case .caption, .table, .tbody, .tfoot, .thead, .tr, .td, .th:
            guard isInTable(select), inScope(.table, { $0 == token.tag }) != nil else { return }
            pop(to: select)
            close(token)
        default:
            break
        }
    }

    /// The standard's "any other end tag": the nearest element of that name, unless a special
    /// element comes first. gumbo takes every element it does not know for one name, and so does
    /// the gauge for the names it does not tell apart: it then closes at least as near.
    private mutating func closeAnyOther(_ token: Token) {
        var index = stack.count - 1
        while index > 0 {
            let entry = stack[index]
            if !entry.foreign, entry.tag == token.tag { return pop(to: index) }
            if entry.tag.isSpecial(foreign: entry.foreign) { return }
            index -= 1
        }
    }

    /// The adoption agency, as far as the depth goes; `false` when the tag has no formatting
    /// element since the last marker, which makes it an ordinary end tag.
    @discardableResult
    private mutating func closeFormatting(_ tag: TagTokenizer.Tag) -> Bool {
        let marker = stack.lastIndex { !$0.foreign && Self.isMarker($0.tag) } ?? 0
        let markerSerial = stack[marker].serial
        let open = lastIndex(in: (marker + 1)...) { $0 == tag }
        let waiting = reopened.indices.filter { reopened[$0].tag == tag && reopened[$0].serial > markerSerial }
            .max { reopened[$0].serial < reopened[$1].serial }
        if let waiting, open.map({ stack[$0].serial < reopened[waiting].serial }) ?? true {
            reopened.remove(at: waiting)
            return true
        }
        guard let open else { return false }
        guard inScope(.normal, { $0 == tag }) != nil else { return true }
        if stack[(open + 1)...].contains(where: { $0.tag.isSpecial(foreign: $0.foreign) }) {
            // A block inside stays open, and the formatting element moves into it.
            stack.remove(at: open)
        } else {
            pop(to: open, closing: true)
        }
        return true
    }

    // MARK: - The stack

    private mutating func check(_ opened: Int) throws {
        if stack.count + reopened.count + opened > limit { throw TagTokenizer.LimitReached(kind: .nesting, offset: offset) }
    }

    private mutating func push(_ token: Token, foreign: Bool = false) throws {
        try check(1)
        serial += 1
        var entry = Entry(tag: token.tag, foreign: foreign, nameStart: token.nameStart, nameCount: token.nameCount,
                          serial: serial, key: 0)
        if !foreign, token.tag.isFormatting {
            entry.key = hash(token)
            // Noah's Ark: the tree builder keeps at most three alike after the last marker.
            let marker = stack.last { !$0.foreign && Self.isMarker($0.tag) }?.serial ?? 0
            let alike = reopened.indices.filter {
                reopened[$0].tag == entry.tag && reopened[$0].key == entry.key && reopened[$0].serial > marker
            }
            if alike.count >= 3, let oldest = alike.min(by: { reopened[$0].serial < reopened[$1].serial }) {
                reopened.remove(at: oldest)
            }
        }
        stack.append(entry)
    }

    private mutating func pop() {
        pop(to: stack.count - 1)
    }

    /// Pops the element at `index` and everything above it. Formatting elements popped on the
    /// way (and the one at `index`, unless its own end tag closes it) wait to be reopened; a
    /// marker popped forgets those that wait after it.
    private mutating func pop(to index: Int, closing: Bool = false) {
        guard index > 1 else { return }
        while stack.count > index {
            let entry = stack.removeLast()
            guard !entry.foreign else { continue }
            if entry.tag.isFormatting, !(closing && stack.count == index) {
                reopened.append(entry)
            } else if Self.isMarker(entry.tag) {
                reopened.removeAll { $0.serial > entry.serial }
            }
        }
    }

    private mutating func closeParagraph() {
        if let index = inScope(.button, { $0 == .p }) { pop(to: index) }
    }

    private mutating func closeListItem(_ tag: TagTokenizer.Tag) {
        var index = stack.count - 1
        while index > 1 {
            let entry = stack[index]
            if !entry.foreign, tag == .li ? entry.tag == .li : entry.tag == .dd || entry.tag == .dt {
                return pop(to: index)
            }
            if entry.tag.isSpecial(foreign: entry.foreign), entry.foreign || ![.address, .div, .p].contains(entry.tag) { return }
            index -= 1
        }
    }

    private mutating func generateImpliedEndTags(except exception: TagTokenizer.Tag?) {
        while let top = stack.last, !top.foreign, top.tag != exception,
              [.dd, .dt, .li, .option, .optgroup, .p, .rb, .rp, .rt, .rtc].contains(top.tag) {
            pop()
        }
    }

    /// The nearest HTML element `matches` accepts, if no element bounding `scope` comes first.
    private func inScope(_ scope: TagTokenizer.Scope, _ matches: (TagTokenizer.Tag) -> Bool) -> Int? {
        var index = stack.count - 1
        while index >= 0 {
            let entry = stack[index]
            if !entry.foreign, matches(entry.tag) { return index }
            if entry.tag.bounds(scope, foreign: entry.foreign) { return nil }
            index -= 1
        }
        return nil
    }

    private func lastIndex(in range: PartialRangeFrom<Int>, where matches: (TagTokenizer.Tag) -> Bool) -> Int? {
        var index = stack.count - 1
        while index >= range.lowerBound {
            if !stack[index].foreign, matches(stack[index].tag) { return index }
            index -= 1
        }
        return nil
    }

    /// The nearest `tag` below the top that no template hides.
    private func nearest(_ tag: TagTokenizer.Tag) -> Int? {
        var index = stack.count - 1
        while index >= 0 {
            let entry = stack[index]
            if !entry.foreign, entry.tag == tag { return index }
            if !entry.foreign, entry.tag == .template || entry.tag == .html { return nil }
            index -= 1
        }
        return nil
    }

    /// The nearest element that decides how table parts are read: a cell, caption, row,
    /// section, table or template, or the root when there is none.
    private func tableContext() -> Int? {
        var index = stack.count - 1
        while index >= 0 {
            let entry = stack[index]
            if !entry.foreign {
                switch entry.tag {
                case .td, .th, .caption, .tr, .tbody, .thead, .tfoot, .table, .colgroup, .template, .html: return index
                default: break
                }
            }
            index -= 1
        }
        return nil
    }

    /// The open `select` when it is the current node, or holds it through options.
    private func openSelect() -> Int? {
        var index = stack.count - 1
        while index > 0, !stack[index].foreign {
            switch stack[index].tag {
            case .select: return index
            case .option, .optgroup: index -= 1
            default: return nil
            }
        }
        return nil
    }

    private func isInTable(_ select: Int) -> Bool {
        stack[..<select].last { !$0.foreign && ($0.tag == .table || $0.tag == .template) }?.tag == .table
    }

    private static func isMarker(_ tag: TagTokenizer.Tag) -> Bool {
        switch tag {
        case .td, .th, .caption, .applet, .marquee, .object, .template: true
        default: false
        }
    }

    /// Start tags inside these foreign elements are HTML again.
    private static func takesHTML(_ entry: Entry, _ tag: TagTokenizer.Tag) -> Bool {
        switch entry.tag {
        case .foreignObject, .desc, .title: true
        // Except `mglyph` and `malignmark`, which the gauge does not tell apart; either way one element opens.
        case .mi, .mo, .mn, .ms, .mtext: true
        case .annotationXML: tag == .svg
        default: false
        }
    }

    /// HTML start tags that end SVG and MathML content.
    private static func leavesForeignContent(_ token: Token) -> Bool {
        switch token.tag {
        case .b, .big, .blockquote, .body, .br, .center, .code, .dd, .div, .dl, .dt, .em, .embed, .h1, .h2, .h3, .h4,
             .h5, .h6, .head, .hr, .i, .img, .li, .listing, .menu, .meta, .nobr, .ol, .p, .pre, .ruby, .s, .small, .span,
             .strong, .strike, .sub, .sup, .table, .tt, .u, .ul, .var:
            true
        case .font:
            token.fontLeavesForeignContent
        default:
            false
        }
    }

    private func sameName(_ entry: Entry, _ token: Token) -> Bool {
        guard entry.nameCount == token.nameCount else { return false }
        func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        for k in 0..<entry.nameCount where lowered(bytes[entry.nameStart + k]) != lowered(bytes[token.nameStart + k]) {
            return false
        }
        return true
    }

    /// FNV-1a over the attributes as written: alike attributes hash alike (what the Ark needs to
    /// stay an upper bound); attributes written differently may count as different.
    private func hash(_ token: Token) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in token.attributes { value = (value ^ UInt64(bytes[k])) &* 0x100_0000_01b3 }
        return value
    }
}
