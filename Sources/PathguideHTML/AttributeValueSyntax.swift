/// How addresses sit inside an attribute value, as byte ranges of that value.
///
/// The same rules run over the decoded value (for the addresses) and over the raw source text
/// (for their positions): character references such as `&amp;` change lengths, so offsets in
/// the decoded value are not offsets in the file.
enum AttributeValueSyntax {
    /// The whole value is one address (`href`, `src`, `action`).
    case url
    /// A comma-separated list of candidates, each an address and optional descriptors.
    case srcset
    /// A `<meta http-equiv="refresh">` content: a delay, then optionally `url=` and an address.
    case refresh

    func ranges(in value: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        switch self {
        case .url: [Self.trimmed(value, from: 0, to: value.count)]
        case .srcset: Self.srcsetRanges(value)
        case .refresh: Self.refreshRange(value).map { [$0] } ?? []
        }
    }

    /// The addresses in the decoded `value`, each with its byte offset in the source, where
    /// `raw` is the value as written starting at offset `start`. Character references move
    /// things, so the same syntax runs over the raw text; when a reference encoded a separator
    /// (the two disagree on how many addresses there are), the value's start has to do.
    func addresses(in value: UnsafeBufferPointer<UInt8>, raw: UnsafeBufferPointer<UInt8>, start: Int) -> [(text: String, offset: Int)] {
        let decodedRanges = ranges(in: value)
        guard !decodedRanges.isEmpty else { return [] }
        let offsets: [Int]
        if raw.elementsEqual(value) {
            offsets = decodedRanges.map { start + $0.lowerBound }
        } else {
            let rawRanges = ranges(in: raw)
            offsets = rawRanges.count == decodedRanges.count
                ? rawRanges.map { start + $0.lowerBound }
                : Array(repeating: start, count: decodedRanges.count)
        }
        return zip(decodedRanges, offsets).map { range, offset in
            (String(decoding: UnsafeBufferPointer(rebasing: value[range]), as: UTF8.self), offset)
        }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func trimmed(_ value: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Range<Int> {
        var lower = start
        var upper = end
        while lower < upper, isWhitespace(value[lower]) { lower += 1 }
        while upper > lower, isWhitespace(value[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The HTML standard's srcset parser, without the descriptor validation a browser does
    /// to pick a candidate: a link checker wants every candidate.
    private static func srcsetRanges(_ value: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        let count = value.count
        while true {
            while i < count, isWhitespace(value[i]) || value[i] == UInt8(ascii: ",") { i += 1 }
            if i >= count { break }
            let start = i
            while i < count, !isWhitespace(value[i]) { i += 1 }
            var end = i
            if value[end - 1] == UInt8(ascii: ",") {
                // "a.png," is an address with no descriptors; the commas are separators.
                while end > start, value[end - 1] == UInt8(ascii: ",") { end -= 1 }
                if end > start { ranges.append(start..<end) }
                continue
            }
            ranges.append(start..<end)
            // Descriptors may contain commas inside parentheses, as in future syntax; skip to the separator.
            var depth = 0
            while i < count {
                let byte = value[i]
                i += 1
                if byte == UInt8(ascii: "(") {
                    depth += 1
                } else if byte == UInt8(ascii: ")") {
                    depth = max(0, depth - 1)
                } else if byte == UInt8(ascii: ","), depth == 0 {
                    break
                }
            }
        }
        return ranges
    }

    /// The standard's "shared declarative refresh steps", reduced to finding the address.
    private static func refreshRange(_ value: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let count = value.count
        var i = 0
        func skipWhitespace() { while i < count, isWhitespace(value[i]) { i += 1 } }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

        skipWhitespace()
        let delayStart = i
        while i < count, isDigit(value[i]) || value[i] == UInt8(ascii: ".") { i += 1 }
        if i == delayStart { return nil }
        if i >= count { return nil }
        let separator = value[i]
        guard separator == UInt8(ascii: ";") || separator == UInt8(ascii: ",") || isWhitespace(separator) else { return nil }
        skipWhitespace()
        if i < count, value[i] == UInt8(ascii: ";") || value[i] == UInt8(ascii: ",") { i += 1 }
        skipWhitespace()
        if i >= count { return nil }

        // "url =" is optional; without it the rest is the address.
        var j = i
        if j + 3 <= count, lowered(value[j]) == UInt8(ascii: "u"), lowered(value[j + 1]) == UInt8(ascii: "r"),
           lowered(value[j + 2]) == UInt8(ascii: "l") {
            j += 3
            while j < count, isWhitespace(value[j]) { j += 1 }
            if j < count, value[j] == UInt8(ascii: "=") {
                j += 1
                while j < count, isWhitespace(value[j]) { j += 1 }
                i = j
            }
        }
        var end = count
        if i < count, value[i] == UInt8(ascii: "'") || value[i] == UInt8(ascii: "\"") {
            let quote = value[i]
            i += 1
            var k = i
            while k < count, value[k] != quote { k += 1 }
            end = k
        }
        let range = trimmed(value, from: i, to: end)
        return range.isEmpty ? nil : range
    }
}
