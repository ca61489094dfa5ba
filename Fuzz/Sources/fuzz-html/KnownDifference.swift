import Glibc
import PathguideHTML

/// Ways the scanner and gumbo are known to read a page differently, each to be removed from
/// here once the readers agree on it. A run counts the pages each one explains and says so when
/// it ends.
enum KnownDifference: Int, CaseIterable {
    /// gumbo reads the code points the HTML standard calls parse errors but keeps (C0 and C1
    /// controls other than whitespace and NUL, U+FDD0…U+FDEF, U+xFFFE and U+xFFFF) as U+FFFD;
    /// the scanner keeps them, as browsers do. Found by the first check below: the readings are
    /// equal once the scanner's strings get gumbo's replacement.
    case controlCharacters
    /// On bytes that are not UTF-8, gumbo and Swift's decoder put different numbers of U+FFFD
    /// for one bad sequence, so values and the columns after them part.
    case invalidUTF8

    /// Set from `FUZZ_STRICT=1`: report every difference, known or not.
    static let strict = getenv("FUZZ_STRICT").map { String(cString: $0) == "1" } ?? false

    /// The known difference that accounts for the two readings of `page`, if one does.
    static func explaining(scanned: HTMLDocument, reference: HTMLDocument, page: UnsafeRawBufferPointer) -> KnownDifference? {
        if sameUpToGumboReplacement(scanned, reference) { return .controlCharacters }
        if String(validating: page, as: UTF8.self) == nil { return .invalidUTF8 }
        return nil
    }

    /// Whether the readings are equal once each code point gumbo replaces, where the scanner has
    /// it, is taken as the U+FFFD gumbo has there. Only there: a character reference such as
    /// `&#1;` gives the code point itself in both. One scalar stays one scalar and the bytes do
    /// not move, so positions must be equal as they are.
    static func sameUpToGumboReplacement(_ scanned: HTMLDocument, _ reference: HTMLDocument) -> Bool {
        func same(_ scanned: String, _ gumbo: String) -> Bool {
            scanned.unicodeScalars.count == gumbo.unicodeScalars.count
                && zip(scanned.unicodeScalars, gumbo.unicodeScalars).allSatisfy { scanner, gumbo in
                    scanner == gumbo || (gumbo == "\u{FFFD}" && isReplacedByGumbo(scanner.value))
                }
        }
        func same(_ scanned: String?, _ gumbo: String?) -> Bool {
            switch (scanned, gumbo) {
            case let (scanned?, gumbo?): same(scanned, gumbo)
            case (nil, nil): true
            default: false
            }
        }
        func same(_ scanned: HTMLLink, _ gumbo: HTMLLink) -> Bool {
            var aligned = scanned
            aligned.url = gumbo.url
            aligned.rel = gumbo.rel
            return aligned == gumbo && same(scanned.url, gumbo.url) && same(scanned.rel, gumbo.rel)
        }
        func same(_ scanned: HTMLAnchor, _ gumbo: HTMLAnchor) -> Bool {
            var aligned = scanned
            aligned.name = gumbo.name
            return aligned == gumbo && same(scanned.name, gumbo.name)
        }
        guard scanned.links.count == reference.links.count, scanned.anchors.count == reference.anchors.count else { return false }
        switch (scanned.base, reference.base) {
        case let (scannedBase?, gumboBase?): guard same(scannedBase, gumboBase) else { return false }
        case (nil, nil): break
        default: return false
        }
        return zip(scanned.links, reference.links).allSatisfy(same) && zip(scanned.anchors, reference.anchors).allSatisfy(same)
    }

    /// gumbo's `utf8.c` `is_invalid_code_point`.
    static func isReplacedByGumbo(_ value: UInt32) -> Bool {
        (0x1...0x8).contains(value) || value == 0xB || (0xE...0x1F).contains(value) || (0x7F...0x9F).contains(value)
            || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFF == 0xFFFE || value & 0xFFFF == 0xFFFF
    }

    // MARK: - Counting

    nonisolated(unsafe) private static var counts = [Int](repeating: 0, count: allCases.count)
    nonisolated(unsafe) private static var reportsAtExit = false

    /// Counts one page this difference explains; the first one arranges the summary at exit.
    func count() {
        Self.counts[rawValue] += 1
        guard !Self.reportsAtExit else { return }
        Self.reportsAtExit = true
        atexit {
            let counted = KnownDifference.allCases.filter { KnownDifference.counts[$0.rawValue] > 0 }
                .map { "\(KnownDifference.counts[$0.rawValue]) by \($0.name)" }
            var line = "fuzz-html: known differences, not reported: \(counted.joined(separator: ", ")) (FUZZ_STRICT=1 reports them)\n"
            line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
        }
    }

    var name: String {
        switch self {
        case .controlCharacters: "control-characters"
        case .invalidUTF8: "invalid-utf8"
        }
    }
}
