import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client for a server on 127.0.0.1, sending the request target exactly as
/// written (URL-based clients tidy `..` away before sending, which is what a test of a
/// server's refusals must not do). Each request runs on a thread of its own and gives up
/// after `timeout` seconds.
enum LoopbackHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func request(_ target: String, port: UInt16, timeout: Int = 20) async throws -> Response {
        try await request("GET", target, port: port, timeout: timeout)
    }

    static func request(_ method: String, _ target: String, port: UInt16, timeout: Int = 20) async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result { try send(method, target, port: port, timeout: timeout) })
            }.start()
        }
    }

    private static func send(_ method: String, _ target: String, port: UInt16, timeout: Int) throws -> Response {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(errno)") }
        defer { close(socket) }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect: \(errno)") }
        let request = Array("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\nContent-Length: 0\r\n\r\n".utf8)
        guard write(socket, request, request.count) == request.count else { throw Failure(description: "write: \(errno)") }

        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var expected: Int?
        while expected.map({ received.count < $0 }) ?? true {
            let count = read(socket, &buffer, buffer.count)
            guard count > 0 else { break }
            received += buffer[..<count]
            if expected == nil, let end = headerEnd(received) {
                let length = Int(parseHeaders(received[..<end]).headers["content-length"] ?? "") ?? 0
                expected = end + 4 + (method == "HEAD" ? 0 : length)
            }
        }
        guard let end = headerEnd(received) else { throw Failure(description: "no response head in \(received.count) bytes") }
        let (status, headers) = parseHeaders(received[..<end])
        return Response(status: status, headers: headers, body: String(decoding: received[(end + 4)...], as: UTF8.self))
    }

    private static func headerEnd(_ bytes: [UInt8]) -> Int? {
        let marker = Array("\r\n\r\n".utf8)
        guard bytes.count >= marker.count else { return nil }
        return (0...(bytes.count - marker.count)).first { bytes[$0..<$0 + marker.count].elementsEqual(marker) }
    }

    /// The status code and the headers, names lowercased.
    private static func parseHeaders(_ head: ArraySlice<UInt8>) -> (status: Int, headers: [String: String]) {
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        let status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, headers)
    }
}
