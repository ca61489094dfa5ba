import Foundation
import PathguideDiagnostics
@testable import PathguideLinks

/// Shared setup for the offline checker's tests: small sites written to a temporary folder,
/// and findings printed one per line the way the text report prints them.
enum OfflineTesting {
    /// The fixtures folder beside this file.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The repository's root, for checking the committed `output/`.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Writes `files` (relative path to contents) into a new temporary folder, runs `body`
    /// with that folder, and removes it again.
    static func withSite<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-offline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, contents) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
        return try body(root)
    }

    /// Checks a site written from `files`, reported under the name `site`.
    static func check(_ files: [String: String]) throws -> LinkCheckResult {
        try withSite(files) { OfflineLinkChecker(root: $0, displayRoot: "site").check() }
    }

    /// `file:line:column: rule: message`, and each note indented below it.
    static func lines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.flatMap { diagnostic in
            ["\(diagnostic.location.map(\.description) ?? "-"): \(diagnostic.ruleID): \(diagnostic.message)"]
                + diagnostic.notes.map { "  \($0.location.map(\.description) ?? "-"): note: \($0.message)" }
        }
    }

    /// `file:line:column url`.
    static func lines(_ external: [ExternalLink]) -> [String] {
        external.map { "\($0.location) \($0.url)" }
    }
}
