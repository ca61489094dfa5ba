import Foundation
import PathguideCheck
@testable import PathguideBuild
@testable import PathguideCLI
import PathguideCore
import PathguideDiagnostics
import PathguideSite
import Testing

private typealias SourceLocation = PathguideDiagnostics.SourceLocation

@Suite struct XXH64Tests {
    /// Values from the reference implementation (the `xxhash` Python package, which wraps it).
    @Test(arguments: [
        ("", UInt64(0), UInt64(0xEF46_DB37_51D8_E999)),
        ("", 7, 0x95F0_626F_6F0A_4409),
        ("a", 0, 0xD24E_C4F1_A98C_6E5B),
        ("abc", 0, 0x44BC_2CF5_AD77_0999),
        ("abc", 7, 0x9E75_5206_1566_76D7),
        ("pathguide", 0, 0x3D41_2135_C885_9B99),
        // 33 bytes: one 32-byte stripe, then the tail byte by byte.
        ("0123456789abcdef0123456789abcdef0", 0, 0xE876_84F0_8D6D_0816),
    ])
    func matchesTheReference(text: String, seed: UInt64, expected: UInt64) {
        #expect(XXH64.hash(text, seed: seed) == expected)
        #expect(XXH64.hash(Array(text.utf8), seed: seed) == expected)
    }

    @Test func longInputsUseEveryLaneAndTail() {
        // 768 bytes: 24 stripes, no tail; the reference gives these for seeds 0 and 7.
        let bytes = Array((0..<3).flatMap { _ in (0...255).map { UInt8($0) } })
        #expect(XXH64.hash(bytes) == 0x8E03_C838_C596_036F)
        #expect(XXH64.hash(bytes, seed: 7) == 0xB1E1_0F6C_5294_CD6B)
        // A slice hashes as its own bytes.
        #expect(XXH64.hash(bytes[0..<3]) == XXH64.hash([0, 1, 2] as [UInt8]))
    }
}

@Suite struct CacheCodingTests {
    @Test func valuesRoundTrip() throws {
        var writer = CacheWriter()
        writer.write(UInt64.max)
        writer.write(-5)
        writer.write(Int.min)
        writer.write(true)
        writer.write("商城 Shop")
        writer.write(nil as String?)
        writer.write(SourceLocation(file: "guides/a.yaml", line: 12, column: 3) as SourceLocation?)
        writer.write([1, 200, 30_000]) { writer, number in writer.write(number) }
        let diagnostic = Diagnostic(ruleID: .danglingReference, severity: .warning,
                                    location: SourceLocation(file: "g.yaml", line: 2, column: 9), message: "m",
                                    explanation: "why", notes: [.init(location: nil, message: "n")])
        diagnostic.encode(into: &writer)

        var reader = CacheReader(writer.bytes)
        #expect(try reader.readUInt64() == UInt64.max)
        #expect(try reader.readInt() == -5)
        #expect(try reader.readInt() == Int.min)
        #expect(try reader.readBool() == true)
        #expect(try reader.readString() == "商城 Shop")
        #expect(try reader.readOptionalString() == nil)
        #expect(try reader.readOptionalLocation() == SourceLocation(file: "guides/a.yaml", line: 12, column: 3))
        #expect(try reader.readArray { reader throws(CacheReader.Malformed) in try reader.readInt() } == [1, 200, 30_000])
        #expect(try Diagnostic(from: &reader) == diagnostic)
        #expect(reader.isAtEnd)
    }

    @Test func truncatedOrForeignBytesThrowInsteadOfTrapping() {
        var writer = CacheWriter()
        writer.write("a long enough string")
        for end in 0..<writer.bytes.count {
            var reader = CacheReader(Array(writer.bytes[0..<end]))
            #expect(throws: CacheReader.Malformed.self) { try reader.readString() }
        }
        // A count larger than the bytes left, a flag that is not 0/1, invalid UTF-8.
        var huge = CacheReader([0xFF, 0xFF, 0xFF, 0x7F, 1, 2])
        #expect(throws: CacheReader.Malformed.self) { try huge.readCount() }
        var flag = CacheReader([2])
        #expect(throws: CacheReader.Malformed.self) { try flag.readBool() }
        var text = CacheReader([4, 0xFF, 0xFE, 0xFD, 0xFC])
        #expect(throws: CacheReader.Malformed.self) { try text.readString() }
        var endless = CacheReader(Array(repeating: 0x80, count: 12))
        #expect(throws: CacheReader.Malformed.self) { try endless.readUInt64() }
    }
}

@Suite(.serialized) struct CacheCommandTests {
    static let today = LocalDate(year: 2026, month: 11, day: 24)

    func build(_ folder: GuideFolder, _ extra: [String] = []) async -> CommandResult {
        await folder.run(["build", "--templates", BuildCommandTests.templates, "--base-url", "https://help.example.org/"] + extra)
    }

