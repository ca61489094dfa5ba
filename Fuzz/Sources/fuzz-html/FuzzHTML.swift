import Glibc
@testable import PathguideHTML

/// libFuzzer's entry point: reads the bytes as an HTML page with both readers and stops the
/// process when the streaming scanner and gumbo's tree builder disagree.
///
/// The scanner declines (answers `nil`) any page whose tree only a full HTML5 tree builder can
/// tell, and `HTMLDocument.parse` then uses gumbo; a page the scanner does read must give exactly
/// gumbo's links, anchors, base and positions. Both readers also run on every input, so a crash,
/// a hang or unbounded memory in either is found too.
///
/// Differences of a kind already known (`KnownDifference`) are counted rather than reported, so
/// that a run looks for new ones; `FUZZ_STRICT=1` in the environment reports them too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size)
    let reference = HTMLDocument.parseWithGumbo(bytes)
    guard let scanned = HTMLScanner.scan(bytes.assumingMemoryBound(to: UInt8.self)), scanned != reference else { return 0 }
    if !KnownDifference.strict, let known = KnownDifference.explaining(scanned: scanned, reference: reference, page: bytes) {
        known.count()
        return 0
    }
    let difference = ReadingDifference(scanned: scanned, reference: reference)
    fatalError("the HTML scanner and gumbo disagree on this page:\n\(difference)")
}
