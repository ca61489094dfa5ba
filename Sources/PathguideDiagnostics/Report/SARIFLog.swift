/// The subset of the SARIF 2.1.0 object model that the SARIF report writes.
///
/// Property names are SARIF's own, so synthesized `Encodable` produces the standard keys;
/// optional properties are omitted when `nil`, as the specification prefers to `null`.
struct SARIFLog: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var artifacts: [Artifact]?
        /// Diagnostics count columns in Unicode scalars; SARIF's default is UTF-16 code units.
        var columnKind = "unicodeCodePoints"
        var results: [Result]
        var properties: RunProperties
    }

    /// The run's property bag: exact counts of every finding, and how many `results` leave out.
    struct RunProperties: Encodable {
        var errors: Int
        var notes: Int
        var omitted: Int
        var warnings: Int
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message?
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]?
    }

    struct Notification: Encodable {
        var level: String
        var message: Message
        var associatedRule: RuleReference?
        var locations: [Location]?
    }

    struct RuleReference: Encodable {
        var id: String
        var index: Int?
    }

    struct Artifact: Encodable {
        var location: ArtifactLocation
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
        var index: Int?
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]?
        var relatedLocations: [Location]?
    }

    struct Location: Encodable {
        var id: Int?
        var message: Message?
        var physicalLocation: PhysicalLocation?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int?
    }
}
