import Foundation
import PathguideYAML

/// Which keys a JSON Schema declares that a YAML file does not set, as paths like
/// `$.channels[].hours.time-zone`, so a test file that should set every key says which it misses.
enum SchemaCoverage {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func keysNotSet(by yaml: String, schema path: String) throws -> [String] {
        let data = try Data(contentsOf: CheckJSONSchema.packageRoot.appendingPathComponent(path))
        guard let schema = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(description: "\(path) is not a JSON object")
        }
        guard let root = try YAMLParser.parse(yaml).first else { throw Failure(description: "the YAML has no document") }
        var declared: Set<String> = []
        declaredKeys(schema, at: "$", root: schema, visiting: [], into: &declared)
        var set: Set<String> = []
        keys(root, at: "$", into: &set)
        return declared.subtracting(set).sorted()
    }

    /// Every named property the schema declares, following `$ref`, `items`, the combinators and
    /// `if`/`then`/`else`. Properties matched only by pattern (a text's languages) have no name to set.
    private static func declaredKeys(_ node: [String: Any], at path: String, root: [String: Any], visiting: Set<String>, into keys: inout Set<String>) {
        if let ref = node["$ref"] as? String, !visiting.contains(ref), let target = resolve(ref, in: root) {
            declaredKeys(target, at: path, root: root, visiting: visiting.union([ref]), into: &keys)
        }
        for (name, property) in node["properties"] as? [String: Any] ?? [:] {
            keys.insert("\(path).\(name)")
            if let property = property as? [String: Any] {
                declaredKeys(property, at: "\(path).\(name)", root: root, visiting: visiting, into: &keys)
            }
        }
        if let items = node["items"] as? [String: Any] {
            declaredKeys(items, at: "\(path)[]", root: root, visiting: visiting, into: &keys)
        }
        for combinator in ["allOf", "anyOf", "oneOf"] {
            for branch in node[combinator] as? [[String: Any]] ?? [] {
                declaredKeys(branch, at: path, root: root, visiting: visiting, into: &keys)
            }
        }
        for branch in ["then", "else"] {
            if let branch = node[branch] as? [String: Any] {
                declaredKeys(branch, at: path, root: root, visiting: visiting, into: &keys)
            }
        }
    }

    /// A `#/…` reference within the schema.
    private static func resolve(_ ref: String, in root: [String: Any]) -> [String: Any]? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: Any = root
        for name in ref.dropFirst(2).split(separator: "/") {
            guard let object = node as? [String: Any], let next = object[String(name)] else { return nil }
            node = next
        }
        return node as? [String: Any]
    }

    /// Every key the YAML sets, lists written as `[]`.
    private static func keys(_ node: YAMLNode, at path: String, into keys: inout Set<String>) {
        if let pairs = node.mapping {
            for pair in pairs {
                guard let name = pair.key.scalar?.value else { continue }
                keys.insert("\(path).\(name)")
                self.keys(pair.value, at: "\(path).\(name)", into: &keys)
            }
        } else if let items = node.sequence {
            for item in items { self.keys(item, at: "\(path)[]", into: &keys) }
        }
    }
}
