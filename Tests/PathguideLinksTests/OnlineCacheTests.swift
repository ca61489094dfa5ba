import Foundation
import PathguideDiagnostics
@testable import PathguideLinks
import PathguideTestSupport
import Testing

/// The results cache: reused while fresh, asked again when old, harmless when broken.
@Suite struct OnlineCacheTests {
    private static func temporaryCacheFile() -> URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("pathguide-online-\(UUID().uuidString)")
            .appendingPathComponent("links.json")
    }

    @Test func aSecondRunWithinTheTTLMakesNoRequest() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/ok", .init(status: 200))
        let file = Self.temporaryCacheFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let clock = TestClock()
        let options = OnlineTesting.options { $0.cacheFile = file }
        let urls = [server.url("/ok"), server.url("/gone")]

        let first = await OnlineTesting.check(urls, options: options, now: { clock.now })
        clock.advance(by: 3_600)
        let second = await OnlineTesting.check(urls, options: options, now: { clock.now })

        #expect(server.requests.map(\.path).sorted() == ["/gone", "/ok"])
        #expect(first.map(\.message) == ["link to '\(server.url("/gone"))' answered 404 Not Found"])
        #expect(second == first)
    }

    @Test func anEntryOlderThanTheTTLIsRequestedAgain() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/ok", .init(status: 200))
        let file = Self.temporaryCacheFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let clock = TestClock()
        let options = OnlineTesting.options {
            $0.cacheFile = file
            $0.cacheTTL = .seconds(600)
        }

        _ = await OnlineTesting.check([server.url("/ok")], options: options, now: { clock.now })
        clock.advance(by: 601)
        _ = await OnlineTesting.check([server.url("/ok")], options: options, now: { clock.now })

        #expect(server.requests.count == 2)
    }

    @Test func unverifiedResultsAreNotCached() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/down", .init(status: 503))
        let file = Self.temporaryCacheFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let options = OnlineTesting.options {
            $0.cacheFile = file
            $0.retries = 0
        }

        _ = await OnlineTesting.check([server.url("/down")], options: options)
        _ = await OnlineTesting.check([server.url("/down")], options: options)

        #expect(server.requests.count == 2)
    }

    @Test func aCorruptCacheIsIgnoredAndReplaced() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/ok", .init(status: 200))
        let file = Self.temporaryCacheFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\"http://x/\": [not json".utf8).write(to: file)

        let diagnostics = await OnlineTesting.check([server.url("/ok")], options: OnlineTesting.options { $0.cacheFile = file })

        #expect(diagnostics.isEmpty)
        #expect(server.requests.count == 1)
        let entries = try JSONDecoder().decode([String: LinkCache.Entry].self, from: Data(contentsOf: file))
        #expect(Array(entries.keys) == [server.url("/ok")])
    }

    @Test func theCacheFileHasSortedKeysAndTimestamps() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/b", .init(status: 200))
        let file = Self.temporaryCacheFile()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))

        _ = await OnlineTesting.check([server.url("/b"), server.url("/a")], options: OnlineTesting.options { $0.cacheFile = file }, now: { clock.now })

        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text == """
            {
              "\(server.url("/a"))" : {
                "checkedAt" : 1800000000,
                "detail" : "answered 404 Not Found",
                "outcome" : "dead"
              },
              "\(server.url("/b"))" : {
                "checkedAt" : 1800000000,
                "outcome" : "ok"
              }
            }

            """)
    }
}
