import Foundation
@testable import PathguideCLI
import PathguideTestSupport
import Testing

/// `make install` and `make uninstall`: what lands where, what the installed binary links, and
/// that it runs with the Swift toolchain out of reach. Run by `make test-install`.
@Suite(
    "make install",
    .enabled(if: InstalledTree.requested, "run by `make test-install`; the static release build takes minutes the first time"),
    .serialized
)
struct InstallTests {
    /// The Debian packages the installed binary's own libraries come from, as the README lists
    /// them: the C libraries pathguide links, libcurl (FoundationNetworking's, for `links
    /// --online`), and the C and C++ runtimes every Debian system has.
    static let runtimePackages = ["libc6", "libcdt5", "libcgraph6", "libcmark0.30.2", "libcurl4", "libgcc-s1", "libgumbo1", "libgvc6", "libqrencode4", "libstdc++6", "libxxhash0", "libyaml-0-2"]

    /// Libraries that would mean some of the Swift runtime or Foundation is still linked dynamically.
    static let swiftLibraryPrefixes = ["libswift", "libFoundation", "lib_Foundation", "libdispatch", "libBlocksRuntime", "libTesting", "lib_Testing"]

    static let today = "2026-11-24"
    static let baseURL = "https://help.example.org/"

    func tree() async throws -> InstalledTree {
        let tree = try await InstalledTree.shared.value
        let install = try #require(tree.install, "make did not run")
        try #require(install.status == 0, "make install failed:\n\(install.all)")
        return tree
    }

    @Test("make install puts the binary, three completions and the man page under PREFIX, nothing else")
    func installedFiles() async throws {
        let tree = try await tree()
        #expect(InstalledTree.files(under: tree.destdir) == InstalledTree.files.keys.map { "usr/" + $0 }.sorted())
        for (path, mode) in InstalledTree.files {
            let attributes = try FileManager.default.attributesOfItem(atPath: tree.root.appendingPathComponent(path).path)
            #expect((attributes[.posixPermissions] as? Int) == mode, "\(path)")
            #expect(((attributes[.size] as? Int) ?? 0) > 1000, "\(path) is nearly empty")
        }
    }

    @Test("The installed binary links no library from the Swift toolchain and no Swift runtime or Foundation library")
    func noSwiftLibraries() async throws {
        let tree = try await tree()
        let toolchain = try #require(SwiftToolchain.found(), "swift is not on PATH")
        let libraries = try #require(try await LinkedLibraries.of(tree.binary))
        #expect(libraries.needed.contains { $0.hasPrefix("libcmark.so") }, "ldd and readelf do not show the libraries pathguide links:\n\(libraries.report)")
        let fromToolchain = libraries.all.filter { $0.path.map(toolchain.contains) ?? false }.map(\.name)
        #expect(fromToolchain == [], "loaded from the toolchain in \(toolchain.folder)")
        let swiftLibraries = libraries.all.map(\.name).filter { name in Self.swiftLibraryPrefixes.contains { name.hasPrefix($0) } }
        #expect(swiftLibraries == [], "linked dynamically")
        let missing = libraries.all.filter { $0.path == nil && !$0.name.hasPrefix("linux-vdso") }.map(\.name)
        #expect(missing == [], "not found:\n\(libraries.report)")
    }

    @Test("The libraries the binary names come from exactly the Debian runtime packages the README lists")
    func debianRuntimePackages() async throws {
        let tree = try await tree()
        let libraries = try #require(try await LinkedLibraries.of(tree.binary))
        var packages: Set<String> = []
        for name in libraries.needed {
            let path = try #require(libraries.path(of: name), "ldd did not find \(name):\n\(libraries.report)")
            let package = try await LinkedLibraries.debianPackage(owning: path)
            #expect(package != nil, "no Debian package owns \(path)")
            if let package { packages.insert(package) }
        }
        #expect(packages.sorted() == Self.runtimePackages)
        let readme = try String(contentsOf: InstalledTree.repository.appendingPathComponent("README.md"), encoding: .utf8)
        for package in Self.runtimePackages where !["libc6", "libgcc-s1", "libstdc++6"].contains(package) {
            #expect(readme.contains("`\(package)`"), "the README's install section does not name \(package)")
        }
    }

