import PathguideCheck
import PathguideCore
import PathguideDiagnostics

/// What checking one guide file found, remembered with the hash of the bytes it was found in.
struct CheckRecord: Sendable {
    /// The file as the user named it, which is also how its diagnostics name it.
    var file: String
    var contentHash: UInt64
    var diagnostics: [Diagnostic]
    /// The platform id and where it is written, for the check of ids across guides; nil when
    /// the file did not load.
    var platformID: Located<String>?

    /// The platform as the check across guides sees it.
    var platformOnly: Guide? {
        platformID.map { id in
            Guide(file: file, languages: [], platform: Platform(id: id, name: LocalizedText(entries: [], location: id.location),
                                                               uiLanguages: [], verified: nil, location: id.location))
        }
    }
}

/// The check records of the last run, by file: the `check` cache file.
typealias CheckRecords = GuideRecords<CheckRecord>

extension GuideRecords where Record == CheckRecord {
    static var fileName: String { "check" }

    /// What a check's records depend on besides the guides themselves.
    static func fingerprint(_ context: CheckContext) -> UInt64 {
        var fingerprint = Fingerprint("check")
        fingerprint.add(context.today.description)
        fingerprint.add(context.maxVerifiedAgeDays)
        return fingerprint.value
    }

    static func load(from folder: CacheFolder, fingerprint: UInt64) -> Self {
        load(fileName, from: folder, fingerprint: fingerprint)
    }

    func save(to folder: CacheFolder, fingerprint: UInt64) -> String? {
        save(Self.fileName, to: folder, fingerprint: fingerprint)
    }
}

extension CheckRecord: GuideRecord {
    func encode(into writer: inout CacheWriter) {
        writer.write(file)
        writer.write(contentHash)
        writer.write(diagnostics) { writer, diagnostic in diagnostic.encode(into: &writer) }
        writer.write(platformID != nil)
        if let platformID {
            writer.write(platformID.value)
            writer.write(platformID.location)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        file = try reader.readString()
        contentHash = try reader.readUInt64()
        diagnostics = try reader.readArray { reader throws(CacheReader.Malformed) in try Diagnostic(from: &reader) }
        platformID = try reader.readBool() ? Located(try reader.readString(), at: try reader.readLocation()) : nil
    }
}

extension Diagnostic {
    func encode(into writer: inout CacheWriter) {
        writer.write(ruleID.rawValue)
        writer.write(severity.rawValue)
        writer.write(location)
        writer.write(message)
        writer.write(explanation)
        writer.write(notes) { writer, note in
            writer.write(note.location)
            writer.write(note.message)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Malformed) {
        let ruleID = try reader.readString()
        guard let severity = Severity(rawValue: try reader.readString()) else { throw CacheReader.Malformed() }
        self.init(ruleID: RuleID(rawValue: ruleID), severity: severity, location: try reader.readOptionalLocation(), message: try reader.readString(),
                  explanation: try reader.readOptionalString(),
                  notes: try reader.readArray { reader throws(CacheReader.Malformed) in
                      Diagnostic.Note(location: try reader.readOptionalLocation(), message: try reader.readString())
                  })
    }
}

extension GuideCheck.Result {
    /// Saves this run's records unless they are exactly the ones it started from.
    func saveRecords(to folder: CacheFolder, fingerprint: UInt64, previous: CheckRecords) -> String? {
        let unchanged = records.count == previous.byFile.count
            && records.allSatisfy { previous.record(for: $0.file, contentHash: $0.contentHash) != nil }
        return unchanged ? nil : CheckRecords(records).save(to: folder, fingerprint: fingerprint)
    }
}
