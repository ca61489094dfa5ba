import Foundation
import PathguideTestSupport
import Testing

/// The shared libraries an executable loads, as the system's own tools report them: `ldd` for
/// every library and where it is found, `readelf -d` for the ones the executable names itself,
/// and `dpkg -S` for the Debian package each comes from.
struct LinkedLibraries: Sendable {
    /// One line of `ldd`: the library's name and, when it was found on disk, its path.
    struct Library: Sendable, Equatable {
        var name: String
        var path: String?
    }

    static let ldd = ExternalTool(name: "ldd", installHint: "apt-get install libc-bin")
    static let readelf = ExternalTool(name: "readelf", installHint: "apt-get install binutils")
    static let dpkg = ExternalTool(name: "dpkg", installHint: "run the install tests on Debian or Ubuntu")

    /// `ldd`'s whole report, for failure messages.
    let report: String
    /// Every library `ldd` lists, the executable's own and theirs.
    let all: [Library]
    /// The libraries the executable itself names (its `NEEDED` entries), in order.
    let needed: [String]

    /// Lists the libraries `executable` loads, or `nil` after recording why it could not.
    static func of(_ executable: URL) async throws -> LinkedLibraries? {
        guard let ldd = try await ldd.run([executable.path]), let readelf = try await readelf.run(["-d", executable.path]) else { return nil }
        #expect(ldd.status == 0, "ldd failed:\n\(ldd.all)")
        #expect(readelf.status == 0, "readelf -d failed:\n\(readelf.all)")
        return LinkedLibraries(report: ldd.stdout, all: parse(ldd: ldd.stdout), needed: parse(readelf: readelf.stdout))
    }

    /// `libcmark.so.0.30.2 => /lib/x86_64-linux-gnu/libcmark.so.0.30.2 (0x…)`,
    /// `/lib64/ld-linux-x86-64.so.2 (0x…)` and `linux-vdso.so.1 (0x…)`.
    static func parse(ldd report: String) -> [Library] {
        report.split(separator: "\n").compactMap { line in
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = words.first else { return nil }
            if words.count >= 3, words[1] == "=>" {
                return Library(name: first, path: words[2].hasPrefix("/") ? words[2] : nil)
            }
            if first.hasPrefix("/") {
                return Library(name: URL(fileURLWithPath: first).lastPathComponent, path: first)
            }
            return Library(name: first, path: nil)
        }
    }

    /// ` 0x0000000000000001 (NEEDED)             Shared library: [libcmark.so.0.30.2]`.
    static func parse(readelf report: String) -> [String] {
        report.split(separator: "\n").compactMap { line in
            guard line.contains("(NEEDED)"), let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") else { return nil }
            return String(line[line.index(after: open)..<close])
        }
    }

    /// Where `ldd` found the library the executable names `name`.
    func path(of name: String) -> String? {
        all.first { $0.name == name }?.path
    }

    /// The Debian package that installed `path`, or `nil` when dpkg knows no package for it.
    /// dpkg records a file under the path its package ships, which on a merged-/usr system may
    /// be the `/usr` or the non-`/usr` spelling of the path ldd prints, so both are asked.
    static func debianPackage(owning path: String) async throws -> String? {
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var candidates = [path, real]
        for candidate in [path, real] {
            candidates.append(candidate.hasPrefix("/usr/") ? String(candidate.dropFirst(4)) : "/usr" + candidate)
        }
        for candidate in candidates {
            guard let result = try await dpkg.run(["-S", candidate]) else { return nil }
            // `libstdc++6:amd64: /usr/lib/x86_64-linux-gnu/libstdc++.so.6`; a package name has no colon.
            if result.status == 0, let line = result.stdout.split(separator: "\n").first, let colon = line.firstIndex(of: ":") {
                return String(line[..<colon])
            }
        }
        return nil
    }
}
