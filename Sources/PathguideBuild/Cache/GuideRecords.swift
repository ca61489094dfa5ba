/// What a run remembers about one guide file, valid while the file's bytes hash the same.
protocol GuideRecord: Sendable {
    /// The file as the user named it.
    var file: String { get }
    var contentHash: UInt64 { get }
    func encode(into writer: inout CacheWriter)
    init(from reader: inout CacheReader) throws(CacheReader.Malformed)
}

/// The records of one cache file, by guide file.
struct GuideRecords<Record: GuideRecord>: Sendable {
    private(set) var byFile: [String: Record] = [:]

    init() {}

    init(_ records: [Record]) {
        for record in records { byFile[record.file] = record }
    }

    /// The record of `file` when its bytes hash to `contentHash`.
    func record(for file: String, contentHash: UInt64) -> Record? {
        guard let record = byFile[file], record.contentHash == contentHash else { return nil }
        return record
    }

    /// The records in cache file `name`; none when it is missing, damaged or made for another
    /// fingerprint. Each record carries a checksum of its bytes: one that fails it (edited by
    /// hand, damaged on disk) is left out, so its guide is checked or rendered again.
    static func load(_ name: String, from folder: CacheFolder, fingerprint: UInt64) -> Self {
        guard var reader = folder.read(name, fingerprint: fingerprint),
              let records = try? reader.readArray({ reader throws(CacheReader.Malformed) in
                  try reader.readChecked { reader throws(CacheReader.Malformed) in try Record(from: &reader) }
              }),
              reader.isAtEnd
        else { return Self() }
        return Self(records.compactMap { $0 })
    }

    /// Writes the records, in file order, as cache file `name`; a warning when it cannot.
    func save(_ name: String, to folder: CacheFolder, fingerprint: UInt64) -> String? {
        var writer = CacheWriter()
        writer.write(byFile.keys.sorted()) { writer, file in
            writer.writeChecked { byFile[file]!.encode(into: &$0) }
        }
        return folder.write(name, fingerprint: fingerprint, body: writer.bytes)
    }
}
