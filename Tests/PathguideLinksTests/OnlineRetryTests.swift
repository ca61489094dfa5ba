import Foundation
import PathguideDiagnostics
@testable import PathguideLinks
import PathguideTestSupport
import Testing

/// Retries, rate limits, timeouts and the per-host limit, against a real server on 127.0.0.1.
@Suite struct OnlineRetryTests {
    @Test func retryAfterIsHonouredBeforeTheSecondRequest() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/busy", responses: [.init(status: 429, headers: ["Retry-After": "1"]), .init(status: 200)])

        let diagnostics = await OnlineTesting.check([server.url("/busy")])

        #expect(diagnostics.isEmpty)
        let requests = server.requests(to: "/busy")
        try #require(requests.count == 2)
        #expect(requests[1].receivedAt - requests[0].receivedAt >= .milliseconds(950))
    }

    @Test func aServerThatStaysBusyIsUnverifiedAfterEveryAttempt() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/busy", .init(status: 429))

        let diagnostics = await OnlineTesting.check([server.url("/busy")])

        #expect(diagnostics.map(\.ruleID) == [.unverifiedExternalLink])
        #expect(diagnostics.first?.message == "link to '\(server.url("/busy"))' answered 429 Too Many Requests after 3 attempts; retry later")
        #expect(server.requests.count == 3)
    }

    @Test func aRetryAfterBeyondTheLimitIsReportedWithoutWaiting() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/busy", .init(status: 429, headers: ["Retry-After": "120"]))

        let diagnostics = await OnlineTesting.check([server.url("/busy")])

        // One request: having waited, it would have asked again.
        #expect(server.requests.count == 1)
        #expect(diagnostics.map(\.ruleID) == [.unverifiedExternalLink])
        #expect(diagnostics.first?.message == "link to '\(server.url("/busy"))' answered 429 Too Many Requests and asked to wait 120 s (Retry-After: 120), longer than the 30 s this check waits; retry later")
    }

    @Test func aServerErrorThatClearsUpIsFine() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/flaky", responses: [.init(status: 503), .init(status: 200)])

        let diagnostics = await OnlineTesting.check([server.url("/flaky")])

        #expect(diagnostics.isEmpty)
        #expect(server.requests.count == 2)
    }

    @Test func aServerErrorThatLastsIsUnverified() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/down", .init(status: 500))

        let diagnostics = await OnlineTesting.check([server.url("/down")], options: OnlineTesting.options { $0.retries = 1 })

        #expect(diagnostics.map(\.message) == ["link to '\(server.url("/down"))' answered 500 Internal Server Error after 2 attempts"])
        #expect(diagnostics.map(\.severity) == [.warning])
    }

    @Test func aSlowServerTimesOut() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/slow", .init(status: 200, delay: .seconds(30)))
        let options = OnlineTesting.options {
            $0.timeout = .milliseconds(500)
            $0.retries = 1
        }
        let diagnostics = await OnlineTesting.check([server.url("/slow")], options: options)

        // Two attempts that each gave up: had it waited the 30 s, the answer would be a 200.
        #expect(diagnostics.map(\.ruleID) == [.unverifiedExternalLink])
        #expect(diagnostics.first?.message == "link to '\(server.url("/slow"))' timed out after 0.5 s on each of 2 attempts")
        #expect(server.requests.count == 2)
    }

    @Test func requestsToOneHostNeverExceedThePerHostLimit() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let paths = (1...6).map { "/slow/\($0)" }
        for path in paths { server.route(path, .init(status: 200, delay: .milliseconds(300))) }

        let diagnostics = await OnlineTesting.check(paths.map(server.url), options: OnlineTesting.options { $0.maxPerHost = 2 })

        #expect(diagnostics.isEmpty)
        #expect(server.requests.count == 6)
        // Exactly the limit: fewer would mean the checks ran one by one.
        #expect(server.maxConcurrentRequests == 2)
    }
}
