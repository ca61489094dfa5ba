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

    private init(output: URL, result: CommandResult) {
        self.output = output
        self.result = result
    }

    /// Builds the repository's guides into a fresh temporary folder.
    static func build(jobs: Int = 2) async -> BuiltSite {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-build-\(UUID().uuidString)")
        let repo = repository.path
        let result = await Pathguide.run([
            "build", "--guides", repo + "/guides", "--templates", repo + "/Sources/PathguideSite/Theme",
            "--output", output.path, "--base-url", baseURL, "--today", today, "--jobs", String(jobs),
        ])
        return BuiltSite(output: output, result: result)
    }

    deinit { try? FileManager.default.removeItem(at: output) }

    var site: URL { output.appendingPathComponent("site") }
    var markdown: URL { output.appendingPathComponent("markdown") }

    /// Every file under `folder`, relative and sorted.
    static func files(under folder: URL) -> [String] { FolderListing.files(under: folder) }

    /// The sheet pages, relative to the site folder.
    var sheets: [String] { Self.files(under: site).filter { $0.hasSuffix("/sheet/index.html") } }

    /// A folder for files a person may want to open after the run (screenshots, PDFs).
    static let artifacts: URL = {
        let folder = repository.appendingPathComponent(".build/test-artifacts")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// One build shared by every output test, made the first time a test asks for it.
    static let shared = Task { await BuiltSite.build() }
}
