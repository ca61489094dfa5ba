#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A small real HTTP/1.1 server on 127.0.0.1 for tests of code that talks HTTP, so those tests
/// exercise the real client stack (sockets, headers, redirects, timeouts) without leaving the
/// machine.
///
/// It binds an ephemeral port, answers each request on its own thread with the route's
/// response and `Connection: close`, and records every request so a test can count them,
/// compare their times and see how many were in flight at once. Paths without a route
/// answer 404.
///
///     let server = try LoopbackHTTPServer()
///     defer { server.stop() }
///     server.route("/gone", .init(status: 410))
///     server.route("/busy", responses: [.init(status: 429, headers: ["Retry-After": "1"]), .init(status: 200)])
///     let url = server.url("/gone")     // http://127.0.0.1:PORT/gone
///
/// The server stops by itself after `maxLifetime`, so a test that forgets `stop()` or hangs
/// cannot leave it running.
public final class LoopbackHTTPServer: @unchecked Sendable {
    /// A request as the server received it.
    public struct Request: Sendable {
        public var method: String
        /// The request target as sent, including any query.
        public var path: String
        /// Header names lowercased; a repeated header keeps its last value.
        public var headers: [String: String]
        public var receivedAt: ContinuousClock.Instant
    }

    /// What a route answers.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: String
        /// How long to wait before sending anything, to provoke client timeouts and overlap.
        public var delay: Duration

