import Foundation
import PathguideDiagnostics
@testable import PathguideLinks
import PathguideTestSupport
import Testing

/// Final answers and how they are judged, against a real server on 127.0.0.1.
@Suite struct OnlineStatusTests {
    @Test func aWorkingLinkIsOneHEADRequestWithOurUserAgent() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/ok", .init(status: 200, body: "fine"))

        let diagnostics = await OnlineTesting.check([server.url("/ok")])

        #expect(diagnostics.isEmpty)
        let requests = server.requests(to: "/ok")
        #expect(requests.map(\.method) == ["HEAD"])
        #expect(requests.first?.headers["user-agent"] == "pathguide-linkcheck/0.1")
    }

    @Test func aRedirectChainIsFollowedToItsEnd() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/a", .redirect(301, to: "/b"))
        server.route("/b", .redirect(302, to: server.url("/c")))
        server.route("/c", .init(status: 200))

        let diagnostics = await OnlineTesting.check([server.url("/a")])

        #expect(diagnostics.isEmpty)
        #expect(server.requests.map(\.path) == ["/a", "/b", "/c"])
    }

    @Test func aRedirectToAMissingPageNamesWhereItLanded() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/moved", .redirect(301, to: "/gone"))

        let diagnostics = await OnlineTesting.check([server.url("/moved")])

        #expect(diagnostics.map(\.message) == ["link to '\(server.url("/moved"))' redirects to '\(server.url("/gone"))', which answered 404 Not Found"])
        #expect(diagnostics.map(\.ruleID) == [.deadExternalLink])
    }

    @Test func aRedirectLoopIsUnverified() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/loop-a", .redirect(302, to: "/loop-b"))
        server.route("/loop-b", .redirect(302, to: "/loop-a"))

        let diagnostics = await OnlineTesting.check([server.url("/loop-a")])

        #expect(diagnostics.map(\.ruleID) == [.unverifiedExternalLink])
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(diagnostics.first?.message == "link to '\(server.url("/loop-a"))' redirects in a loop back to '\(server.url("/loop-a"))'")
        #expect(server.requests.count == 2)
    }

    @Test func moreThanTheRedirectLimitIsUnverified() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        for hop in 0..<12 { server.route("/hop/\(hop)", .redirect(302, to: "/hop/\(hop + 1)")) }

        let diagnostics = await OnlineTesting.check([server.url("/hop/0")])

        #expect(diagnostics.map(\.message) == ["link to '\(server.url("/hop/0"))' redirects more than 10 times"])
        #expect(diagnostics.map(\.severity) == [.warning])
        #expect(server.requests.count == 11)
    }

    @Test(arguments: [(404, "404 Not Found"), (410, "410 Gone"), (400, "400 Bad Request")])
    func goneAndOtherClientErrorsAreDead(status: Int, text: String) async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/page", .init(status: status))

        let diagnostics = await OnlineTesting.check([server.url("/page")])

        #expect(diagnostics.map(\.ruleID) == [.deadExternalLink])
        #expect(diagnostics.map(\.severity) == [.error])
        #expect(diagnostics.first?.message == "link to '\(server.url("/page"))' answered \(text)")
        // 404 and 410 mean the same for GET, so only the other 4xx are asked again with GET.
        #expect(server.requests.map(\.method) == (status == 400 ? ["HEAD", "GET"] : ["HEAD"]))
    }

    @Test func forbiddenIsUnverifiedAfterTryingGET() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/private", .init(status: 403))

        let diagnostics = await OnlineTesting.check([server.url("/private")])

        #expect(diagnostics.map(\.ruleID) == [.unverifiedExternalLink])
        #expect(diagnostics.first?.message == "link to '\(server.url("/private"))' answered 403 Forbidden; the server may refuse automated checks")
        #expect(server.requests.map(\.method) == ["HEAD", "GET"])
    }

    @Test func aServerThatRefusesHEADIsAskedWithGET() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        server.route("/get-only") { request, _ in .init(status: request.method == "HEAD" ? 405 : 200) }

        let diagnostics = await OnlineTesting.check([server.url("/get-only")])

        #expect(diagnostics.isEmpty)
        #expect(server.requests.map(\.method) == ["HEAD", "GET"])
    }

    @Test func aRefusedConnectionIsDead() async throws {
        let closed = try LoopbackHTTPServer.ClosedPort()
        let url = closed.url("/")

        let diagnostics = await OnlineTesting.check([url], options: OnlineTesting.options { $0.retries = 1 })
        withExtendedLifetime(closed) {}  // keep the port reserved until the check is done

        #expect(diagnostics.map(\.ruleID) == [.deadExternalLink])
        #expect(diagnostics.first?.message.hasPrefix("link to '\(url)' cannot be reached: the connection to '127.0.0.1:") == true)
        #expect(diagnostics.first?.message.hasSuffix("was refused after 2 attempts") == true)
    }

    @Test func oneAddressAtThreePlacesIsRequestedOnceAndReportedThreeTimes() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let url = server.url("/gone")
        let links = [
            OnlineTesting.link(url, line: 30, file: "site/b.html"),
            OnlineTesting.link(url, line: 20, file: "site/a.html"),
            OnlineTesting.link(url, line: 10, file: "site/b.html"),
        ]

        let diagnostics = await OnlineLinkChecker(options: OnlineTesting.options()).check(links)

        #expect(server.requests.count == 1)
        #expect(diagnostics.map { $0.location?.description } == ["site/a.html:20:5", "site/b.html:10:5", "site/b.html:30:5"])
        #expect(Set(diagnostics.map(\.message)).count == 1)
    }

    @Test func excludedLinksAreNeitherRequestedNorReported() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let options = OnlineTesting.options { $0.excludes = [#"/private/"#, #"\?session="#] }

        let diagnostics = await OnlineTesting.check(
            [server.url("/private/a"), server.url("/page?session=1"), server.url("/public")], options: options)

        #expect(server.requests.map(\.path) == ["/public"])
        #expect(diagnostics.map(\.message) == ["link to '\(server.url("/public"))' answered 404 Not Found"])
    }

    @Test func anAddressThatIsNotHTTPIsUnverifiedWithoutARequest() async {
        let diagnostics = await OnlineTesting.check(["ftp://127.0.0.1/file"])

        #expect(diagnostics.map(\.message) == ["link to 'ftp://127.0.0.1/file' is not an http or https address with a host, so it cannot be requested"])
    }
}
