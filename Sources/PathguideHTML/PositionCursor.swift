#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines and columns for byte offsets asked for in document order, counted the way
/// `LineTable` counts them (CR, LF and CR LF each end a line; columns in Unicode scalars; a
/// byte order mark takes no column), without a table of every line: the cursor only moves
/// forward, finding line breaks with `memchr`, and starts over if asked about an earlier place.
struct PositionCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let markLength: Int
    /// Whether the page has a CR at all; without one, line breaks are found a block at a time.
    private let hasCarriageReturn: Bool
    private var offset: Int
    private var line = 0
    private var column = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        markLength = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        offset = markLength
        if let base = bytes.baseAddress, !bytes.isEmpty {
            hasCarriageReturn = memchr(base, 0x0D, bytes.count) != nil
        } else {
            hasCarriageReturn = false
        }
    }

    mutating func position(at rawOffset: Int) -> HTMLPosition {
        let target = min(max(rawOffset, 0), bytes.count)
        if target < markLength { return HTMLPosition(line: 1, column: 1, offset: target) }
        if target < offset {
            offset = markLength
            line = 0
            column = 0
        }
        if hasCarriageReturn {
            while offset < target {
                let byte = bytes[offset]
                if byte == 0x0A || (byte == 0x0D && !(offset + 1 < bytes.count && bytes[offset + 1] == 0x0A)) {
                    line += 1
                    column = 0
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                offset += 1
            }
        } else if let base = bytes.baseAddress {
            while offset < target, let found = memchr(base + offset, 0x0A, target - offset) {
                line += 1
                column = 0
                offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            }
            while offset < target {
                if bytes[offset] & 0xC0 != 0x80 { column += 1 }
                offset += 1
            }
        }
        return HTMLPosition(line: line + 1, column: column + 1, offset: target)
    }
}
