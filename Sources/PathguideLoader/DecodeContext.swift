import PathguideCore
import PathguideDiagnostics
import PathguideYAML

/// State shared by everything that decodes one file: its name and the diagnostics found so far.
/// A class because every reader of the file reports into the same list.
final class DecodeContext {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    func location(_ node: YAMLNode) -> SourceLocation { location(node.start) }

    func report(_ rule: LoaderRule, at location: SourceLocation, _ message: String, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(ruleID: rule.rawValue, severity: .error, location: location, message: message, notes: notes))
    }

    func report(_ rule: LoaderRule, at node: YAMLNode, _ message: String, notes: [Diagnostic.Note] = []) {
        report(rule, at: location(node), message, notes: notes)
    }

    /// How a node reads in "expected X, found Y" messages.
    func describe(_ node: YAMLNode) -> String {
        switch node.kind {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar): ScalarKind(scalar, tag: node.tag).phrase
        }
    }

    func wrongType(_ node: YAMLNode, expected: String, for what: String) {
        var message = "\(what) must be \(expected), found \(describe(node))"
        if case .scalar(let scalar) = node.kind, expected == "a string", ScalarKind(scalar, tag: node.tag) != .null {
            message += "; put it in quotes"
        }
        report(.wrongType, at: node, message)
    }

    // MARK: - Scalars

    /// A string scalar. Plain scalars that YAML 1.2 reads as numbers, booleans or null are refused,
    /// because an editor validating against the schema would refuse them too.
    func string(_ node: YAMLNode, for what: String) -> Located<String>? {
        guard case .scalar(let scalar) = node.kind, ScalarKind(scalar, tag: node.tag) == .string else {
            wrongType(node, expected: "a string", for: what)
            return nil
        }
        return Located(scalar.value, at: location(node))
    }

    /// A string, also accepting the plain forms a YAML reader takes for a date or a time,
    /// which authors often leave unquoted.
    func lenientString(_ node: YAMLNode, for what: String) -> Located<String>? {
        if case .scalar(let scalar) = node.kind, scalar.style == .plain, node.tag == nil {
            let kind = ScalarKind(scalar, tag: nil)
            if kind == .timestamp || kind == .string {
                return Located(scalar.value, at: location(node))
            }
        }
        return string(node, for: what)
    }

    func int(_ node: YAMLNode, for what: String) -> Located<Int>? {
        guard case .scalar(let scalar) = node.kind, ScalarKind(scalar, tag: node.tag) == .int, let value = Int(scalar.value) else {
            wrongType(node, expected: "a whole number", for: what)
            return nil
        }
        return Located(value, at: location(node))
    }

    /// A value from a closed vocabulary, with a suggestion when it looks like a typo.
    func enumeration<E: RawRepresentable & CaseIterable & Sendable>(_ node: YAMLNode, as type: E.Type, for what: String) -> Located<E>? where E.RawValue == String {
        guard let text = string(node, for: what) else { return nil }
        if let value = E(rawValue: text.value) {
            return Located(value, at: text.location)
        }
        let allowed = E.allCases.map(\.rawValue)
        let suggestion = Suggestion.phrase(for: text.value, among: allowed)
        let list = suggestion.isEmpty ? "; use one of: \(allowed.joined(separator: ", "))" : suggestion
        report(.invalidValue, at: text.location, "'\(text.value)' is not a valid \(what)\(list)")
        return nil
    }

    func date(_ node: YAMLNode, for what: String) -> Located<LocalDate>? {
        guard let text = lenientString(node, for: what) else { return nil }
        guard let date = LocalDate(iso: Substring(text.value)) else {
            report(.invalidValue, at: text.location, "'\(text.value)' is not a valid \(what); write it as YYYY-MM-DD")
            return nil
        }
        return Located(date, at: text.location)
    }

    // MARK: - Collections

    /// The items of a list, each handed to `element`; items that fail to decode are dropped
    /// after their diagnostics are recorded, so one bad item does not hide problems in the rest.
    func list<T>(_ node: YAMLNode, for what: String, _ element: (YAMLNode) -> T?) -> [T] {
        guard case .sequence(let items) = node.kind else {
            wrongType(node, expected: "a list", for: what)
            return []
        }
        return items.compactMap(element)
    }

    /// One id or a list of ids (`source: s001` or `source: [s001, s002]`).
    func references(_ node: YAMLNode, for what: String) -> [Located<String>] {
        if case .sequence = node.kind {
            return list(node, for: what) { string($0, for: what) }
        }
        return string(node, for: what).map { [$0] } ?? []
    }

    /// `{zh: …, en: …}`: a language code to a string.
    func text(_ node: YAMLNode, for what: String) -> LocalizedText? {
        guard case .mapping(let pairs) = node.kind else {
            wrongType(node, expected: "a text in each language, like {zh: …, en: …}", for: what)
            return nil
        }
        var entries: [LocalizedText.Entry] = []
        var seen: [String: YAMLNode] = [:]
        for pair in pairs {
            guard let language = string(pair.key, for: "a language code") else { continue }
            if let first = seen[language.value] {
                report(.duplicateKey, at: pair.key, "language '\(language.value)' appears twice in \(what)",
                       notes: [Diagnostic.Note(location: location(first), message: "first written here")])
                continue
            }
            seen[language.value] = pair.key
            guard let value = string(pair.value, for: "the \(language.value) text of \(what)") else { continue }
            entries.append(LocalizedText.Entry(language: language.value, text: value.value, location: value.location))
        }
        return LocalizedText(entries: entries, location: location(node))
    }
}