    @Test("The installed completions are the binary's own, each where its shell looks for it")
    func completions() async throws {
        let tree = try await tree()
        let installed = [
            "bash": "share/bash-completion/completions/pathguide",
            "zsh": "share/zsh/site-functions/_pathguide",
            "fish": "share/fish/vendor_completions.d/pathguide.fish",
        ]
        for (shell, path) in installed.sorted(by: { $0.key < $1.key }) {
            let file = try String(contentsOf: tree.root.appendingPathComponent(path), encoding: .utf8)
            let generated = try #require(try await Self.runWithoutToolchain(tree.binary, ["--generate-completion-script", shell]))
            #expect(generated.status == 0)
            #expect(file == generated.stdout, "\(path) is not pathguide's \(shell) completion script")
        }
        // bash itself loads the script and registers the completion for the command.
        let bash = ExternalTool(name: "bash", installHint: "apt-get install bash")
        let script = tree.root.appendingPathComponent(installed["bash"]!).path
        let registered = try #require(try await bash.run(["-c", "source \"$0\" && complete -p pathguide", script]))
        #expect(registered.stdout == "complete -o filenames -F _pathguide pathguide\n", "\(registered.all)")
        let zsh = try String(contentsOf: tree.root.appendingPathComponent(installed["zsh"]!), encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef pathguide\n"))
        let fish = try String(contentsOf: tree.root.appendingPathComponent(installed["fish"]!), encoding: .utf8)
        #expect(fish.contains("\ncomplete -c 'pathguide' -f\n"))
    }

    @Test("The man page is generated from the command line and renders without a warning")
    func manPage() async throws {
        let tree = try await tree()
        let page = try String(contentsOf: tree.root.appendingPathComponent("share/man/man1/pathguide.1"), encoding: .utf8)
        #expect(page.hasPrefix(".\\\" \"Generated by swift-argument-parser\"\n"))
        #expect(page.contains("\n.Dt PATHGUIDE 1\n"))
        #expect(page.contains("\n.Nd \"\(PathguideCommand.configuration.abstract)\"\n"))
        for subcommand in PathguideCommand.configuration.subcommands {
            let name = try #require(subcommand.configuration.commandName)
            #expect(page.contains("\n.It Em \(name)\n"), "the man page does not describe \(name)")
        }
        let groff = ExternalTool(name: "groff", installHint: "apt-get install groff-base")
        let rendered = try #require(try await groff.run(["-mdoc", "-ww", "-z", tree.root.appendingPathComponent("share/man/man1/pathguide.1").path]))
        #expect(rendered.status == 0)
        #expect(rendered.stderr == "", "groff warns about the man page")
    }

    @Test("The installed binary checks and builds a guide in a folder of its own, the toolchain off PATH and LD_LIBRARY_PATH")
    func runsWithoutToolchain() async throws {
        let tree = try await tree()
        let project = try InstalledTree.temporaryFolder("project")
        defer { try? FileManager.default.removeItem(at: project) }
        let repository = InstalledTree.repository
        try FileManager.default.createDirectory(at: project.appendingPathComponent("guides"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("guides/amazon.yaml"), to: project.appendingPathComponent("guides/amazon.yaml"))

        let version = try #require(try await Self.runWithoutToolchain(tree.binary, ["--version"], in: project))
        #expect(version.stdout == Pathguide.version + "\n")
        #expect(version.status == 0)

        let check = try #require(try await Self.runWithoutToolchain(tree.binary, ["check", "--today", Self.today, "--no-cache"], in: project))
        // The sources give no hours for Amazon: one note says so, nothing to fix.
        #expect(check.stdout.hasPrefix("guides/amazon.yaml:6:7: note: none of the 9 channels with people has known hours [hours-gap]\n"))
        #expect(check.stdout.hasSuffix("\n1 note in 1 file\n"))
        #expect(check.stderr == "")
        #expect(check.status == 0)

        // The theme is the one built into the binary.
        let build = try #require(try await Self.runWithoutToolchain(tree.binary, [
            "build", "--today", Self.today, "--base-url", Self.baseURL, "--no-cache",
        ], in: project))
        #expect(build.stdout == "wrote output/: 17 files, 17 changed, 0 removed\n")
        #expect(build.stderr == "")
        #expect(build.status == 0)
        let output = project.appendingPathComponent("output")
        #expect(InstalledTree.files(under: output) == [
            ".pathguide-manifest",
            "markdown/en/README.md", "markdown/en/amazon.md", "markdown/en/amazon.svg",
            "markdown/zh/README.md", "markdown/zh/amazon.md", "markdown/zh/amazon.svg",
            "site/assets/sheet.css", "site/assets/site.css",
            "site/en/amazon/index.html", "site/en/amazon/sheet/index.html", "site/en/compare/index.html", "site/en/index.html",
            "site/index.html",
            "site/zh/amazon/index.html", "site/zh/amazon/sheet/index.html", "site/zh/compare/index.html", "site/zh/index.html",
        ])
        // The guide's own pages are the committed ones byte for byte: the linked-in Foundation and
        // its ICU data give the same dates, text and escaping as the toolchain's, and the linked-in
        // Graphviz plugins the same maps, with no Graphviz configuration read.
        for path in ["markdown/en/amazon.md", "markdown/zh/amazon.md", "markdown/en/amazon.svg", "markdown/zh/amazon.svg", "site/en/amazon/index.html", "site/en/amazon/sheet/index.html",
                     "site/zh/amazon/index.html", "site/zh/amazon/sheet/index.html", "site/assets/site.css", "site/assets/sheet.css"] {
            let built = try Data(contentsOf: output.appendingPathComponent(path))
            let committed = try Data(contentsOf: repository.appendingPathComponent("output").appendingPathComponent(path))
            #expect(built == committed, "\(path) differs from the committed output")
        }

        // A project started by the installed binary builds with it, anywhere.
        let started = try InstalledTree.temporaryFolder("started")
        defer { try? FileManager.default.removeItem(at: started) }
        let initialised = try #require(try await Self.runWithoutToolchain(tree.binary, ["init"], in: started))
        #expect(initialised.status == 0)
        let strict = try #require(try await Self.runWithoutToolchain(tree.binary, ["check", "--strict", "--today", Self.today], in: started))
        // The example guide's one source gives weekday hours: a note names the rest of the week.
        #expect(strict.stdout.hasPrefix("guides/douyin-shop.yaml:110:7: note: no channel with people is known to be open: Monday to Thursday, 18:00–09:00; Friday 18:00 to Monday 09:00 (Asia/Shanghai) [hours-gap]\n"))
        #expect(strict.stdout.hasSuffix("\n1 note in 1 file\n"))
        #expect(strict.status == 0)
        let site = try #require(try await Self.runWithoutToolchain(tree.binary, ["build", "--today", Self.today], in: started))
        #expect(site.stdout == "wrote output/: 17 files, 17 changed, 0 removed\n")
        #expect(site.status == 0)
    }

    @Test("make uninstall removes exactly what make install put there")
    func uninstall() async throws {
        let destdir = try InstalledTree.temporaryFolder("uninstall")
        defer { try? FileManager.default.removeItem(at: destdir) }
        // Files of other programs in the same folders stay, and so do the folders.
        let others = ["usr/bin/other-tool", "usr/share/man/man1/other-tool.1", "usr/share/zsh/site-functions/_other-tool"]
        for path in others {
            let file = destdir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: file)
        }
        let install = try #require(try await InstalledTree.run(make: "install", destdir: destdir))
        try #require(install.status == 0, "make install failed:\n\(install.all)")
        #expect(InstalledTree.files(under: destdir) == (others + InstalledTree.files.keys.map { "usr/" + $0 }).sorted())

        let uninstall = try #require(try await InstalledTree.run(make: "uninstall", destdir: destdir))
        #expect(uninstall.status == 0, "make uninstall failed:\n\(uninstall.all)")
        #expect(InstalledTree.files(under: destdir) == others.sorted())
        for path in others {
            #expect(try String(contentsOf: destdir.appendingPathComponent(path), encoding: .utf8) == path)
        }
        for folder in ["usr/bin", "usr/share/bash-completion/completions", "usr/share/fish/vendor_completions.d", "usr/share/man/man1"] {
            #expect(FileManager.default.fileExists(atPath: destdir.appendingPathComponent(folder).path), "\(folder) was removed")
        }
    }

    /// Runs `executable` through `env` with every toolchain folder taken off PATH and LD_LIBRARY_PATH.
    static func runWithoutToolchain(_ executable: URL, _ arguments: [String], in directory: URL = FileManager.default.temporaryDirectory) async throws -> ExternalTool.Output? {
        let toolchain = try #require(SwiftToolchain.found(), "swift is not on PATH")
        let env = ExternalTool(name: "env", installHint: "apt-get install coreutils")
        return try await env.run(toolchain.envArguments() + [executable.path] + arguments, in: directory)
    }
}
