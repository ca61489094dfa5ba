import Foundation
import Testing

/// `schema/project.schema.json` against the repository's own `pathguide.yaml`, and against
/// mistakes the loader reports too.
@Suite("Project schema")
struct ProjectSchemaTests {
    static let schema = "schema/project.schema.json"

    /// A project file that sets every key the schema declares.
    static let everySetting = """
        title: {zh: 如何联系客服, en: How to reach customer service}
        description: {zh: 分步指南, en: Step-by-step guides}
        base-url: https://help.example.org/
        languages: [zh, en]
        guides: guides
        output: output
        templates: theme
        max-age: 180
        links: {exclude: ["^https://example\\\\.com/"], accept: "200-299,403", timeout: 5, cache: .links-cache.json, cache-ttl: 3600}

        """

    @Test("The schema is a valid draft-07 schema")
    func schemaMatchesMetaschema() async throws {
        let result = try await CheckJSONSchema.run(["--check-metaschema", Self.schema])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("The repository's pathguide.yaml matches it")
    func repositoryProjectMatches() async throws {
        let result = try await CheckJSONSchema.run(["--schemafile", Self.schema, "pathguide.yaml"])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("Every setting is accepted")
    func everySettingIsAccepted() async throws {
        let result = try await CheckJSONSchema.validate(Self.everySetting, schema: Self.schema)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("The project file with every setting sets every key the schema declares")
    func everySettingCoversTheSchema() throws {
        let missing = try SchemaCoverage.keysNotSet(by: Self.everySetting, schema: Self.schema)
        #expect(missing == [], "declared by \(Self.schema) but not set in the test's project file")
    }

    @Test("Mistakes are rejected", arguments: [
        ("ouput: public\n", "'ouput' was unexpected"),
        ("base-url: ftp://x/\n", "'ftp://x/' does not match"),
        ("max-age: -3\n", "-3 is less than the minimum of 0"),
        ("links: {timeout: 0}\n", "0 is less than the minimum of 1"),
    ])
    func mistakesAreRejected(yaml: String, expected: String) async throws {
        let result = try await CheckJSONSchema.validate(yaml, schema: Self.schema)
        #expect(result.status == 1)
        #expect(result.output.contains(expected), "\(result.output)")
    }
}
