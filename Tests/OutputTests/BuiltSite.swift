import Foundation
@testable import PathguideCLI
import PathguideTestSupport
import Testing

/// The repository's guides built once into a temporary folder, shared by the output tests.
final class BuiltSite: Sendable {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The date the committed output is built with, so it does not change from day to day.
    static let today = "2026-11-24"
    static let baseURL = "https://help.example.org/"

    let output: URL
    let result: CommandResult

    init(jobs: Int = 2) {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-build-\(UUID().uuidString)")
        let repo = Self.repository.path
        result = Pathguide.run([
            "build", "--guides", repo + "/guides", "--templates", repo + "/templates",
            "--output", output.path, "--base-url", Self.baseURL, "--today", Self.today, "--jobs", String(jobs),
        ])
    }

    deinit { try? FileManager.default.removeItem(at: output) }

    var site: URL { output.appendingPathComponent("site") }
    var markdown: URL { output.appendingPathComponent("markdown") }

    /// Every file under `folder`, relative and sorted.
    static func files(under folder: URL) -> [String] {
        let all = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return all.filter { path in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted()
    }

    /// The sheet pages, relative to the site folder.
    var sheets: [String] { Self.files(under: site).filter { $0.hasSuffix("/sheet/index.html") } }

    /// A folder for files a person may want to open after the run (screenshots, PDFs).
    static let artifacts: URL = {
        let folder = repository.appendingPathComponent(".build/test-artifacts")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    static let shared = BuiltSite()
}
