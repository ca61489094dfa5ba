import CXXHash

/// XXH64, the 64-bit xxHash, from Debian's libxxhash: a non-cryptographic hash that runs at
/// several gigabytes a second, so the build can tell which guides changed by their contents
/// without the cost of reading them twice. This is the only file that calls libxxhash.
///
/// The cache keys every guide by its path and this hash of its bytes; a collision would need two
/// different texts of the same file with the same 64-bit hash.
enum XXH64 {
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
        CXXHash.XXH64(input.baseAddress, input.count, seed)
    }
}