    func write(_ folder: GuideFolder, _ path: String, _ text: String) throws {
        try text.write(to: folder.root.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    func read(_ folder: GuideFolder, _ path: String) -> String? {
        FileManager.default.contents(atPath: folder.root.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    func cache(_ folder: GuideFolder) -> CacheFolder {
        CacheFolder(path: CacheFolder.defaultPath, in: Workspace(folder: folder.root.path))
    }

    /// Every file under `folder`'s `output/`, by relative path.
    func outputFiles(_ folder: GuideFolder, _ name: String = "output") throws -> [String: Data] {
        let root = folder.root.appendingPathComponent(name)
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: root.path)! {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) }
        }
        return files
    }

    @Test func checkWritesATaggedIgnoredCacheAndReportsTheSameTwice() async throws {
        let folder = try GuideFolder(["shop.yaml": brokenGuide, "other.yaml": cleanGuide.replacingOccurrences(of: "id: shop", with: "id: other")])
        let first = await folder.run(["check"])
        let second = await folder.run(["check"])
        #expect(first.status == 1)
        #expect(second.status == first.status)
        #expect(second.stdout == first.stdout)
        #expect(read(folder, ".pathguide-cache/.gitignore") == "# Written by pathguide: a cache, never to be committed.\n*\n")
        #expect(read(folder, ".pathguide-cache/CACHEDIR.TAG")?.hasPrefix("Signature: 8a477f597d28d172789f06886806bc55\n") == true)
        let records = CheckRecords.load(from: cache(folder), fingerprint: CheckRecords.fingerprint(CheckContext(today: Self.today)))
        #expect(records.byFile.keys.sorted() == ["guides/other.yaml", "guides/shop.yaml"])
        #expect(records.byFile["guides/shop.yaml"]?.diagnostics.map(\.ruleID) == [.danglingReference])
        #expect(records.byFile["guides/other.yaml"]?.platformID?.value == "other")
    }

    @Test func aRecordIsTrustedOnlyForTheBytesItWasMadeFrom() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let fingerprint = CheckRecords.fingerprint(CheckContext(today: Self.today))
        // A record claiming a finding the file does not have: used while the bytes match, which
        // shows the file is not checked again...
        let bytes = Array(cleanGuide.utf8)
        let planted = Diagnostic(ruleID: .staleVerification, severity: .warning,
                                 location: SourceLocation(file: "guides/shop.yaml", line: 8, column: 3), message: "planted")
        let record = CheckRecord(file: "guides/shop.yaml", contentHash: XXH64.hash(bytes), diagnostics: [planted],
                                 platformID: Located("shop", at: SourceLocation(file: "guides/shop.yaml", line: 5, column: 7)))
        #expect(CheckRecords([record]).save(to: cache(folder), fingerprint: fingerprint) == nil)
        let reused = await folder.run(["check"])
        #expect(reused.stdout.hasPrefix("guides/shop.yaml:8:3: warning: planted [stale-verification]\n"))
        // ...and ignored once one byte changes, or with --no-cache, or on another day.
        try write(folder, "guides/shop.yaml", cleanGuide + "\n")
        #expect(await folder.run(["check"]).stdout == "no problems in 1 file\n")
        try write(folder, "guides/shop.yaml", cleanGuide)
        #expect(CheckRecords([record]).save(to: cache(folder), fingerprint: fingerprint) == nil)
        #expect(await folder.run(["check", "--no-cache"]).stdout == "no problems in 1 file\n")
        #expect(await Pathguide.run(["check", "--today", "2026-11-25"], workingDirectory: folder.root).stdout == "no problems in 1 file\n")
    }

    @Test func damagedOrForeignCacheFilesAreNeverTrustedNorOverwritten() async throws {
        let folder = try GuideFolder(["shop.yaml": brokenGuide])
        let expected = await folder.run(["check", "--no-cache"])
        let cacheFolder = folder.root.appendingPathComponent(".pathguide-cache")
        try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        // Our magic line, then garbage: read as empty, then replaced.
        try Data("pathguide cache\n\u{1}garbage".utf8).write(to: cacheFolder.appendingPathComponent("check"))
        let damaged = await folder.run(["check"])
        #expect(damaged.stdout == expected.stdout)
        #expect(damaged.stderr == "")
        #expect(!CheckRecords.load(from: cache(folder), fingerprint: CheckRecords.fingerprint(CheckContext(today: Self.today))).byFile.isEmpty)
        // A file of the same name that pathguide did not write stays as it was.
        try Data("my notes\n".utf8).write(to: cacheFolder.appendingPathComponent("check"))
        let foreign = await folder.run(["check"])
        #expect(foreign.stdout == expected.stdout)
        #expect(foreign.stderr == "pathguide: warning: .pathguide-cache/check was not written by pathguide; the cache is not saved\n")
        #expect(read(folder, ".pathguide-cache/check") == "my notes\n")
    }

