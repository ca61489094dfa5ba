import Foundation
@testable import PathguideSite
import Testing

/// The JSON writer against what the site wrote before it: Foundation's `JSONSerialization`
/// (pretty, sorted keys, slashes as they are) with `<`, `>` and `&` escaped per character.
@Suite struct ScriptSafeJSONTests {
    /// The earlier way to write the same value, byte for byte.
    private func reference(_ value: JSONValue) throws -> String {
        func object(_ value: JSONValue) -> Any {
            switch value {
            case .string(let text): text
            case .array(let elements): elements.map(object)
            case .object(let members): Dictionary(members.map { ($0.key, object($0.value)) }, uniquingKeysWith: { a, _ in a })
            }
        }
        let data = try JSONSerialization.data(withJSONObject: object(value), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        var json = ""
        for character in String(decoding: data, as: UTF8.self) {
            switch character {
            case "<": json += "\\u003c"
            case ">": json += "\\u003e"
            case "&": json += "\\u0026"
            default: json.append(character)
            }
        }
        return json
    }

    private func document(_ texts: [String]) -> JSONValue {
        .object([
            .init("@context", .string("https://schema.org")),
            .init("name", .string(texts.first ?? "")),
            .init("@type", .string("Organization")),
            .init("contactPoint", .array(texts.map { text in
                .object([
                    .init("url", .string(text)),
                    .init("telephone", .array([.string(text), .string(text + text)])),
                    .init("hoursAvailable", .array([.object([
                        .init("opens", .string("00:00")),
                        .init("dayOfWeek", .array([.string("https://schema.org/Monday")])),
                        .init("closes", .string(text)),
                        .init("@type", .string("OpeningHoursSpecification")),
                    ])])),
                    .init("email", .string(text)),
                    .init("contactType", .string(text)),
                    .init("availableLanguage", .array([.string("zh"), .string("en")])),
                    .init("@type", .string("ContactPoint")),
                ])
            })),
        ])
    }

    static let trickyTexts: [String] = [
        "plain",
        "",
        "quote \" and backslash \\ and slash / and https://example.org/a?b=c&d=e",
        "controls \u{0}\u{1}\u{7}\u{8}\u{9}\u{a}\u{b}\u{c}\u{d}\u{e}\u{f}\u{10}\u{1b}\u{1f} DEL \u{7f} C1 \u{85}\u{9f}",
        "Chat</script><script>alert(1)</script>&amp;",
        "<!-- comment --> <![CDATA[ x ]]> & &amp; &lt;",
        "separators \u{2028} and \u{2029}",
        "中文客服 「转人工」（人工客服）",
        "emoji 👩‍👩‍👧 🇨🇳 👍🏽",
        "combining <\u{301}> and &\u{308} and >\u{20dd}",
        "prepended \u{600}< and \u{110bd}&",
        "zero width \u{200d}< joiner and variation \u{fe0f}>",
        "\r\n<\r\n",
        "中文<中文>&中文",
    ]

    @Test(arguments: trickyTexts)
    func matchesFoundationOnTrickyText(_ text: String) throws {
        let value = document([text])
        #expect(OrganizationJSONLD.scriptSafeJSON(value) == (try reference(value)))
    }

    @Test func matchesFoundationOnManyPoints() throws {
        let value = document(Self.trickyTexts)
        #expect(OrganizationJSONLD.scriptSafeJSON(value) == (try reference(value)))
    }

    @Test func emptyContainersMatchFoundation() throws {
        let value = JSONValue.object([.init("a", .array([])), .init("b", .object([]))])
        let written = OrganizationJSONLD.scriptSafeJSON(value)
        #expect(written == (try reference(value)))
        #expect(written == "{\n  \"a\" : [\n\n  ],\n  \"b\" : {\n\n  }\n}")
    }

    @Test func keysSortIgnoringCase() {
        let keys = ["url", "@type", "Name", "contactType", "contactPoint", "@context", "name", "availableLanguage", "B", "a"]
        #expect(keys.sorted(by: ScriptSafeJSONWriter.keyPrecedes) == ["@context", "@type", "a", "availableLanguage", "B", "contactPoint", "contactType", "Name", "name", "url"])
    }

    @Test func scriptTextIsEscaped() {
        #expect(OrganizationJSONLD.scriptSafeJSON(.string("</script><!--&")) == #""\u003c/script\u003e\u003c!--\u0026""#)
        #expect(OrganizationJSONLD.scriptSafeJSON(.string("a\u{1}\u{1f}\n\"\\/")) == #""a\u0001\u001f\n\"\\/""#)
    }
}
