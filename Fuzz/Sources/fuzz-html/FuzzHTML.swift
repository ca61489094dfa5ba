import Glibc
@testable import PathguideHTML

/// libFuzzer's entry point: reads the bytes as an HTML page, as `pathguide links` does, and
/// stops the process when the reading breaks a promise `HTMLDocument` makes on any input.
///
/// - every position (links, their elements, anchors, the base, where a limit was passed) is a
///   place in the page, and its line and column are the ones of its byte offset, counted here
///   again from the bytes;
/// - an address starts inside its element's tag, after the `<`;
/// - what gumbo was handed is no deeper than the nesting limit allows, so its work stays bounded
///   (`</form>` can leave what a form holds open after the form is closed, hence twice the limit).
///
/// A crash, a hang or unbounded memory in the tokenizer, the gauge or gumbo is found too: the
/// run has a time and memory limit per input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size)
    let document = HTMLDocument.parse(bytes)
    let page = bytes.assumingMemoryBound(to: UInt8.self)

    var positions: [(String, HTMLPosition)] = []
    for link in document.links + (document.base.map { [$0] } ?? []) {
        positions.append(("link \(link.url.debugDescription)", link.position))
        positions.append(("element of \(link.url.debugDescription)", link.elementPosition))
        if link.position.offset <= link.elementPosition.offset {
            fail("link \(link.url.debugDescription) at \(link.position) starts before its tag at \(link.elementPosition)")
        }
    }
    positions += document.anchors.map { ("anchor \($0.name.debugDescription)", $0.position) }
    if let limit = document.nestingLimitExceeded { positions.append(("nesting limit", limit)) }
    if let limit = document.attributeLimitExceeded { positions.append(("attribute limit", limit)) }
    for (what, position) in positions {
        guard position.offset >= 0, position.offset <= size else {
            fail("\(what) at byte \(position.offset), outside a page of \(size) bytes")
        }
        let counted = lineAndColumn(at: position.offset, in: page)
        if counted.line != position.line || counted.column != position.column {
            fail("\(what) at \(position) (byte \(position.offset)), where the bytes say \(counted.line):\(counted.column)")
        }
    }

    let cut = [document.nestingLimitExceeded, document.attributeLimitExceeded].compactMap { $0?.offset }.min() ?? size
    let depth = HTMLDocument.treeDepthWithGumbo(UnsafeRawBufferPointer(rebasing: bytes[..<cut]))
    if depth > 2 * HTMLDocument.nestingLimit {
        fail("gumbo was handed a page \(depth) elements deep")
    }
    return 0
}

/// Line and column of a byte offset, counted the simple way: CR, LF and CR LF each end a line,
/// a column is a UTF-8 sequence's first byte, and a byte order mark at the start takes none.
func lineAndColumn(at offset: Int, in page: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var k = page.count >= 3 && page[0] == 0xEF && page[1] == 0xBB && page[2] == 0xBF ? min(3, offset) : 0
    while k < offset {
        let byte = page[k]
        if byte == 0x0A || (byte == 0x0D && !(k + 1 < page.count && page[k + 1] == 0x0A)) {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            // The CR of a CR LF too, until the LF ends the line: a place between them is after it.
            column += 1
        }
        k += 1
    }
    return (line, column)
}

func fail(_ message: String) -> Never {
    fatalError("fuzz-html: \(message)")
}
