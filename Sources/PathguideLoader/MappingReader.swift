import PathguideCore
import PathguideDiagnostics
import PathguideYAML

/// Reads one YAML mapping key by key. Every key a decoder asks for becomes a known key;
/// `finish()` then reports whatever the file had that nobody asked for, with a suggestion.
/// Duplicate keys are reported on construction, at the second occurrence.
///
/// Keys are compared as bytes against the decoder's static names, in place: a mapping has a
/// dozen keys at most, usually in the order they are asked for, so a scan from where the last
/// key was found beats hashing.
struct MappingReader {
    let node: Int
    let what: String
    let context: DecodeContext
    private let pairs: Int
    /// Pairs that cannot be looked up: keys that are not scalars, and repeated keys.
    private var skipped: PairSet
    /// Pairs whose key was asked for.
    private var used: PairSet
    private var cursor = 0
    /// `signature(of:)` of every key that can be looked up, so most absent keys cost no scan.
    private var signatures: UInt64 = 0
    /// The keys asked for are `context.askedKeys[askedStart..<askedStart + askedCount]`: readers
    /// nest, and each one finishes before the reader around it asks again, so they share one
    /// array as a stack.
    private let askedStart: Int
    private var askedCount = 0
    /// Required keys that are absent, reported by `finish()`: as a missing key, or, when a key
    /// nobody asked for misspells one, as that unknown key alone.
    private var missing: [String] = []

    /// Mappings with more keys than this find repeated keys with a dictionary.
    private static let scanLimit = 32

    /// `nil` (after reporting) when the node is not a mapping.
    init?(_ node: Int, what: String, context: DecodeContext) {
        self.node = node
        self.what = what
        self.context = context
        let tree = context.tree
        guard tree.kind(node) == .mapping else {
            context.wrongType(node, expected: "a mapping", for: what)
            return nil
        }
        pairs = tree.count(node)
        skipped = PairSet(count: pairs)
        used = PairSet(count: pairs)
        askedStart = context.askedKeys.count
        var firstKey: [String: Int]? = pairs > Self.scanLimit ? [:] : nil
        // One bit per length and end bytes of the ASCII keys seen: a key whose bit is clear has
        // no byte-identical key before it, and an ASCII key equals a differently spelt key only
        // when that one has non-ASCII text.
        var sawNonASCII = false
        for i in 0..<pairs {
            let key = tree.key(node, i)
            guard tree.isScalar(key) else {
                context.wrongType(key, expected: "a string", for: "a key in \(what)")
                skipped.insert(i)
                continue
            }
            let first: Int?
            let bit = tree.withUTF8(key, Self.signature)
            if firstKey != nil {
                let name = tree.string(key)
                first = firstKey![name]
                if first == nil { firstKey![name] = key }
            } else {
                let ascii = tree.isASCII(key)
                first = !ascii || sawNonASCII || signatures & bit != 0 ? firstEarlier(i, equalTo: key) : nil
                if !ascii { sawNonASCII = true }
            }
            signatures |= bit
            if let first {
                context.report(.duplicateKey, at: key, "key '\(tree.string(key))' appears twice in \(what)",
                               notes: [Diagnostic.Note(location: context.location(first), message: "first written here")])
                skipped.insert(i)
            }
        }
    }

    /// One of 64 bits, chosen by a text's length and its first and last bytes.
    private static func signature(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let head = bytes.first, let tail = bytes.last else { return 1 }
        return 1 << ((UInt64(bytes.count) &* 7 &+ UInt64(head) &* 3 &+ UInt64(tail)) & 63)
    }

    /// The key node of the first pair before `i` whose key has the same text as `key`.
    private func firstEarlier(_ i: Int, equalTo key: Int) -> Int? {
        let tree = context.tree
        for j in 0..<i where !skipped.contains(j) {
            let earlier = tree.key(node, j)
            if tree.scalar(earlier, equals: key) { return earlier }
        }
        return nil
    }

    var location: SourceLocation { context.location(node) }

    /// The value of an optional key, `nil` when absent. An explicit `null` counts as absent.
    mutating func optional(_ key: StaticString) -> Int? {
        let end = askedStart + askedCount
        if context.askedKeys.count > end {
            // A reader opened inside this one left its keys behind.
            context.askedKeys.removeLast(context.askedKeys.count - end)
        }
        context.askedKeys.append(key)
        askedCount += 1
        guard let i = find(key) else { return nil }
        used.insert(i)
        cursor = i + 1
        let tree = context.tree
        let value = tree.value(node, i)
        if tree.isScalar(value), !tree.hasTag(value), tree.style(value) == .plain,
           tree.withUTF8(value, ScalarKind.resolvePlain) == .null {
            return nil
        }
        return value
    }

