import Foundation
import PathguideCore
import PathguideDiagnostics
import PathguideRender
import PathguideSite

/// One output file as a build left it: a later build reuses a guide's files only when each is
/// still exactly where, as large and as old as this says (the stamp `make` and ninja trust).
struct OutputStamp: Sendable, Equatable {
    var path: String
    var size: Int
    var modified: Int64

    /// The stamp of a file as `fstatat` describes it.
    init(path: String, info: stat) {
        self.path = path
        size = Int(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    init(path: String, size: Int, modified: Int64) {
        self.path = path
        self.size = size
        self.modified = modified
    }
}

/// What rendering one guide made: its files and the titles the index pages list.
struct RenderRecord: Sendable {
    var file: String
    var contentHash: UInt64
    /// The guide with its documents' bodies dropped, as the index pages need it.
    var platform: SitePlatform
    var outputs: [OutputStamp]
}

/// The render records of the last build into one output folder: the `build-…` cache file.
typealias RenderRecords = GuideRecords<RenderRecord>

extension GuideRecords where Record == RenderRecord {
    /// One cache file per output folder, named by a hash of its absolute path.
    static func fileName(output: URL) -> String {
        "build-" + String(XXH64.hash(output.path), radix: 16)
    }

    /// What rendered files depend on besides the guide: the theme as the build uses it (built-in
    /// files and overrides, every byte) and the site's address.
    static func fingerprint(theme: [ThemeFile], baseURL: String) -> UInt64 {
        var fingerprint = Fingerprint("build")
        for file in theme {
            fingerprint.add(file.name)
            fingerprint.add(XXH64.hash(file.bytes))
        }
        fingerprint.add(baseURL)
        return fingerprint.value
    }

    static func load(from folder: CacheFolder, output: URL, fingerprint: UInt64) -> Self {
        load(fileName(output: output), from: folder, fingerprint: fingerprint)
    }

    func save(to folder: CacheFolder, output: URL, fingerprint: UInt64) -> String? {
        save(Self.fileName(output: output), to: folder, fingerprint: fingerprint)
    }
}

extension RenderRecord: GuideRecord {
    func encode(into writer: inout CacheWriter) {
        writer.write(file)
        writer.write(contentHash)
        let guide = platform.guide
        writer.write(guide.languages) { writer, language in
            writer.write(language.value)
            writer.write(language.location)
        }
        writer.write(guide.platform.id.value)
        writer.write(guide.platform.id.location)
        writer.write(guide.platform.location)
        writer.write(guide.platform.name.location)
        writer.write(guide.platform.name.entries) { writer, entry in
            writer.write(entry.language)
            writer.write(entry.text)
            writer.write(entry.location)
        }
        writer.write(platform.documents.keys.sorted()) { writer, locale in
            let documents = platform.documents[locale]!
            writer.write(locale)
            documents.guide.encodeSummary(into: &writer)
            documents.sheet.encodeSummary(into: &writer)
        }
        writer.write(platform.summary != nil)
        platform.summary?.encode(into: &writer)
        writer.write(outputs) { writer, stamp in
            writer.write(stamp.path)
            writer.write(stamp.size)
            writer.write(Int(stamp.modified))
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        file = try reader.readString()
        contentHash = try reader.readUInt64()
        let languages = try reader.readArray { reader throws(CacheReader.Malformed) in
            Located(try reader.readString(), at: try reader.readLocation())
        }
        let id = Located(try reader.readString(), at: try reader.readLocation())
        let location = try reader.readLocation()
        let nameLocation = try reader.readLocation()
        let names = try reader.readArray { reader throws(CacheReader.Malformed) in
            LocalizedText.Entry(language: try reader.readString(), text: try reader.readString(), location: try reader.readLocation())
        }
        let platform = Platform(id: id, name: LocalizedText(entries: names, location: nameLocation), uiLanguages: [],
                                verified: nil, location: location)
        var documents: [String: SitePlatform.Documents] = [:]
        let count = try reader.readCount()
        for _ in 0..<count {
            let locale = try reader.readString()
            documents[locale] = SitePlatform.Documents(guide: try RenderedDocument(summaryFrom: &reader),
                                                       sheet: try RenderedDocument(summaryFrom: &reader))
        }
        let summary = try reader.readBool() ? try GuideSummary(from: &reader) : nil
        self.platform = SitePlatform(guide: Guide(file: file, languages: languages, platform: platform), documents: documents,
                                     summary: summary)
        outputs = try reader.readArray { reader throws(CacheReader.Malformed) in
            OutputStamp(path: try reader.readString(), size: try reader.readInt(), modified: Int64(try reader.readInt()))
        }
    }
}

extension RenderedDocument {
    /// The document without its text: what `withoutBody` keeps.
    func encodeSummary(into writer: inout CacheWriter) {
        writer.write(platform)
        writer.write(locale)
        writer.write(title)
        writer.write(description)
        writer.write(lastVerified)
        writer.write(translationKey)
        writer.write(omissions) { $0.write($1) }
    }

    init(summaryFrom reader: inout CacheReader) throws(CacheReader.Malformed) {
        self.init(platform: try reader.readString(), locale: try reader.readString(), title: try reader.readString(),
                  description: try reader.readString(), lastVerified: try reader.readString(), translationKey: try reader.readString(),
                  frontMatter: "", body: "", headings: [],
                  omissions: try reader.readArray { reader throws(CacheReader.Malformed) in try reader.readString() })
    }
}

extension GuideSummary {
    /// Every fact, so a guide kept from the cache compares exactly as when it was rendered.
    func encode(into writer: inout CacheWriter) {
        writer.write(stepsToPerson.map(String.init))
        for count in [peopleChannels, botChannels, selfServiceChannels, unknownChannels, unknownHours, knownHours] {
            writer.write(count)
        }
        writer.write(gaps) { writer, gap in
            writer.write(gap.start)
            writer.write(gap.length)
        }
        writer.write(timeZone)
        writer.write(needsFirst) { writer, channel in
            writer.write(channel.id)
            writer.write(channel.names) { writer, name in
                writer.write(name.language)
                writer.write(name.text)
                writer.write(name.location)
            }
            writer.write(channel.needs) { $0.write($1.rawValue) }
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let steps = try reader.readOptionalString()
        var counts: [Int] = []
        for _ in 0..<6 { counts.append(try reader.readInt()) }
        let gaps = try reader.readArray { reader throws(CacheReader.Malformed) in
            WeekSpan(start: try reader.readInt(), length: try reader.readInt())
        }
        let zone = try reader.readOptionalString()
        let needsFirst = try reader.readArray { reader throws(CacheReader.Malformed) in
            NamedChannel(id: try reader.readString(), names: try reader.readArray { reader throws(CacheReader.Malformed) in
                LocalizedText.Entry(language: try reader.readString(), text: try reader.readString(), location: try reader.readLocation())
            }, needs: try reader.readArray { reader throws(CacheReader.Malformed) in
                guard let kind = PrerequisiteKind(rawValue: try reader.readString()) else { throw CacheReader.Malformed() }
                return kind
            })
        }
        self.init(stepsToPerson: steps.flatMap { Int($0) }, peopleChannels: counts[0], botChannels: counts[1],
                  selfServiceChannels: counts[2], unknownChannels: counts[3], unknownHours: counts[4], knownHours: counts[5],
                  gaps: gaps, timeZone: zone, needsFirst: needsFirst)
    }
}
