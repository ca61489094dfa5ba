@testable import PathguideHTML

/// libFuzzer's entry point: reads the bytes as an HTML page with both readers and stops the
/// process when the streaming scanner and gumbo's tree builder disagree.
///
/// The scanner declines (answers `nil`) any page whose tree only a full HTML5 tree builder can
/// tell, and `HTMLDocument.parse` then uses gumbo; a page the scanner does read must give exactly
/// gumbo's links, anchors, base and positions. Both readers also run on every input, so a crash,
/// a hang or unbounded memory in either is found too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size)
    let reference = HTMLDocument.parseWithGumbo(bytes)
    guard let scanned = HTMLScanner.scan(bytes.assumingMemoryBound(to: UInt8.self)) else { return 0 }
    if scanned != reference {
        let difference = ReadingDifference(scanned: scanned, reference: reference)
        fatalError("the HTML scanner and gumbo disagree on this page:\n\(difference)")
    }
    return 0
}

/// The first place two readings of a page differ, one line per link or anchor, as the
/// comparison tests print them.
struct ReadingDifference: CustomStringConvertible {
    var scanned: [String]
    var reference: [String]

    init(scanned: HTMLDocument, reference: HTMLDocument) {
        self.scanned = Self.summary(scanned)
        self.reference = Self.summary(reference)
    }

    var description: String {
        let common = min(scanned.count, reference.count)
        let index = (0..<common).first { scanned[$0] != reference[$0] } ?? common
        func line(_ lines: [String]) -> String { index < lines.count ? lines[index] : "(nothing)" }
        return """
            item \(index + 1) of \(scanned.count) scanned, \(reference.count) from gumbo
              scanner: \(line(scanned))
              gumbo:   \(line(reference))
            """
    }

    static func summary(_ document: HTMLDocument) -> [String] {
        document.links.map { link in
            "link \(link.tag)[\(link.attribute)] \(String(reflecting: link.url)) \(link.kind.rawValue) rel=\(link.rel ?? "-") "
                + "@\(position(link.position)) element @\(position(link.elementPosition))"
        } + document.anchors.map { anchor in
            "anchor \(anchor.tag)[\(anchor.attribute)] \(String(reflecting: anchor.name)) @\(position(anchor.position))"
        } + [document.base.map { "base \(String(reflecting: $0.url)) @\(position($0.position)) element @\(position($0.elementPosition))" } ?? "no base"]
    }

    private static func position(_ position: HTMLPosition) -> String {
        "\(position.line):\(position.column)/\(position.offset)"
    }
}
