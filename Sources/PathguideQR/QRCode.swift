import PathguideSupport
import CQRencode
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A QR code made by libqrencode: a square of dark and light modules.
///
/// The only place that talks to libqrencode. It draws the code as an inline SVG path, so a
/// printed help sheet needs no image files and stays sharp at any size.
public struct QRCode: Sendable, Equatable {
    /// Modules per side, without the quiet zone.
    public let size: Int
    /// Row-major, `true` for a dark module.
    public let modules: [Bool]

    /// How much of the code may be damaged and still read; higher levels make bigger codes.
    public enum Correction: Sendable {
        case low, medium, quartile, high

        var level: QRecLevel {
            switch self {
            case .low: QR_ECLEVEL_L
            case .medium: QR_ECLEVEL_M
            case .quartile: QR_ECLEVEL_Q
            case .high: QR_ECLEVEL_H
            }
        }
    }

    /// Encodes `text` as 8-bit data (URLs may hold any byte), in the smallest version that fits.
    /// `nil` when the text is empty or too long for any QR code.
    public init?(_ text: String, correction: Correction = .medium) {
        guard !text.isEmpty, !text.utf8.contains(0) else { return nil }
        guard let code = QRcode_encodeString8bit(text, 0, correction.level) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        // Bit 0 of each byte is the module's colour; the other bits describe how it was made.
        self.size = width
        self.modules = data.map { $0 & 1 == 1 }
    }

    public subscript(row: Int, column: Int) -> Bool { modules[row * size + column] }

    /// An SVG drawing with a quiet zone of `margin` modules, one path of unit squares so the file
    /// stays small; `title` becomes the accessible name.
    public func svg(margin: Int = 4, title: String) -> String {
        let side = size + 2 * margin
        var path: [UInt8] = []
        path.reserveCapacity(size * size)
        for row in 0..<size {
            var column = 0
            while column < size {
                guard self[row, column] else { column += 1; continue }
                // Runs of dark modules become one rectangle: M<x> <y>h<run>v1h-<run>z
                var run = 1
                while column + run < size, self[row, column + run] { run += 1 }
                path.append(UInt8(ascii: "M"))
                Self.appendDecimal(column + margin, to: &path)
                path.append(UInt8(ascii: " "))
                Self.appendDecimal(row + margin, to: &path)
                path.append(UInt8(ascii: "h"))
                Self.appendDecimal(run, to: &path)
                path.append(contentsOf: "v1h-".utf8)
                Self.appendDecimal(run, to: &path)
                path.append(UInt8(ascii: "z"))
                column += run
            }
        }
        let escapedTitle = XMLEscaping.escape(title)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" shape-rendering="crispEdges" role="img" aria-label="\(escapedTitle)"><title>\(escapedTitle)</title><rect width="\(side)" height="\(side)" fill="#fff"/><path d="\(String(decoding: path, as: UTF8.self))" fill="#000"/></svg>
            """
    }

    /// `value` in decimal digits, as `\(value)` writes it.
    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        guard value >= 0 else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        if value >= 10 { appendDecimal(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}

