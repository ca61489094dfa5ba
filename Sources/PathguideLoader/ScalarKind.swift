import PathguideYAML

/// What a scalar is under the YAML 1.2 core schema. Plain `true`, `12` or `null` are not strings
/// there, and editors validating against the JSON Schema agree, so the loader asks authors to
/// quote them rather than guess.
enum ScalarKind: Equatable {
    case null, bool, int, float, timestamp, string

    /// The kind of node `node` of `tree`, which must be a scalar.
    init(_ tree: YAMLTree, _ node: Int) {
        if let tag = tree.tag(node) {
            switch tag {
            case "tag:yaml.org,2002:str", "!": self = .string
            case "tag:yaml.org,2002:int": self = .int
            case "tag:yaml.org,2002:bool": self = .bool
            case "tag:yaml.org,2002:null": self = .null
            case "tag:yaml.org,2002:float": self = .float
            default: self = .string
            }
            return
        }
        guard tree.style(node) == .plain else { self = .string; return }
        self = tree.withUTF8(node, ScalarKind.resolvePlain)
    }

    static func resolvePlain(_ text: String) -> ScalarKind {
        var copy = text
        return copy.withUTF8(resolvePlain)
    }

    /// Reads the UTF-8 in place: most plain scalars are words, settled by their first byte.
    static func resolvePlain(_ s: UnsafeBufferPointer<UInt8>) -> ScalarKind {
        guard let first = s.first else { return .null }
        switch first {
        case UInt8(ascii: "~"):
            return s.count == 1 ? .null : .string
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            return word(s, "null") || word(s, "Null") || word(s, "NULL") ? .null : .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return word(s, "true") || word(s, "True") || word(s, "TRUE") || word(s, "false") || word(s, "False") || word(s, "FALSE")
                ? .bool : .string
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if word(s, ".inf") || word(s, ".Inf") || word(s, ".INF") || word(s, "-.inf") || word(s, "-.Inf") || word(s, "-.INF")
                || word(s, "+.inf") || word(s, ".nan") || word(s, ".NaN") || word(s, ".NAN") {
                return .float
            }
            if isInteger(s) { return .int }
            if isFloat(s) { return .float }
            if isTimestamp(s) { return .timestamp }
            return .string
        default:
            return .string
        }
    }

    private static func word(_ s: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard s.count == word.utf8CodeUnitCount else { return false }
        let other = word.utf8Start
        for i in 0..<s.count where s[i] != other[i] { return false }
        return true
    }

    private static func isDigit(_ c: UInt8) -> Bool { (48...57).contains(c) }

    private static func isInteger(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var body = s[...]
        if body.first == UInt8(ascii: "-") || body.first == UInt8(ascii: "+") { body = body.dropFirst() }
        if body.count >= 2, body.first == UInt8(ascii: "0") {
            let marker = body[body.startIndex + 1]
            if marker == UInt8(ascii: "x") {
                return body.count > 2 && body.dropFirst(2).allSatisfy { isDigit($0) || (97...102).contains($0 | 0x20) }
            }
            if marker == UInt8(ascii: "o") {
                return body.count > 2 && body.dropFirst(2).allSatisfy { (48...55).contains($0) }
            }
        }
        return !body.isEmpty && body.allSatisfy(isDigit)
    }

    private static func isFloat(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if i < s.count, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
        var digits = 0
        while i < s.count, isDigit(s[i]) { i += 1; digits += 1 }
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            while i < s.count, isDigit(s[i]) { i += 1; digits += 1 }
        }
        guard digits > 0 else { return false }
        if i < s.count, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
            i += 1
            if i < s.count, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
            var exp = 0
            while i < s.count, isDigit(s[i]) { i += 1; exp += 1 }
            guard exp > 0 else { return false }
        }
        return i == s.count
    }

    /// `2026-11-20` and friends: YAML 1.1 readers (and ruamel, which editors use) turn these into dates.
    private static func isTimestamp(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        s.count >= 8 && s.count <= 40 && s.prefix(4).allSatisfy(isDigit) && s[4] == UInt8(ascii: "-")
    }

    var phrase: String {
        switch self {
        case .null: "nothing (null)"
        case .bool: "true/false"
        case .int: "a number"
        case .float: "a number"
        case .timestamp: "a date"
        case .string: "a string"
        }
    }
}
