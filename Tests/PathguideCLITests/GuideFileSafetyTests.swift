import Foundation
@testable import PathguideBuild
@testable import PathguideCLI
import Testing

/// Guides come from pull requests: `check` reads only regular files inside the guides folder,
/// and refuses anything else by its name, without reading (and so without quoting) a byte.
@Suite(.serialized) struct GuideFileSafetyTests {
    let manager = FileManager.default

    @Test func aLinkToTheEnvironmentIsRefusedWithoutPrintingIt() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let guides = folder.root.appendingPathComponent("guides")
        try manager.createSymbolicLink(atPath: guides.appendingPathComponent("env.yaml").path, withDestinationPath: "/proc/self/environ")
        let result = await folder.run(["check", "guides"])
        #expect(result.status == 1)
        #expect(result.stdout == """
            guides/env.yaml:1:1: error: cannot read this guide: guides/env.yaml is a symbolic link to a place outside guides; pathguide reads only files inside it [unreadable-file]
            1 error in 2 files

            """)
        #expect(!result.stdout.contains("PATH="))
    }

    @Test func pipesDevicesAndDanglingLinksAreNamedNotSkippedOrWaitedOn() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let guides = folder.root.appendingPathComponent("guides")
        #expect(mkfifo(guides.appendingPathComponent("pipe.yaml").path, 0o644) == 0)
        try manager.createSymbolicLink(atPath: guides.appendingPathComponent("gone.yml").path, withDestinationPath: "missing.yaml")
        try manager.createSymbolicLink(atPath: guides.appendingPathComponent("zero.yaml").path, withDestinationPath: "/dev/zero")
        // A link to a guide inside the folder is read like the guide itself.
        try manager.createDirectory(at: guides.appendingPathComponent("more"), withIntermediateDirectories: true)
        try cleanGuide.replacingOccurrences(of: "id: shop", with: "id: other").write(to: guides.appendingPathComponent("more/other.yaml"), atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: guides.appendingPathComponent("linked.yaml").path, withDestinationPath: "more/other.yaml")
        let result = await folder.run(["check", "guides"])
        #expect(result.status == 1)
        #expect(result.stdout == """
            guides/gone.yml:1:1: error: cannot read this guide: guides/gone.yml is a symbolic link that leads nowhere (its target is missing, or the links loop) [unreadable-file]
            guides/linked.yaml:5:7: warning: platform id 'other' is not the file's name 'linked.yaml'; rename the file to 'other.yaml' or the platform to 'linked' [file-name]
                5 |   id: other
                  |       ^
              The built pages are named by the platform id, so a file named after it is the one to open for a page.
            guides/more/other.yaml:5:7: error: platform id 'other' is already used by another guide [duplicate-id]
            guides/linked.yaml:5:7: note: first used here
            guides/pipe.yaml:1:1: error: cannot read this guide: guides/pipe.yaml is a named pipe (FIFO), not a regular file [unreadable-file]
            guides/zero.yaml:1:1: error: cannot read this guide: guides/zero.yaml is a symbolic link to a place outside guides; pathguide reads only files inside it [unreadable-file]
            4 errors, 1 warning in 6 files

            """)
    }

    @Test func aDeviceNamedOnTheCommandLineIsCalledWhatItIs() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let result = await folder.run(["check", "/dev/zero"])
        #expect(result.status == 1)
        #expect(result.stdout == "/dev/zero:1:1: error: cannot read this guide: /dev/zero is a character device, not a regular file [unreadable-file]\n1 error in 1 file\n")
        let pipe = folder.root.appendingPathComponent("pipe.yaml")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        let named = await folder.run(["check", "pipe.yaml"])
        #expect(named.stdout == "pipe.yaml:1:1: error: cannot read this guide: pipe.yaml is a named pipe (FIFO), not a regular file [unreadable-file]\n1 error in 1 file\n")
    }
}
