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
        async let diagnostics = OnlineTesting.check([server.url("/slow")], options: options)
        // However busy the machine, the request arrives before the server stops.
        while server.requests.isEmpty {
            try await Task.sleep(for: .milliseconds(10))
        }
        server.stop()

        // The connection closes without an answer, so the link cannot be confirmed; had it
        // waited for the 30 s delay the answer would be a 200, and for the 20 s timeout the
        // message would say it timed out.
        let found = await diagnostics
        #expect(found.map(\.ruleID) == [.unverifiedExternalLink])
        #expect(found.first.map { !$0.message.contains("timed out") } == true, "\(found.map(\.message))")
    }
}
