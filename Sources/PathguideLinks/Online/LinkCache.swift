import Foundation
import PathguideFileSystem

/// Results of earlier runs, so CI does not request every link on every push.
///
/// The file is a JSON object keyed by address, written with sorted keys so it diffs well if
/// someone commits it:
///
///     {
///       "https://example.com/help" : { "checkedAt" : 1764000000, "outcome" : "ok" },
///       "https://example.com/old" : { "checkedAt" : 1764000000, "detail" : "answered 404 Not Found", "outcome" : "dead" }
///     }
///
/// Only settled results are kept, working and dead; an unverified link (a 429, a timeout) is
/// asked again next time, since the next answer may differ. A file that cannot be read or
/// parsed is treated as empty and replaced: a cache may lose time, never fail a check.
struct LinkCache: Sendable {
    struct Entry: Codable, Equatable, Sendable {
        enum Outcome: String, Codable, Sendable {
            case ok
            case dead
        }

        var outcome: Outcome
        /// For a dead link, the rest of the message after the address.
        var detail: String?
        /// Seconds since 1970, when the link was requested.
        var checkedAt: Double
    }

    /// Far more than any site's links; a larger file is not the cache's.
    static let sizeLimit = 256 << 20

    let file: URL
    let ttl: Duration
    private(set) var entries: [String: Entry]

    /// Reads `file`, keeping only entries younger than `ttl` at `now`.
    init(file: URL, ttl: Duration, now: Date) {
        self.file = file
        self.ttl = ttl
        // A cache file may come from a CI cache or a pull request: read it only when it is a
        // regular file (never a pipe, never through a link), and ignore it when it is not JSON.
        let folder = try? Folder.open(file.deletingLastPathComponent().path)
        let bytes = try? folder?.read(file.lastPathComponent, limit: Self.sizeLimit)
        let stored = bytes.flatMap { try? JSONDecoder().decode([String: Entry].self, from: Data($0)) } ?? [:]
        let age = ttl.seconds
        // An entry from the future (a clock set back) is not trusted either.
        entries = stored.filter { _, entry in
            let elapsed = now.timeIntervalSince1970 - entry.checkedAt
            return elapsed >= 0 && elapsed < age
        }
    }

    /// A still-fresh verdict for `address`, if there is one.
    func verdict(for address: String) -> LinkVerdict? {
        guard let entry = entries[address] else { return nil }
        switch entry.outcome {
        case .ok: return .ok
        case .dead: return .dead(entry.detail ?? "was found dead on an earlier run")
        }
    }

    /// Records a fresh result; unverified results remove the entry instead.
    mutating func record(_ verdict: LinkVerdict, for address: String, at date: Date) {
        switch verdict {
        case .ok:
            entries[address] = Entry(outcome: .ok, detail: nil, checkedAt: date.timeIntervalSince1970.rounded(.down))
        case let .dead(detail):
            entries[address] = Entry(outcome: .dead, detail: detail, checkedAt: date.timeIntervalSince1970.rounded(.down))
        case .unverified:
            entries[address] = nil
        }
    }

    /// Writes the file atomically (a temporary file renamed into place), so a run killed
    /// halfway leaves the old cache, not half a new one.
    func save() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(entries)
        data.append(0x0A)
        try Folder.open(file.deletingLastPathComponent().path, creating: true).replace(file.lastPathComponent, Array(data))
    }
}
