import FlyingFox
import Foundation

/// Answers one request: the build's status, a wait for the next build, or a file of the site
/// (HTML pages with the live-reload script added). Only GET and HEAD are answered.
struct PreviewHandler: HTTPHandler {
    let site: SiteFiles
    let hub: ReloadHub

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.text(.methodNotAllowed, "only GET and HEAD are served\n", extra: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        // The path as sent, decoded but not tidied: FlyingFox's `path` drops a trailing slash,
        // which tells a folder's address from a file's, and `SiteFiles` refuses dot segments itself.
        let path = request.target.path(percentEncoded: false)
        let response: HTTPResponse
        switch path {
        case LiveReload.statusPath:
            response = try Self.json(await hub.status)
        case LiveReload.eventsPath:
            let since = request.query["since"].flatMap(Int.init) ?? -1
            response = try Self.json(await hub.next(after: since, within: LiveReload.waitSeconds))
        default:
            response = await file(path)
        }
        guard request.method == .HEAD else { return response }
        // The headers a GET would carry, its length included, without the body.
        var headers = response.headers
        headers[.contentLength] = String(try await response.bodyData.count)
        return HTTPResponse(statusCode: response.statusCode, headers: headers)
    }

    private func file(_ path: String) async -> HTTPResponse {
        switch site.answer(path) {
        case .notFound where path.hasSuffix("/"):
            // A folder's page that is not there (yet: the first build failed) still carries the
            // script, so the errors show and the page reloads once a build writes it.
            let page = Array("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"><title>Not found</title></head>\n<body>\n<p>No page here (yet).</p>\n</body>\n</html>\n".utf8)
            let body = LiveReload.inject(into: page, generation: await hub.status.generation)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"], body: Data(body))
        case .notFound:
            return Self.text(.notFound, "not found\n")
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: location])
        case .file(var bytes, let contentType):
            if contentType.hasPrefix("text/html") {
                bytes = LiveReload.inject(into: bytes, generation: await hub.status.generation)
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: contentType, .cacheControl: "no-store"], body: Data(bytes))
        }
    }

    private static func json(_ status: BuildStatus) throws -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                            body: try encoder.encode(status))
    }

    private static func text(_ code: HTTPStatusCode, _ text: String, extra: HTTPHeaders = [:]) -> HTTPResponse {
        var headers = extra
        headers[.contentType] = "text/plain; charset=utf-8"
        return HTTPResponse(statusCode: code, headers: headers, body: Data(text.utf8))
    }
}
