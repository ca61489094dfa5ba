import PathguideCore
import PathguideDiagnostics
import PathguideYAML

/// State shared by everything that decodes one file: its name, its nodes and the diagnostics
/// found so far. A class because every reader of the file reports into the same list.
///
/// Nodes are indices into `tree`. Descriptions of what is being read (`for what:`) are only
/// worked out when a message needs them, because almost every value is fine.
final class DecodeContext {
    let file: String
    /// `file`, stored once for every location in it.
    let source: SourceLocation.File
    let tree: YAMLTree
    private(set) var diagnostics: [Diagnostic] = []
    /// Parts that could not be built, for `Guide.unloaded`.
    var unloaded: [UnloadedPart] = []
    // One decoder uses a context on one thread, one access at a time, so the scratch state
    // the hot paths touch skips the runtime's exclusivity checks.

    /// The keys asked of the mapping readers now open, outermost first (see `MappingReader`).
    @exclusivity(unchecked) var askedKeys: [StaticString] = []
    /// Short texts made so far, so that ids, language codes and other words a guide repeats
    /// become a `String` once.
    @exclusivity(unchecked) private var shortTexts = [ShortText?](repeating: nil, count: 512)
    /// Blocks that aliases repeat, decoded and reported once (see `DecodeContext+Aliases.swift`).
    var aliased = AliasedBlocks()

    init(file: String, tree: YAMLTree) {
        self.file = file
        source = SourceLocation.File(file)
        self.tree = tree
    }