        public init(status: Int, headers: [String: String] = [:], body: String = "", delay: Duration = .zero) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
        }

        /// A redirect to `location` (absolute or relative).
        public static func redirect(_ status: Int = 302, to location: String) -> Response {
            Response(status: status, headers: ["Location": location])
        }
    }

    /// Decides a response from the request and how many requests that path had before it.
    public typealias Handler = @Sendable (_ request: Request, _ previousRequests: Int) -> Response

    public enum ServerError: Error, CustomStringConvertible {
        case socket(String, Int32)

        public var description: String {
            switch self {
            case let .socket(call, code): "\(call) failed: \(String(cString: strerror(code)))"
            }
        }
    }

    /// The port the server listens on.
    public let port: Int

    private let listener: Int32
    private let lock = NSLock()
    private var routes: [String: Handler] = [:]
    private var recorded: [Request] = []
    private var inFlight = 0
    private var maxInFlight = 0
    private var openConnections = 0
    private var stopped = false
    private let deadline: ContinuousClock.Instant
    private var acceptThread: Thread?

    /// Binds 127.0.0.1 on a port the system picks and starts accepting connections.
    /// - Parameter maxLifetime: after this the server stops by itself, whatever the test does.
    public init(maxLifetime: Duration = .seconds(60)) throws {
        deadline = .now + maxLifetime
        listener = try Self.makeListener()
        do {
            port = try Self.boundPort(of: listener)
        } catch {
            close(listener)
            throw error
        }
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "LoopbackHTTPServer:\(port)"
        acceptThread = thread
        thread.start()
    }

    deinit { stop() }

    /// `http://127.0.0.1:PORT` followed by `path`.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Answers requests for `path` (matched exactly, query included) with `handler`.
    public func route(_ path: String, _ handler: @escaping Handler) {
        lock.withLock { routes[path] = handler }
    }

    /// Answers every request for `path` with `response`.
    public func route(_ path: String, _ response: Response) {
        route(path) { _, _ in response }
    }

    /// Answers the requests for `path` with `responses` in turn; the last one repeats.
    public func route(_ path: String, responses: [Response]) {
        precondition(!responses.isEmpty, "a route needs at least one response")
        route(path) { _, previous in responses[min(previous, responses.count - 1)] }
    }

    /// Every request received so far, in arrival order.
    public var requests: [Request] { lock.withLock { recorded } }

    /// The requests received for `path`, in arrival order.
    public func requests(to path: String) -> [Request] { requests.filter { $0.path == path } }

    /// The most requests the server was answering at the same moment.
    public var maxConcurrentRequests: Int { lock.withLock { maxInFlight } }

    /// Stops accepting, cuts short any delayed responses and waits (briefly) for the
    /// connection threads to finish. Safe to call more than once.
    public func stop() {
        let alreadyStopped = lock.withLock {
            defer { stopped = true }
            return stopped
        }
        guard !alreadyStopped else { return }
        // The accept loop polls, so it notices `stopped` within one poll interval and closes
        // the listening socket itself; closing it here could race with a poll on a reused fd.
        let waitUntil = ContinuousClock.now + .seconds(2)
        while ContinuousClock.now < waitUntil {
            let busy = lock.withLock { openConnections > 0 || acceptThread != nil }
            if !busy { break }
            usleep(5_000)
        }
    }

    private var shouldStop: Bool {
        lock.withLock { stopped } || ContinuousClock.now >= deadline
    }

    /// A port on 127.0.0.1 that refuses connections: bound, so no other test can take it,
    /// but never listening, so the kernel answers every connection attempt with a reset.
    /// More reliable than a port that was free a moment ago.
    public final class ClosedPort: @unchecked Sendable {
        public let port: Int
        private let socket: Int32

        public init() throws {
            socket = try LoopbackHTTPServer.boundSocket()
            do {
                port = try LoopbackHTTPServer.boundPort(of: socket)
            } catch {
                close(socket)
                throw error
            }
        }

        deinit { close(socket) }

        /// `http://127.0.0.1:PORT` followed by `path`.
        public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }
    }

    // MARK: Sockets

    private static func makeListener() throws -> Int32 {
        let fd = try boundSocket()
        guard listen(fd, 64) == 0 else {
            let code = errno
            close(fd)
            throw ServerError.socket("listen", code)
        }
        return fd
    }

    /// A TCP socket bound to 127.0.0.1 on a port the system picks.
    fileprivate static func boundSocket() throws -> Int32 {
        #if canImport(Darwin)
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { throw ServerError.socket("socket", errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else {
            let code = errno
            close(fd)
            throw ServerError.socket("bind", code)
        }
        return fd
    }

    fileprivate static func boundPort(of fd: Int32) throws -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard result == 0 else { throw ServerError.socket("getsockname", errno) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    private func acceptLoop() {
        defer {
            close(listener)
            lock.withLock { acceptThread = nil }
        }
        // Poll with a short timeout instead of blocking in accept, so stop() and the lifetime
        // limit take effect without having to interrupt a blocked system call.
        while !shouldStop {
            var descriptor = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 20) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            lock.withLock { openConnections += 1 }
            Thread { [self] in
                serve(client)
                close(client)
                lock.withLock { openConnections -= 1 }
            }.start()
        }
    }

    private func serve(_ client: Int32) {
        // A client that connects and says nothing must not hold a thread for long.
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var yes: Int32 = 1
        setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
        guard let head = readHead(client), let request = Self.parse(head) else { return }

        let (handler, previous) = lock.withLock {
            let previous = recorded.count { $0.path == request.path }
            recorded.append(request)
            inFlight += 1
            maxInFlight = max(maxInFlight, inFlight)
            return (routes[request.path], previous)
        }
        defer { lock.withLock { inFlight -= 1 } }
        let response = handler?(request, previous) ?? Response(status: 404, body: "no route\n")

        let delayEnd = ContinuousClock.now + response.delay
        while ContinuousClock.now < delayEnd {
            if shouldStop { return }
            usleep(5_000)
        }
        write(client, Self.serialize(response, forHEAD: request.method == "HEAD"))
        shutdown(client, Int32(SHUT_WR))
    }

    private func readHead(_ client: Int32) -> String? {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        let terminator: [UInt8] = [13, 10, 13, 10]
        while data.count < 64 * 1024 {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            data.append(contentsOf: buffer[0..<count])
            if let range = data.firstRange(of: terminator) {
                return String(decoding: data[..<range.lowerBound], as: UTF8.self)
            }
        }
        return nil
    }

    private func write(_ client: Int32, _ bytes: [UInt8]) {
        #if canImport(Darwin)
        let flags: Int32 = 0
        #else
        let flags = Int32(MSG_NOSIGNAL)
        #endif
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, flags) }
            // The client may hang up after the headers (a link checker should); that is fine.
            guard sent > 0 else { return }
            offset += sent
        }
    }

    // MARK: HTTP

    static func parse(_ head: String) -> Request? {
        let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        guard let first = lines.first else { return nil }
        let parts = first.split(separator: " ")
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(method: String(parts[0]), path: String(parts[1]), headers: headers, receivedAt: .now)
    }

    static func serialize(_ response: Response, forHEAD: Bool) -> [UInt8] {
        let body = Array(response.body.utf8)
        var head = "HTTP/1.1 \(response.status) \(reason(response.status))\r\n"
        var headers = response.headers
        headers["Content-Length"] = String(body.count)
        headers["Connection"] = "close"
        if headers["Content-Type"] == nil { headers["Content-Type"] = "text/plain; charset=utf-8" }
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
            head += "\(name): \(value)\r\n"
        }
        head += "\r\n"
        return Array(head.utf8) + (forHEAD ? [] : body)
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 307: "Temporary Redirect"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
