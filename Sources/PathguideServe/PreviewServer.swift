import FlyingFox
import FlyingSocks
import Foundation

/// A preview of the built site on this computer: serves the site folder, rebuilds when the
/// watched files change, and tells open pages to reload (see `LiveReload`).
///
/// The build itself is the caller's (`rebuild`), so this module knows HTTP and files, not
/// guides; it runs on a thread of its own, so pages are served while it works.
public struct PreviewServer: Sendable {
    public var site: SiteFiles
    /// The address to listen on: an IPv4 or IPv6 address, not a host name.
    public var bind: String
    /// 0 for any free port.
    public var port: UInt16
    public var watcher: ChangeWatcher
    public var pollInterval: Duration = .milliseconds(250)
    /// Whether to listen to the kernel's file events (Linux) rather than poll.
    public var usesKernelEvents = true

    public init(site: SiteFiles, bind: String, port: UInt16, watcher: ChangeWatcher) {
        self.site = site
        self.bind = bind
        self.port = port
        self.watcher = watcher
    }

    /// Why the server could not start.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// Serves until `stop` returns. `errors` are the first build's; `listening` is told the
    /// real port once connections are accepted; `rebuild` builds again after a change and
    /// returns the errors that stopped it (none when it wrote the site); `notice` is told, once,
    /// when the watcher has to poll.
    public func run(errors: [BuildStatus.Problem],
                    listening: @escaping @Sendable (UInt16) -> Void,
                    notice: @escaping @Sendable (String) -> Void = { _ in },
                    rebuild: @escaping @Sendable (ChangeSet) -> [BuildStatus.Problem],
                    until stop: @escaping @Sendable () async -> Void) async throws {
        let hub = ReloadHub(errors: errors)
        let server = HTTPServer(config: .init(address: try address(), logger: .disabled),
                                handler: PreviewHandler(site: site, hub: hub))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            try await server.waitUntilListening()
            listening(Self.port(of: await server.listeningAddress) ?? port)
            group.addTask { try await watch(hub: hub, rebuild: rebuild, notice: notice) }
            group.addTask { await stop() }
            // Whichever ends first (a stop, or the server failing) ends the others: waiting
            // pages get their answer, then the server, its connections and the watcher stop.
            defer { group.cancelAll() }
            try await group.next()
            await hub.answerAll()
            group.cancelAll()
        }
    }

    /// Rebuilds after each change, as the kernel reports them on Linux; by polling where it
    /// cannot (another system, no inotify instance left, the watch limit reached), said once
    /// through `notice`.
    private func watch(hub: ReloadHub, rebuild: @escaping @Sendable (ChangeSet) -> [BuildStatus.Problem],
                       notice: @escaping @Sendable (String) -> Void) async throws {
        #if os(Linux)
        if usesKernelEvents {
            do {
                let events = try InotifyWatcher(paths: watcher.paths, ignoring: watcher.ignoring)
                while true {
                    try Task.checkCancellation()
                    let next = await Self.onThread { Result { () throws(InotifyWatcher.Unavailable) in try events.next(timeout: 250) } }
                    guard let changes = try next.get() else { continue }
                    await hub.publish(errors: await Self.onThread { rebuild(changes) })
                }
            } catch let unavailable as InotifyWatcher.Unavailable {
                notice("\(unavailable.reason); watching by polling every \(Int(pollInterval / .milliseconds(1))) ms instead")
            }
        }
        #endif
        var seen = watcher.listing()
        while true {
            try await Task.sleep(for: pollInterval)
            let now = watcher.listing()
            let changes = ChangeWatcher.changes(from: seen, to: now)
            seen = now
            guard !changes.isEmpty else { continue }
            await hub.publish(errors: await Self.onThread { rebuild(changes) })
        }
    }

    /// Runs blocking work on a thread of its own, leaving Swift's shared threads to serving.
    private static func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }

    /// Whether `bind` is an address the server can listen on (checked before the first build).
    public static func canBind(_ bind: String) -> Bool {
        (try? PreviewServer(site: SiteFiles(root: "/"), bind: bind, port: 0, watcher: ChangeWatcher(paths: [])).address()) != nil
    }

    private func address() throws(Failure) -> any SocketAddress {
        do {
            if bind.contains(":") { return try sockaddr_in6.inet6(ip6: bind, port: port) }
            return try sockaddr_in.inet(ip4: bind, port: port)
        } catch {
            throw Failure(message: "--bind must be an IPv4 or IPv6 address such as 127.0.0.1 or ::1, not '\(bind)'")
        }
    }

    private static func port(of address: Socket.Address?) -> UInt16? {
        switch address {
        case .ip4(_, let port), .ip6(_, let port): port
        default: nil
        }
    }
}
