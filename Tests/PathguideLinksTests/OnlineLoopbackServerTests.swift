import Foundation
import PathguideDiagnostics
@testable import PathguideLinks
import PathguideTestSupport
import Testing

/// The test server itself: the guarantees the other online tests rely on.
@Suite struct OnlineLoopbackServerTests {
    @Test func aServerStopsByItselfAfterItsLifetime() async throws {
        let server = try LoopbackHTTPServer(maxLifetime: .milliseconds(200))
        server.route("/ok", .init(status: 200))
        try await Task.sleep(for: .milliseconds(400))

        let diagnostics = await OnlineTesting.check([server.url("/ok")], options: OnlineTesting.options { $0.retries = 0 })

        #expect(diagnostics.map(\.ruleID) == [.deadExternalLink])
        #expect(server.requests.isEmpty)
    }

    @Test func stopCutsADelayedResponseShort() async throws {
        let server = try LoopbackHTTPServer()
        server.route("/slow", .init(status: 200, delay: .seconds(30)))
        let options = OnlineTesting.options {
            $0.timeout = .seconds(20)
            $0.retries = 0
        }
        let started = ContinuousClock.now

        async let diagnostics = OnlineTesting.check([server.url("/slow")], options: options)
        while server.requests.isEmpty, ContinuousClock.now - started < .seconds(10) {
            try await Task.sleep(for: .milliseconds(10))
        }
        server.stop()

        // The connection closes without an answer, so the link cannot be confirmed, and
        // nothing waited for the 30 s delay or the 20 s timeout.
        #expect(await diagnostics.map(\.ruleID) == [.unverifiedExternalLink])
        #expect(ContinuousClock.now - started < .seconds(15), "far less than the wait it was asked for, with room for a loaded machine")
    }
}
