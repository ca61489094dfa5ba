import PathguideYAML

/// What a scalar is under the YAML 1.2 core schema. Plain `true`, `12` or `null` are not strings
/// there, and editors validating against the JSON Schema agree, so the loader asks authors to
/// quote them rather than guess.
enum ScalarKind: Equatable {
    case null, bool, int, float, timestamp, string

    init(_ scalar: YAMLScalar, tag: String?) {
        if let tag {
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
        guard scalar.style == .plain else { self = .string; return }
        self = ScalarKind.resolvePlain(scalar.value)
    }

    static func resolvePlain(_ text: String) -> ScalarKind {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE", "false", "False", "FALSE": return .bool
        case ".inf", ".Inf", ".INF", "-.inf", "-.Inf", "-.INF", "+.inf", ".nan", ".NaN", ".NAN": return .float
        default: break
        }
        // Most plain scalars are words; only those starting like a number need a closer look,
        // and that look reads the UTF-8 in place instead of copying it.
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") || (48...57).contains(first) else {
            return .string
        }
        var copy = text
        return copy.withUTF8 { utf8 in
            if isInteger(utf8) { return .int }
            if isFloat(utf8) { return .float }
            if isTimestamp(utf8) { return .timestamp }
            return .string
        }
    }

    private static func isDigit(_ c: UInt8) -> Bool { (48...57).contains(c) }

    private static func isInteger(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var body = s[...]
        if body.first == UInt8(ascii: "-") || body.first == UInt8(ascii: "+") { body = body.dropFirst() }
        if body.starts(with: Array("0x".utf8)) {
            return body.count > 2 && body.dropFirst(2).allSatisfy { isDigit($0) || (97...102).contains($0 | 0x20) }
        }
        if body.starts(with: Array("0o".utf8)) {
            return body.count > 2 && body.dropFirst(2).allSatisfy { (48...55).contains($0) }
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
