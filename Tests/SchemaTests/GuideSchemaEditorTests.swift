import Foundation
import PathguideCore
import Testing

/// What editors show from the guide schema: each enum value described, snippets that insert a
/// valid channel, screen and scenario, and enums that are the format's own vocabulary.
@Suite("Guide schema for editors")
struct GuideSchemaEditorTests {
    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: CheckJSONSchema.packageRoot.appendingPathComponent(CheckJSONSchema.schemaPath))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Every object in the schema that has `key`, by its JSON pointer, in document order.
    static func objects(with key: String, in value: Any, at pointer: String = "") -> [(String, [String: Any])] {
        if let object = value as? [String: Any] {
            var found = object[key] != nil ? [(pointer, object)] : []
            for name in object.keys.sorted() {
                found += objects(with: key, in: object[name]!, at: pointer + "/" + name)
            }
            return found
        }
        if let array = value as? [Any] {
            return array.enumerated().flatMap { objects(with: key, in: $0.element, at: pointer + "/\($0.offset)") }
        }
        return []
    }

    @Test func itDeclaresDraft07() throws {
        #expect(try Self.schema()["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
    }

    @Test func everyEnumValueIsDescribed() throws {
        let enums = Self.objects(with: "enum", in: try Self.schema())
        #expect(enums.count == 11)
        for (pointer, object) in enums {
            let values = try #require(object["enum"] as? [String], "\(pointer)")
            let descriptions = object["enumDescriptions"] as? [String] ?? []
            #expect(descriptions.count == values.count, "\(pointer): \(values.count) values, \(descriptions.count) descriptions")
            #expect(!descriptions.contains(""), "\(pointer) has an empty description")
        }
    }

    @Test func enumsAreTheFormatsVocabulary() throws {
        let enums = Dictionary(uniqueKeysWithValues: Self.objects(with: "enum", in: try Self.schema()).map {
            ($0.0, $0.1["enum"] as? [String] ?? [])
        })
        func raw<T: CaseIterable & RawRepresentable>(_: T.Type) -> [String] where T.RawValue == String {
            T.allCases.map(\.rawValue)
        }
        #expect(enums == [
            "/definitions/action/properties/position": raw(ScreenPosition.self),
            "/definitions/action/properties/verb": raw(Verb.self),
            "/definitions/channel/properties/kind": raw(ChannelKind.self),
            "/definitions/channel/properties/operated-by": raw(ChannelOperator.self),
            "/definitions/channel/properties/staffed-by": raw(Staffing.self),
            "/definitions/contact/properties/kind": raw(ContactKind.self),
            "/definitions/prerequisite-kind": raw(PrerequisiteKind.self),
            "/definitions/scenario/properties/topic": raw(Topic.self),
            "/definitions/schedule-word": ["unknown", "always"],
            "/definitions/slot/properties/days/items": raw(Weekday.self),
            "/definitions/surface/properties/kind": raw(SurfaceKind.self),
        ])
    }

    /// Snippets insert objects whose keys the definition allows, with every required key.
    @Test func snippetsInsertWhatTheDefinitionAllows() throws {
        let snippets = Self.objects(with: "defaultSnippets", in: try Self.schema())
        #expect(snippets.map(\.0) == ["/definitions/channel", "/definitions/scenario", "/definitions/screen"])
        for (pointer, definition) in snippets {
            let properties = try #require(definition["properties"] as? [String: Any])
            let required = definition["required"] as? [String] ?? []
            for snippet in try #require(definition["defaultSnippets"] as? [[String: Any]]) {
                let body = try #require(snippet["body"] as? [String: Any])
                #expect(Set(body.keys).isSubset(of: properties.keys), "\(pointer): \(body.keys.sorted())")
                #expect(Set(required).isSubset(of: body.keys), "\(pointer) snippet lacks \(Set(required).subtracting(body.keys))")
                #expect(snippet["label"] is String && snippet["description"] is String)
            }
        }
    }
}
