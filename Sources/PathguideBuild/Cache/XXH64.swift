/// XXH64, the 64-bit xxHash of Yann Collet (https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md):
/// a non-cryptographic hash that runs at several gigabytes a second, so the build can tell which
/// guides changed by their contents without the cost of reading them twice.
///
/// The cache keys every guide by its path and this hash of its bytes; a collision would need two
/// different texts of the same file with the same 64-bit hash.
enum XXH64 {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    static func hash(_ bytes: some Collection<UInt8>, seed: UInt64 = 0) -> UInt64 {
        if let hash = bytes.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0), seed: seed) }) {
            return hash
        }
        return Array(bytes).withUnsafeBytes { hash($0, seed: seed) }
    }

    static func hash(_ string: String, seed: UInt64 = 0) -> UInt64 {
        var string = string
        return string.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: seed) }
    }

    static func hash(_ input: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        let length = input.count
        var offset = 0
        var h: UInt64
        if length >= 32 {
            var v1 = seed &+ prime1 &+ prime2
            var v2 = seed &+ prime2
            var v3 = seed
            var v4 = seed &- prime1
            while offset + 32 <= length {
                v1 = round(v1, word(input, offset))
                v2 = round(v2, word(input, offset + 8))
                v3 = round(v3, word(input, offset + 16))
                v4 = round(v4, word(input, offset + 24))
                offset += 32
            }
            h = v1.rotated(1) &+ v2.rotated(7) &+ v3.rotated(12) &+ v4.rotated(18)
            h = merge(h, v1)
            h = merge(h, v2)
            h = merge(h, v3)
            h = merge(h, v4)
        } else {
            h = seed &+ prime5
        }
        h &+= UInt64(length)
        while offset + 8 <= length {
            h ^= round(0, word(input, offset))
            h = h.rotated(27) &* prime1 &+ prime4
            offset += 8
        }
        if offset + 4 <= length {
            h ^= UInt64(UInt32(littleEndian: input.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) &* prime1
            h = h.rotated(23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < length {
            h ^= UInt64(input[offset]) &* prime5
            h = h.rotated(11) &* prime1
            offset += 1
        }
        h ^= h >> 33
        h &*= prime2
        h ^= h >> 29
        h &*= prime3
        h ^= h >> 32
        return h
    }

    @inline(__always)
    private static func word(_ input: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: input.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always)
    private static func round(_ accumulator: UInt64, _ lane: UInt64) -> UInt64 {
        (accumulator &+ lane &* prime2).rotated(31) &* prime1
    }

    @inline(__always)
    private static func merge(_ accumulator: UInt64, _ lane: UInt64) -> UInt64 {
        (accumulator ^ round(0, lane)) &* prime1 &+ prime4
    }
}

private extension UInt64 {
    @inline(__always)
    func rotated(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
