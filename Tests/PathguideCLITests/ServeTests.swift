import Foundation
@testable import PathguideBuild
@testable import PathguideCLI
import PathguideServe
import PathguideTestSupport
import Testing

/// A real `pathguide serve` process on a free loopback port: pages with the live-reload
/// script, refusals, a rebuild and its reload event, errors over the last good pages, and a
/// clean stop on Ctrl-C.
@Suite(.serialized) struct ServeTests {
    /// The running server, with everything it has printed so far.
    final class Server: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var printed = Data()

        init(in folder: GuideFolder, _ arguments: [String]) throws {
            process.executableURL = InterruptedBuildTests.executable
            process.arguments = ["serve"] + arguments
            process.currentDirectoryURL = folder.root
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let reading = output.fileHandleForReading
            Thread { [self] in
                while case let chunk = reading.availableData, !chunk.isEmpty {
                    lock.withLock { printed += chunk }
                }
            }.start()
        }

        var stdout: String { lock.withLock { String(decoding: printed, as: UTF8.self) } }

        /// The port from the `serving … at http://127.0.0.1:PORT/` line, once it is printed.
        func port(within seconds: Double = 60) async throws -> UInt16 {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline, process.isRunning {
                if let line = stdout.split(separator: "\n").first(where: { $0.hasPrefix("serving ") }),
                   let address = line.split(separator: " ").first(where: { $0.hasPrefix("http://127.0.0.1:") }),
                   let port = UInt16(address.dropFirst("http://127.0.0.1:".count).dropLast()) {
                    return port
                }
                try await Task.sleep(for: .milliseconds(20))
            }
            throw LoopbackHTTP.Failure(description: "no serving line; printed: \(stdout)")
        }

        /// Waits for the process to end after a signal, killing it after `seconds`.
        func stop(_ signal: Int32, within seconds: Double = 20) async throws -> Int32 {
            kill(process.processIdentifier, signal)
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            return process.terminationStatus
        }

        deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
    }

    static let arguments = ["--port", "0", "--today", "2026-11-24", "--base-url", "https://help.example.org/"]

    /// The status after build `since`, waiting for it as a page does (each wait ends after at
    /// most ten seconds with the status unchanged; three of them are plenty for a rebuild).
    func nextStatus(after since: Int, port: UInt16) async throws -> BuildStatus {
        for _ in 0..<3 {
            let answer = try await LoopbackHTTP.request("\(LiveReload.eventsPath)?since=\(since)", port: port)
            #expect(answer.status == 200)
            let status = try JSONDecoder().decode(BuildStatus.self, from: Data(answer.body.utf8))
            if status.generation != since { return status }
        }
        throw LoopbackHTTP.Failure(description: "no build after \(since)")
    }

    func write(_ folder: GuideFolder, _ text: String) throws {
        try text.write(to: folder.root.appendingPathComponent("guides/shop.yaml"), atomically: true, encoding: .utf8)
    }

    @Test func servesRebuildsReloadsAndStops() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let server = try Server(in: folder, Self.arguments)
        let port = try await server.port()
        #expect(server.stdout == """
            wrote output/: 17 files, 17 changed, 0 removed
            serving \(folder.root.lastPathComponent) at http://127.0.0.1:\(port)/ (Ctrl-C to stop)

            """)

        // A page, with the script added as it is served, never on disk.
        let page = try await LoopbackHTTP.request("/en/shop/", port: port)
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("<title>How to reach Shop customer service</title>"))
        #expect(page.body.components(separatedBy: "<script id=\"pathguide-live-reload\">").count == 2)
        #expect(page.body.hasSuffix("</script>\n</body>\n</html>\n"))
        let onDisk = try String(contentsOf: folder.root.appendingPathComponent("output/site/en/shop/index.html"), encoding: .utf8)
        #expect(!onDisk.contains("pathguide-live-reload"))
        let css = try await LoopbackHTTP.request("/assets/site.css", port: port)
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(try await LoopbackHTTP.request("/en", port: port).headers["location"] == "/en/")

        // Nothing outside the site: dot segments, encoded or not, and a link leading out.
        try FileManager.default.createSymbolicLink(atPath: folder.root.appendingPathComponent("output/site/passwd.html").path,
                                                   withDestinationPath: "/etc/passwd")
        for target in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/en/..%2f..%2f..%2fetc/passwd", "//etc/passwd",
                       "/passwd.html", "/../output/.pathguide-manifest", "/nothing-here.html"] {
            let refused = try await LoopbackHTTP.request(target, port: port)
            #expect(refused.status == 404, "\(target)")
            #expect(refused.body == "not found\n", "\(target)")
        }
        // HEAD: the headers of a GET, its length included, and no body.
        for target in ["/en/shop/", "/assets/site.css", LiveReload.statusPath, "/nothing-here.html"] {
            let get = try await LoopbackHTTP.request(target, port: port)
            let head = try await LoopbackHTTP.request("HEAD", target, port: port)
            #expect(head.status == get.status, "\(target)")
            #expect(head.headers["content-length"] == String(get.body.utf8.count), "\(target)")
            #expect(head.headers["content-type"] == get.headers["content-type"], "\(target)")
            #expect(head.body == "", "\(target)")
        }
        let post = try await LoopbackHTTP.request("POST", "/en/shop/", port: port)
        #expect(post.status == 405)
        #expect(post.headers["allow"] == "GET, HEAD")

        let first = try await LoopbackHTTP.request(LiveReload.statusPath, port: port)
        #expect(first.body == #"{"errors":[],"generation":0}"#)

        // A changed channel name: a rebuild, the reload event, the new page.
        let renamed = cleanGuide.replacingOccurrences(of: "en: Agent}", with: "en: Human agent}")
        async let reload = nextStatus(after: 0, port: port)
        try write(folder, renamed)
        #expect(try await reload == BuildStatus(generation: 1, errors: []))
        #expect(try await LoopbackHTTP.request("/en/shop/", port: port).body.contains("Human agent"))

        // A misspelt target: the error, located, while the last good page is still served.
        async let failed = nextStatus(after: 1, port: port)
        try write(folder, renamed.replacingOccurrences(of: "        to: bot\n", with: "        to: bto\n"))
        let broken = try await failed
        #expect(broken.generation == 2)
        #expect(broken.errors.first == BuildStatus.Problem(
            file: "guides/shop.yaml", line: 28, column: 13,
            message: "'to' names 'bto', which is not a screen or channel; did you mean 'bot'?"))
        let stale = try await LoopbackHTTP.request("/en/shop/", port: port)
        #expect(stale.status == 200)
        #expect(stale.body.contains("Human agent"))
        #expect(server.stdout.contains("guides/shop.yaml:28:13: error: 'to' names 'bto', which is not a screen or channel; did you mean 'bot'? [dangling-reference]\n"))

        // Fixed again: no errors, and pages reload.
        async let fixed = nextStatus(after: 2, port: port)
        try write(folder, renamed)
        #expect(try await fixed == BuildStatus(generation: 3, errors: []))

        #expect(try await server.stop(SIGINT) == 0)
        #expect(server.stdout.hasSuffix("stopped\n"))
    }

    @Test func sigtermStopsCleanlyWhileAPageWaits() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let server = try Server(in: folder, Self.arguments)
        let port = try await server.port()
        async let waiting = LoopbackHTTP.request("\(LiveReload.eventsPath)?since=0", port: port)
        // Give the wait time to reach the server; nothing tells a client it has.
        try await Task.sleep(for: .milliseconds(200))
        #expect(try await LoopbackHTTP.request(LiveReload.statusPath, port: port).status == 200)
        #expect(try await server.stop(SIGTERM) == 0)
        // A page waiting is answered as the server stops, not cut off.
        if let answer = try? await waiting {
            #expect(answer.body == #"{"errors":[],"generation":0}"#)
        }
        #expect(server.stdout.hasSuffix("stopped\n"))
    }

    @Test func aFirstBuildWithErrorsShowsThemUntilFixed() async throws {
        let folder = try GuideFolder(["shop.yaml": brokenGuide])
        let server = try Server(in: folder, Self.arguments)
        let port = try await server.port()
        let status = try JSONDecoder().decode(BuildStatus.self, from: Data(try await LoopbackHTTP.request(LiveReload.statusPath, port: port).body.utf8))
        #expect(status.generation == 0)
        #expect(status.errors.map { "\($0.file):\($0.line):\($0.column)" } == ["guides/shop.yaml:28:13"])
        // Nothing built yet: the home page is a stand-in that carries the script.
        let missing = try await LoopbackHTTP.request("/", port: port)
        #expect(missing.status == 404)
        #expect(missing.body.contains("<p>No page here (yet).</p>\n<script id=\"pathguide-live-reload\">"))

        async let fixed = nextStatus(after: 0, port: port)
        try write(folder, cleanGuide)
        #expect(try await fixed == BuildStatus(generation: 1, errors: []))
        #expect(try await LoopbackHTTP.request("/", port: port).status == 200)
        #expect(try await server.stop(SIGINT) == 0)
    }

    /// A serve process paused with everything of its first build staged, just before the switch.
    func startPausedServe(in folder: GuideFolder) throws -> Process {
        try InterruptedBuildTests.startPaused(["serve"] + Self.arguments, in: folder, setting: SwitchPause.beforeSwitchVariable, to: "1",
                                              until: "pathguide: paused before the switch\n")
    }

    @Test func ctrlCDuringTheFirstBuildExits130AndLeavesTheOutputAsItWas() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let output = folder.root.appendingPathComponent("output")

        // No output yet: none afterwards, not even the staging folder.
        let first = try startPausedServe(in: folder)
        kill(first.processIdentifier, SIGINT)
        first.waitUntilExit()
        #expect(first.terminationReason == .exit)
        #expect(first.terminationStatus == 130)
        #expect(!FileManager.default.fileExists(atPath: output.path))

        // An earlier build's output: exactly as it was.
        #expect(await folder.run(["build", "--base-url", "https://help.example.org/"]).status == 0)
        let before = FolderListing.contents(under: output)
        try write(folder, cleanGuide.replacingOccurrences(of: "en: Agent}", with: "en: Human agent}"))
        let second = try startPausedServe(in: folder)
        kill(second.processIdentifier, SIGINT)
        second.waitUntilExit()
        #expect(second.terminationStatus == 130)
        #expect(FolderListing.contents(under: output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix(".pathguide-staging") } == [])
    }

    @Test func aBindThatIsNotAnAddressIsRefused() async {
        let folder = try! GuideFolder(["shop.yaml": cleanGuide])
        let result = await folder.run(["serve", "--bind", "localhost", "--port", "0", "--today", "2026-11-24", "--base-url", "https://help.example.org/"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: --bind must be an IPv4 or IPv6 address such as 127.0.0.1 or ::1, not 'localhost'\n"))
        // Refused before anything is built.
        #expect(result.stdout == "")
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent("output").path))
    }
}