    func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(source, line: mark.line, column: mark.column)
    }

    func location(_ node: Int) -> SourceLocation { location(tree.start(node)) }

    func report(_ rule: LoaderRule, at location: SourceLocation, _ message: String, notes: [Diagnostic.Note] = []) {
        record(rule, at: location, message, notes: notes, block: block(of: nil))
    }

    /// A finding about `node`; one that aliases share is reported where it is written.
    func report(_ rule: LoaderRule, at node: Int, _ message: String, notes: [Diagnostic.Note] = []) {
        record(rule, at: location(tree.origin(node)), message, notes: notes, block: block(of: node))
    }

    private func record(_ rule: LoaderRule, at location: SourceLocation, _ message: String, notes: [Diagnostic.Note], block: Int?) {
        guard isNew(rule, at: location, message) else { return }
        let notes = block.map { notes + usedHere($0) } ?? notes
        diagnostics.append(Diagnostic(ruleID: rule.id, severity: .error, location: location, message: message, notes: notes))
    }

    /// How a node reads in "expected X, found Y" messages.
    func describe(_ node: Int) -> String {
        switch tree.kind(node) {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar: ScalarKind(tree, node).phrase
        }
    }

    func wrongType(_ node: Int, expected: String, for what: () -> String) {
        var message = "\(what()) must be \(expected), found \(describe(node))"
        if tree.isScalar(node), expected == "a string", ScalarKind(tree, node) != .null {
            message += "; put it in quotes"
        }
        report(.wrongType, at: node, message)
    }

    func wrongType(_ node: Int, expected: String, for what: @autoclosure () -> String) {
        wrongType(node, expected: expected, for: what)
    }

    // MARK: - Scalars

    private struct ShortText {
        var low: UInt64
        var high: UInt64
        var count: Int
        var text: String
    }

    /// A scalar's text as a `String`; texts of up to 15 bytes (which `String` keeps inline)
    /// are looked up among those made before.
    func scalarText(_ node: Int) -> String {
        tree.withUTF8(node) { bytes in
            let count = bytes.count
            guard count <= 15 else { return String(decoding: bytes, as: UTF8.self) }
            var low: UInt64 = 0, high: UInt64 = 0
            for i in 0..<min(count, 8) { low |= UInt64(bytes[i]) << UInt64(8 * i) }
            if count > 8 {
                for i in 8..<count { high |= UInt64(bytes[i]) << UInt64(8 * (i - 8)) }
            }
            var hash = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
            let slot = Int(truncatingIfNeeded: (hash ^ UInt64(count)) & 511)
            if let known = shortTexts[slot], known.low == low, known.high == high, known.count == count {
                return known.text
            }
            let text = String(decoding: bytes, as: UTF8.self)
            shortTexts[slot] = ShortText(low: low, high: high, count: count, text: text)
            return text
        }
    }

    /// Whether a node is a scalar YAML 1.2 reads as a string.
    func isString(_ node: Int) -> Bool {
        tree.isScalar(node) && ScalarKind(tree, node) == .string
    }

    /// A string scalar. Plain scalars that YAML 1.2 reads as numbers, booleans or null are refused,
    /// because an editor validating against the schema would refuse them too.
    func string(_ node: Int, for what: @autoclosure () -> String) -> Located<String>? {
        guard isString(node) else {
            wrongType(node, expected: "a string", for: what)
            return nil
        }
        return Located(scalarText(node), at: location(node))
    }

    /// A string, also accepting the plain forms a YAML reader takes for a date or a time,
    /// which authors often leave unquoted.
    func lenientString(_ node: Int, for what: @autoclosure () -> String) -> Located<String>? {
        if tree.isScalar(node), tree.style(node) == .plain, !tree.hasTag(node) {
            let kind = ScalarKind(tree, node)
            if kind == .timestamp || kind == .string {
                return Located(scalarText(node), at: location(node))
            }
        }
        return string(node, for: what())
    }

    func int(_ node: Int, for what: @autoclosure () -> String) -> Located<Int>? {
        guard tree.isScalar(node), ScalarKind(tree, node) == .int, let value = Int(scalarText(node)) else {
            wrongType(node, expected: "a whole number", for: what)
            return nil
        }
        return Located(value, at: location(node))
    }

    /// A value from a closed vocabulary, with a suggestion when it looks like a typo.
    func enumeration<E: RawRepresentable & CaseIterable & Sendable>(_ node: Int, as type: E.Type, for what: String) -> Located<E>? where E.RawValue == String {
        guard let text = string(node, for: what) else { return nil }
        if let value = E(rawValue: text.value) {
            return Located(value, at: text.location)
        }
        let allowed = E.allCases.map(\.rawValue)
        let suggestion = Suggestion.phrase(for: text.value, among: allowed)
        let list = suggestion.isEmpty ? "; use one of: \(allowed.joined(separator: ", "))" : suggestion
        report(.invalidValue, at: node, "'\(text.value)' is not a valid \(what)\(list)")
        return nil
    }

    func date(_ node: Int, for what: String) -> Located<LocalDate>? {
        guard let text = lenientString(node, for: what) else { return nil }
        guard let date = LocalDate(iso: Substring(text.value)) else {
            report(.invalidValue, at: node, "'\(text.value)' is not a valid \(what); write it as YYYY-MM-DD")
            return nil
        }
        return Located(date, at: text.location)
    }

    // MARK: - Collections

    /// The items of a list, each handed to `element`; items that fail to decode are dropped
    /// after their diagnostics are recorded, so one bad item does not hide problems in the rest.
    func list<T>(_ node: Int, for what: @autoclosure () -> String, _ element: (Int) -> T?) -> [T] {
        guard tree.kind(node) == .sequence else {
            wrongType(node, expected: "a list", for: what)
            return []
        }
        guard tree.isShared(node) else { return items(of: node, element) }
        return onceList(node, what: what()) { items(of: $0, element) }
    }

    private func items<T>(of node: Int, _ element: (Int) -> T?) -> [T] {
        let count = tree.count(node)
        var items: [T] = []
        items.reserveCapacity(count)
        for i in 0..<count {
            if let item = element(tree.item(node, i)) { items.append(item) }
        }
        return items
    }

    /// One id or a list of ids (`source: s001` or `source: [s001, s002]`).
    func references(_ node: Int, for what: @autoclosure () -> String) -> [Located<String>] {
        if tree.kind(node) == .sequence {
            return list(node, for: what()) { string($0, for: what()) }
        }
        return string(node, for: what()).map { [$0] } ?? []
    }

    /// `{zh: …, en: …}`: a language code to a string.
    func text(_ node: Int, for what: @autoclosure () -> String) -> LocalizedText? {
        once(node) { node in
            guard tree.kind(node) == .mapping else {
                wrongType(node, expected: "a text in each language, like {zh: …, en: …}", for: what)
                return nil
            }
            let count = tree.count(node)
            var entries: [LocalizedText.Entry] = []
            entries.reserveCapacity(count)
            // Texts have a handful of languages, so earlier keys are searched in place; only a
            // hostile mapping with very many keys gets a dictionary.
            var seen: [String: Int]? = count > 16 ? [:] : nil
            for i in 0..<count {
                let key = tree.key(node, i)
                guard isString(key) else {
                    wrongType(key, expected: "a string", for: "a language code")
                    continue
                }
                let language = scalarText(key)
                let first: Int?
                if seen != nil {
                    first = seen![language]
                    if first == nil { seen![language] = key }
                } else {
                    first = (0..<i).lazy.map { self.tree.key(node, $0) }.first { tree.scalar($0, equals: key) && isString($0) }
                }
                if let first {
                    report(.duplicateKey, at: key, "language '\(language)' appears twice in \(what())",
                           notes: [Diagnostic.Note(location: location(first), message: "first written here")])
                    continue
                }
                let value = tree.value(node, i)
                guard isString(value) else {
                    wrongType(value, expected: "a string", for: "the \(language) text of \(what())")
                    continue
                }
                entries.append(LocalizedText.Entry(language: language, text: scalarText(value), location: location(value)))
            }
            return LocalizedText(entries: entries, location: location(node))
        }
    }
}