    @Test func noCacheWritesNoCacheFolderAndCacheDirMovesIt() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        #expect(await folder.run(["check", "--no-cache"]).status == 0)
        #expect(await build(folder, ["--no-cache"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent(".pathguide-cache").path))
        #expect(await folder.run(["check", "--cache-dir", "elsewhere/cache"]).status == 0)
        #expect(read(folder, "elsewhere/cache/.gitignore") != nil)
        #expect(!FileManager.default.fileExists(atPath: folder.root.appendingPathComponent(".pathguide-cache").path))
    }

    @Test func aRebuildReusesUntouchedGuidesAndMatchesABuildWithoutCache() async throws {
        let other = cleanGuide.replacingOccurrences(of: "id: shop", with: "id: other")
            .replacingOccurrences(of: "name: {zh: 商城, en: Shop}", with: "name: {zh: 另一个, en: Other}")
        let folder = try GuideFolder(["shop.yaml": cleanGuide, "other.yaml": other])
        let firstBuild = await build(folder)
        #expect(firstBuild.stdout == "wrote output/: 25 files, 25 changed, 0 removed\n", "\(firstBuild)")
        // The records say which files each guide made, with their stamps.
        let output = folder.root.appendingPathComponent("output").resolvingSymlinksInPath()
        let fingerprint = RenderRecords.fingerprint(theme: Theme.builtIn, baseURL: "https://help.example.org/")
        let records = RenderRecords.load(from: cache(folder), output: output, fingerprint: fingerprint)
        #expect(records.byFile["guides/shop.yaml"]?.outputs.map(\.path) == [
            "markdown/en/shop.md", "markdown/zh/shop.md", "markdown/en/shop.svg", "markdown/zh/shop.svg",
            "site/zh/shop/index.html", "site/zh/shop/sheet/index.html", "site/en/shop/index.html", "site/en/shop/sheet/index.html",
        ])
        #expect(records.byFile["guides/other.yaml"]?.platform.documents["en"]?.guide.title == "How to reach Other customer service")

        // One guide's English changed: its English files, the English index and comparison are written again,
        // and the result is what a build without a cache makes.
        try write(folder, "guides/other.yaml", other.replacingOccurrences(of: "en: Other}", with: "en: Another}"))
        let rebuilt = await build(folder)
        #expect(rebuilt.stdout == "wrote output/: 25 files, 7 changed, 0 removed\n", "\(rebuilt)")
        #expect(await build(folder, ["--output", "fresh", "--no-cache"]).status == 0)
        #expect(try outputFiles(folder) == outputFiles(folder, "fresh"))

        // A file edited by hand is noticed by its stamp and written again.
        try write(folder, "output/site/en/shop/index.html", "edited")
        #expect(await build(folder).stdout == "wrote output/: 25 files, 1 changed, 0 removed\n")
        #expect(try outputFiles(folder) == outputFiles(folder, "fresh"))
        // So is a removed one.
        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("output/markdown/zh/shop.md"))
        #expect(await build(folder).stdout == "wrote output/: 25 files, 1 changed, 0 removed\n")
        #expect(try outputFiles(folder) == outputFiles(folder, "fresh"))
    }

    @Test func theIndexOfAReusedGuideComesFromItsRecord() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        #expect(await build(folder).status == 0)
        let output = folder.root.appendingPathComponent("output").resolvingSymlinksInPath()
        let fingerprint = RenderRecords.fingerprint(theme: Theme.builtIn, baseURL: "https://help.example.org/")
        var record = try #require(RenderRecords.load(from: cache(folder), output: output, fingerprint: fingerprint).byFile["guides/shop.yaml"])
        // A planted title shows the guide was not rendered again: only its record was read.
        record.platform.documents["en"]?.guide.title = "Planted title"
        #expect(RenderRecords([record]).save(to: cache(folder), output: output, fingerprint: fingerprint) == nil)
        #expect(await build(folder).status == 0)
        #expect(read(folder, "output/site/en/index.html")?.contains("Planted title") == true)
        // Another base URL is another site: everything is rendered again.
        let moved = await build(folder, ["--base-url", "https://help.example.com/"])
        #expect(moved.stdout == "wrote output/: 17 files, 10 changed, 0 removed\n", "\(moved)")
        #expect(read(folder, "output/site/en/index.html")?.contains("Planted title") == false)
    }

    @Test func changedTemplatesRenderEverythingAgain() async throws {
        let folder = try GuideFolder(["shop.yaml": cleanGuide])
        let templates = folder.root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: BuildCommandTests.templates), to: templates)
        #expect(await folder.run(["build", "--templates", "templates"]).status == 0)
        let css = templates.appendingPathComponent("site.css")
        try (String(contentsOf: css, encoding: .utf8) + "\n/* changed */\n").write(to: css, atomically: true, encoding: .utf8)
        let page = templates.appendingPathComponent("guide.mustache")
        try (String(contentsOf: page, encoding: .utf8) + "<!-- changed -->\n").write(to: page, atomically: true, encoding: .utf8)
        // The stylesheet and the two guide pages change; nothing is taken from the old records.
        #expect(await folder.run(["build", "--templates", "templates"]).stdout == "wrote output/: 17 files, 3 changed, 0 removed\n")
        #expect(read(folder, "output/site/en/shop/index.html")?.contains("<!-- changed -->") == true)
    }
}
