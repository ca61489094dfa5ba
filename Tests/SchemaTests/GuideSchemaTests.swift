import Foundation
import PathguideTestSupport
import Testing

/// Validates every guide in `guides/` against `schema/guide.schema.json` with check-jsonschema
/// (PyPI), the validator editors and CI use, so the schema and the guides cannot drift apart.
@Suite("Guide schema")
struct GuideSchemaTests {
    @Test("The schema is a valid draft-07 schema, the newest the YAML language server reads")
    func schemaMatchesMetaschema() async throws {
        let result = try await CheckJSONSchema.run(["--check-metaschema", CheckJSONSchema.schemaPath])
        #expect(result.status == 0, "check-jsonschema --check-metaschema failed:\n\(result.output)")
    }

    @Test("Every guide in guides/ matches the schema")
    func everyGuideMatchesSchema() async throws {
        let guides = try CheckJSONSchema.guideFiles()
        try #require(!guides.isEmpty, "no guides/*.yaml files found under \(CheckJSONSchema.packageRoot.path)")
        let result = try await CheckJSONSchema.run(["--schemafile", CheckJSONSchema.schemaPath] + guides)
        #expect(result.status == 0, "guides do not match the schema:\n\(result.output)")
    }

    @Test("Dates and times are accepted whether quoted or not")
    func unquotedDatesAndTimes() async throws {
        let guide = Self.minimalGuide(date: "2026-11-20", opens: "09:00", closes: "24:00")
        let result = try await CheckJSONSchema.validate(guide)
        #expect(result.status == 0, "unquoted date and times were rejected:\n\(result.output)")
    }

    @Test(
        "An invalid guide is rejected and the output names what is wrong",
        arguments: [
            InvalidGuide(
                name: "unknown top-level key",
                yaml: minimalGuide() + "colour: red\n",
                expected: ["'colour' was unexpected"]
            ),
            InvalidGuide(
                name: "unknown key in a channel",
                yaml: minimalGuide(channelExtra: "    phone-number: \"12345\"\n"),
                expected: ["'phone-number' was unexpected", "$.channels[0]"]
            ),
            InvalidGuide(
                name: "channel kind outside the enum",
                yaml: minimalGuide(kind: "hotlin"),
                expected: ["'hotlin' is not one of", "$.channels[0].kind"]
            ),
            InvalidGuide(
                name: "opening time out of range",
                yaml: minimalGuide(opens: "\"25:00\""),
                expected: ["'25:00' does not match", "opens"]
            ),
            InvalidGuide(
                name: "id that is not a slug",
                yaml: minimalGuide(channelID: "Human_Agent"),
                expected: ["'Human_Agent' does not match", "$.channels[0].id"]
            ),
        ]
    )
    func invalidGuideIsRejected(_ invalid: InvalidGuide) async throws {
        let result = try await CheckJSONSchema.validate(invalid.yaml)
        #expect(result.status != 0, "\(invalid.name): check-jsonschema accepted an invalid guide:\n\(result.output)")
        for text in invalid.expected {
            #expect(result.output.contains(text), "\(invalid.name): output does not mention \(text):\n\(result.output)")
        }
    }

    /// A small guide that matches the schema; each argument breaks one thing on purpose.
    /// Dates and times are left unquoted unless an argument quotes them.
    static func minimalGuide(
        date: String = "\"2026-11-20\"",
        opens: String = "\"09:00\"",
        closes: String = "\"18:00\"",
        kind: String = "human-agent",
        channelID: String = "agent",
        channelExtra: String = ""
    ) -> String {
        """
        format: 1
        languages: [zh, en]
        platform:
          id: example-shop
          name: {zh: 示例商城, en: Example Shop}
          ui-languages: [zh]
          verified: {date: \(date)}
        sources:
          - {id: article, file: example.txt}
        surfaces:
          - id: app
            kind: mobile-app
            name: {zh: 示例 App, en: Example app}
            start: home
        screens:
          - id: home
            name: {zh: 首页, en: Home}
            actions:
              - {verb: tap, label: 我, gloss: {en: Me}, position: bottom-right, to: \(channelID), source: article}
        channels:
          - id: \(channelID)
            kind: \(kind)
            name: {zh: 人工客服, en: Human agent}
            operated-by: platform
            hours:
              schedule:
                - {days: [mon, tue, wed, thu, fri], opens: \(opens), closes: \(closes)}
              time-zone: Asia/Shanghai
            source: article

        """ + channelExtra
    }
}

/// A guide that must fail validation, and the words the failure must contain.
struct InvalidGuide: Sendable, CustomTestStringConvertible {
    var name: String
    var yaml: String
    var expected: [String]

    var testDescription: String { name }
}

/// Runs the check-jsonschema command line from the package root.
enum CheckJSONSchema {
    struct Result {
        var status: Int32
        /// Standard output and standard error together.
        var output: String
    }

    /// The package root: this file is `Tests/SchemaTests/GuideSchemaTests.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    static let schemaPath = "schema/guide.schema.json"

    /// `guides/*.yaml`, relative to the package root and sorted, so messages name short paths.
    static func guideFiles() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("guides").path)
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "guides/\($0)" }
    }

    /// Writes `yaml` to a fresh temporary directory and validates it against the schema.
    static func validate(_ yaml: String, schema: String = schemaPath) async throws -> Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("pathguide-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("guide.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return try await run(["--schemafile", packageRoot.appendingPathComponent(schema).path, file.path])
    }

    static func run(_ arguments: [String]) async throws -> Result {
        let output = try #require(try await ExternalTool.checkJSONSchema.run(["--color", "never"] + arguments, in: packageRoot))
        return Result(status: output.status, output: output.all)
    }
}
