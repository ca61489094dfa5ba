@testable import PathguideLoader
import Testing

/// Plain scalars resolve the way the YAML 1.2 core schema (and editors' validators) read them.
@Suite struct ScalarKindTests {
    @Test(arguments: [
        ("", ScalarKind.null), ("~", .null), ("null", .null), ("NULL", .null),
        ("true", .bool), ("False", .bool),
        ("0", .int), ("-12", .int), ("+7", .int), ("0x1F", .int), ("0o17", .int),
        ("1.5", .float), ("-.5", .float), ("1e3", .float), (".inf", .float), (".NaN", .float),
        ("2026-11-24", .timestamp),
        ("09:00", .string), ("1.2.3", .string), ("0x", .string), ("-", .string), (".", .string),
        ("商城", .string), ("tap", .string), ("yes", .string), ("e5", .string),
    ])
    func resolvesPlainScalars(text: String, kind: ScalarKind) {
        #expect(ScalarKind.resolvePlain(text) == kind)
    }
}
