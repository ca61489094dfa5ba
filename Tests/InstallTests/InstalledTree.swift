import Foundation
import PathguideTestSupport
import Testing

/// `make install DESTDIR=<temporary folder> PREFIX=/usr`, run once and shared by the install tests.
/// `make install` builds the static release binary in .build/install only when it is missing or
/// out of date, so after `make test-install`'s own build this takes seconds.
final class InstalledTree: Sendable {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let prefix = "/usr"
    static let make = ExternalTool(name: "make", installHint: "apt-get install make")

    /// What `make install` puts under PREFIX, and the mode of each file.
    static let files: [String: Int] = [
        "bin/pathguide": 0o755,
        "share/bash-completion/completions/pathguide": 0o644,
        "share/zsh/site-functions/_pathguide": 0o644,
        "share/fish/vendor_completions.d/pathguide.fish": 0o644,
        "share/man/man1/pathguide.1": 0o644,
    ]

    /// Whether to run at all: `make test-install` asks for it; `make test` leaves it out, because
    /// the first static build takes minutes.
    static let requested = ProcessInfo.processInfo.environment["PATHGUIDE_TEST_INSTALL"] == "1"

    let destdir: URL
    let install: ExternalTool.Output?

    private init(destdir: URL, install: ExternalTool.Output?) {
        self.destdir = destdir
        self.install = install
    }

    deinit { try? FileManager.default.removeItem(at: destdir) }

    /// Installs into a fresh temporary DESTDIR.
    static func installed() async throws -> InstalledTree {
        let destdir = try temporaryFolder("install")
        let output = try await run(make: "install", destdir: destdir)
        return InstalledTree(destdir: destdir, install: output)
    }

    /// Runs `make <target> DESTDIR=<destdir> PREFIX=/usr` in the repository.
    static func run(make target: String, destdir: URL) async throws -> ExternalTool.Output? {
        try await make.run(["-C", repository.path, target, "DESTDIR=\(destdir.path)", "PREFIX=\(prefix)"])
    }

    /// An empty folder of its own in the temporary folder, outside the repository.
    static func temporaryFolder(_ purpose: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pathguide-\(purpose)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// PREFIX as seen inside DESTDIR.
    var root: URL { destdir.appendingPathComponent(String(Self.prefix.dropFirst())) }
    var binary: URL { root.appendingPathComponent("bin/pathguide") }

    /// Every regular file under `folder`, relative and sorted.
    static func files(under folder: URL) -> [String] { FolderListing.files(under: folder) }

    /// The one installation the tests share, made the first time a test asks for it.
    static let shared = Task { try await InstalledTree.installed() }
}
