import PathguideDiagnostics

/// The cache's byte format: unsigned LEB128 numbers, strings as a length and UTF-8 bytes,
/// optionals as a 0/1 flag. Compact and quick to read back: 10,000 guides' records load in
/// milliseconds, where a JSON decoder would spend a good part of a second.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes what `body` writes behind its length and its XXH64 hash, so a reader can tell a
    /// record edited or damaged on disk from a good one and skip just that record.
    mutating func writeChecked(_ body: (inout CacheWriter) -> Void) {
        var record = CacheWriter()
        body(&record)
        write(record.bytes.count)
        write(XXH64.hash(record.bytes))
        bytes.append(contentsOf: record.bytes)
    }

    mutating func write(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func write(_ value: Int) {
        // Zig-zag, so a negative number (never expected, but possible) stays short and exact.
        write(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))))
    }

    mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func write(_ value: String) {
        write(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write<Element>(_ values: [Element], _ element: (inout CacheWriter, Element) -> Void) {
        write(values.count)
        for value in values { element(&self, value) }
    }

    mutating func write(_ location: SourceLocation) {
        write(location.file)
        write(location.line)
        write(location.column)
    }

    mutating func write(_ location: SourceLocation?) {
        write(location != nil)
        if let location { write(location) }
    }
}

/// Reads what `CacheWriter` wrote. Anything malformed — a truncated or foreign file — throws, and
/// the cache is then treated as empty: a damaged cache costs a full rebuild, never a wrong result.
struct CacheReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var offset: Int

    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func readUInt64() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func readInt() throws(Malformed) -> Int {
        let raw = try readUInt64()
        return Int(truncatingIfNeeded: raw >> 1) ^ -Int(raw & 1)
    }

    mutating func readCount() throws(Malformed) -> Int {
        let count = try readInt()
        // A count can never exceed the bytes left: each element takes at least one.
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        return count
    }

    mutating func readBool() throws(Malformed) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    mutating func readString() throws(Malformed) -> String {
        let count = try readCount()
        let end = offset + count
        guard let string = String(validating: bytes[offset..<end], as: UTF8.self) else { throw Malformed() }
        offset = end
        return string
    }

    mutating func readOptionalString() throws(Malformed) -> String? {
        try readBool() ? try readString() : nil
    }

    /// Reads what `CacheWriter.writeChecked` wrote: nil, having stepped over it, when its bytes
    /// no longer match their hash or do not make one whole value.
    mutating func readChecked<Element>(_ element: (inout CacheReader) throws(Malformed) -> Element) throws(Malformed) -> Element? {
        let count = try readCount()
        let hash = try readUInt64()
        let record = Array(bytes[offset..<offset + count])
        offset += count
        guard XXH64.hash(record) == hash else { return nil }
        var reader = CacheReader(record)
        guard let value = try? element(&reader), reader.isAtEnd else { return nil }
        return value
    }

    mutating func readArray<Element>(_ element: (inout CacheReader) throws(Malformed) -> Element) throws(Malformed) -> [Element] {
        let count = try readCount()
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try element(&self)) }
        return values
    }

    mutating func readLocation() throws(Malformed) -> SourceLocation {
        SourceLocation(file: try readString(), line: try readInt(), column: try readInt())
    }

    mutating func readOptionalLocation() throws(Malformed) -> SourceLocation? {
        try readBool() ? try readLocation() : nil
    }
}
