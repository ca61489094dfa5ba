import Foundation

/// Where the Swift toolchain the tests were built with lives, so the installed binary can be
/// proven not to need it: no library linked from there, and none of its folders on PATH or
/// LD_LIBRARY_PATH when the binary runs.
struct SwiftToolchain: Sendable {
    /// The toolchain's folder: `/opt/swift` for `/opt/swift/usr/bin/swift`. A toolchain unpacked
    /// straight into `/usr` gives its runtime folder `/usr/lib/swift` instead, never `/usr` itself.
    let folder: String

    /// The toolchain holding the real file behind `swift` on PATH, or `nil` when there is none.
    static func found(environment: [String: String] = ProcessInfo.processInfo.environment) -> SwiftToolchain? {
        for entry in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(entry)/swift"
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            // `swift` is a link to `swift-driver` beside it: the folder is what counts.
            let bin = URL(fileURLWithPath: candidate).resolvingSymlinksInPath().deletingLastPathComponent().path
            for suffix in ["/usr/bin", "/bin"] where bin.hasSuffix(suffix) {
                let folder = String(bin.dropLast(suffix.count))
                if folder.isEmpty || folder == "/usr" { return SwiftToolchain(folder: "/usr/lib/swift") }
                return SwiftToolchain(folder: folder)
            }
        }
        return nil
    }

    /// Whether `path` is the toolchain's folder or inside it.
    func contains(_ path: String) -> Bool {
        path == folder || path.hasPrefix(folder + "/")
    }

    /// `environment` with every PATH and LD_LIBRARY_PATH entry inside the toolchain removed, as
    /// `env` arguments: `-u NAME` for a variable left empty, then `NAME=value` for the others
    /// (env takes its options before any assignment).
    func envArguments(without environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var unset: [String] = []
        var set: [String] = []
        for name in ["PATH", "LD_LIBRARY_PATH"] {
            let kept = (environment[name] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty && !contains($0) }
            if kept.isEmpty { unset += ["-u", name] } else { set.append("\(name)=\(kept.joined(separator: ":"))") }
        }
        return unset + set
    }
}
