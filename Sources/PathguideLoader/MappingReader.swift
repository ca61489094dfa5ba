import PathguideCore
import PathguideDiagnostics
import PathguideYAML

/// Reads one YAML mapping key by key. Every key a decoder asks for becomes a known key;
/// `finish()` then reports whatever the file had that nobody asked for, with a suggestion.
/// Duplicate keys are reported on construction, at the second occurrence.
struct MappingReader {
    let node: YAMLNode
    let what: String
    let context: DecodeContext
    private var values: [String: YAMLNode] = [:]
    private var keyNodes: [(name: String, node: YAMLNode)] = []
    private var known: [String] = []

    /// `nil` (after reporting) when the node is not a mapping.
    init?(_ node: YAMLNode, what: String, context: DecodeContext) {
        self.node = node
        self.what = what
        self.context = context
        guard case .mapping(let pairs) = node.kind else {
            context.wrongType(node, expected: "a mapping", for: what)
            return nil
        }
        var firstKey: [String: YAMLNode] = [:]
        for pair in pairs {
            guard case .scalar(let scalar) = pair.key.kind else {
                context.wrongType(pair.key, expected: "a string", for: "a key in \(what)")
                continue
            }
            let name = scalar.value
            if let first = firstKey[name] {
                context.report(.duplicateKey, at: pair.key, "key '\(name)' appears twice in \(what)",
                               notes: [Diagnostic.Note(location: context.location(first), message: "first written here")])
                continue
            }
            firstKey[name] = pair.key
            values[name] = pair.value
            keyNodes.append((name, pair.key))
        }
    }

    var location: SourceLocation { context.location(node) }

    /// The value of an optional key, `nil` when absent. An explicit `null` counts as absent.
    mutating func optional(_ key: String) -> YAMLNode? {
        known.append(key)
        guard let value = values[key] else { return nil }
        if case .scalar(let scalar) = value.kind, value.tag == nil, scalar.style == .plain, ScalarKind.resolvePlain(scalar.value) == .null {
            return nil
        }
        return value
    }

    /// The value of a required key; reports `missing-field` at the mapping when absent.
    mutating func required(_ key: String) -> YAMLNode? {
        guard let value = optional(key) else {
            context.report(.missingField, at: node, "\(what) is missing required key '\(key)'")
            return nil
        }
        return value
    }

    /// Reports every key that no decoder asked for.
    func finish() {
        for (name, keyNode) in keyNodes where !known.contains(name) {
            let suggestion = Suggestion.phrase(for: name, among: known)
            context.report(.unknownKey, at: keyNode, "unknown key '\(name)' in \(what)\(suggestion)")
        }
    }

    // Shorthands that read a key and decode its value in one go.

    mutating func string(_ key: String, required: Bool = false) -> Located<String>? {
        guard let value = required ? self.required(key) : optional(key) else { return nil }
        return context.string(value, for: "'\(key)'")
    }

    mutating func text(_ key: String, required: Bool = false) -> LocalizedText? {
        guard let value = required ? self.required(key) : optional(key) else { return nil }
        return context.text(value, for: "'\(key)'")
    }

    mutating func enumeration<E: RawRepresentable & CaseIterable & Sendable>(_ key: String, as type: E.Type, required: Bool = false) -> Located<E>? where E.RawValue == String {
        guard let value = required ? self.required(key) : optional(key) else { return nil }
        return context.enumeration(value, as: type, for: key)
    }

    mutating func references(_ key: String) -> [Located<String>] {
        guard let value = optional(key) else { return [] }
        return context.references(value, for: "'\(key)'")
    }

    mutating func strings(_ key: String, required: Bool = false) -> [Located<String>] {
        guard let value = required ? self.required(key) : optional(key) else { return [] }
        return context.list(value, for: "'\(key)'") { context.string($0, for: "an item of '\(key)'") }
    }

    mutating func texts(_ key: String) -> [LocalizedText] {
        guard let value = optional(key) else { return [] }
        return context.list(value, for: "'\(key)'") { context.text($0, for: "an item of '\(key)'") }
    }

    mutating func list<T>(_ key: String, required: Bool = false, _ element: (YAMLNode) -> T?) -> [T] {
        guard let value = required ? self.required(key) : optional(key) else { return [] }
        return context.list(value, for: "'\(key)'", element)
    }
}
