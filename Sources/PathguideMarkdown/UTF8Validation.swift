/// Whether bytes are well-formed UTF-8, by the Unicode standard's table (no overlong forms,
/// no surrogates, nothing above U+10FFFF): exactly the bytes `String(decoding:as:)` keeps as
/// they are. ASCII runs are checked eight bytes at a time, and the three-byte sequences of
/// Chinese text by the shortest path.
enum UTF8Validation {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let end = bytes.count
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < end {
            let lead = base[i]
            if lead < 0x80 {
                i += 1
                while i + 8 <= end, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                continue
            }
            if lead &- 0xE1 < 0x0F, lead != 0xED {
                // E1...EC and EE...EF: any two continuation bytes follow.
                guard i + 3 <= end, raw.loadUnaligned(fromByteOffset: i + 1, as: UInt16.self) & 0xC0C0 == 0x8080 else { return false }
                i += 3
                continue
            }
            // The allowed range of the second byte depends on the first; the rest are 80...BF.
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard i + length <= end else { return false }
            let second = base[i + 1]
            guard second >= low, second <= high else { return false }
            for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }
}