    /// The pair whose key is `key`, searched from just after the last key found.
    private func find(_ key: StaticString) -> Int? {
        if signatures & Self.signature(UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)) == 0 {
            return nil
        }
        let tree = context.tree
        var i = cursor
        for _ in 0..<pairs {
            if i >= pairs { i = 0 }
            if !skipped.contains(i), tree.scalar(tree.key(node, i), equals: key) { return i }
            i += 1
        }
        return nil
    }

    /// The value of a required key; reports `missing-field` at the mapping when absent, unless
    /// a key nobody asked for is a misspelling of it, which `finish()` reports.
    mutating func required(_ key: StaticString) -> Int? {
        guard let value = optional(key) else {
            missing.append(key.description)
            return nil
        }
        return value
    }

    /// Reports every required key that is absent and every key that no decoder asked for. A
    /// key that misspells an absent required key is the one finding for both.
    func finish() {
        let tree = context.tree
        let known = known
        var misspelt: Set<String> = []
        for i in 0..<pairs where !skipped.contains(i) && !used.contains(i) {
            // Keys asked for are lowercase ASCII words and hyphens, which no other spelling
            // equals, so a key that no byte comparison found is not among them.
            let keyNode = tree.key(node, i)
            let name = tree.string(keyNode)
            let closest = Suggestion.closest(to: name, among: known)
            if let closest, missing.contains(closest), !misspelt.contains(closest) {
                misspelt.insert(closest)
                context.report(.unknownKey, at: keyNode, "unknown key '\(name)' in \(what); did you mean '\(closest)'?",
                               notes: [Diagnostic.Note(location: nil, message: "\(what) needs '\(closest)'")])
                continue
            }
            let suggestion = Suggestion.phrase(for: name, among: known)
            context.report(.unknownKey, at: keyNode, "unknown key '\(name)' in \(what)\(suggestion)")
        }
        for key in missing where !misspelt.contains(key) {
            context.report(.missingField, at: node, "\(what) is missing required key '\(key)'")
        }
        if context.askedKeys.count > askedStart {
            context.askedKeys.removeLast(context.askedKeys.count - askedStart)
        }
    }

    /// The keys asked for, in order.
    private var known: [String] {
        context.askedKeys[askedStart..<askedStart + askedCount].map(\.description)
    }

    // Shorthands that read a key and decode its value in one go.

    mutating func string(_ key: StaticString, required: Bool = false) -> Located<String>? {
        guard let value = required ? self.required(key) : optional(key) else { return nil }
        return context.string(value, for: "'\(key)'")
    }

    mutating func text(_ key: StaticString, required: Bool = false) -> LocalizedText? {
        guard let value = required ? self.required(key) : optional(key) else { return nil }
        return context.text(value, for: "'\(key)'")
    }

    mutating func enumeration<E: RawRepresentable & CaseIterable & Sendable>(_ key: StaticString, as type: E.Type, required: Bool = false) -> Located<E>? where E.RawValue == String {
        guard let value = required ? self.required(key) : optional(key) else { return nil }
        return context.enumeration(value, as: type, for: key.description)
    }

    mutating func references(_ key: StaticString) -> [Located<String>] {
        guard let value = optional(key) else { return [] }
        return context.references(value, for: "'\(key)'")
    }

    mutating func strings(_ key: StaticString, required: Bool = false) -> [Located<String>] {
        guard let value = required ? self.required(key) : optional(key) else { return [] }
        return context.list(value, for: "'\(key)'") { context.string($0, for: "an item of '\(key)'") }
    }

    mutating func texts(_ key: StaticString) -> [LocalizedText] {
        guard let value = optional(key) else { return [] }
        return context.list(value, for: "'\(key)'") { context.text($0, for: "an item of '\(key)'") }
    }

    /// A list of parts; one that is not a list is reported, and recorded as parts of `kind` that
    /// could not be built (`Guide.unloaded`).
    mutating func list<T>(_ key: StaticString, required: Bool = false, of kind: UnloadedPart.Kind = .other, _ element: (Int) -> T?) -> [T] {
        guard let value = required ? self.required(key) : optional(key) else { return [] }
        if context.tree.kind(value) != .sequence {
            context.unloaded.append(UnloadedPart(kind: kind, location: context.location(value)))
        }
        return context.list(value, for: "'\(key)'", element)
    }
}

/// A set of pair positions: bits in a word for the usual small mapping, an array beyond that.
struct PairSet {
    private var small: UInt64 = 0
    private var large: [Bool] = []

    init(count: Int) {
        if count > 64 { large = Array(repeating: false, count: count) }
    }

    func contains(_ i: Int) -> Bool {
        large.isEmpty ? small & (1 << UInt64(i)) != 0 : large[i]
    }

    mutating func insert(_ i: Int) {
        if large.isEmpty { small |= 1 << UInt64(i) } else { large[i] = true }
    }
}
