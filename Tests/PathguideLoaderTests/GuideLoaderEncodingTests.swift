import PathguideLoader
import Testing

/// Guides are UTF-8 text. A file in another encoding is one `unreadable-file` error at its first
/// offending byte, saying what the file is and how to convert it; nothing of it is parsed.
@Suite struct GuideLoaderEncodingTests {
    private func loadBytes(_ bytes: [UInt8]) -> LoadedGuide {
        GuideLoader().load(bytes: bytes, file: "guides/shop.yaml")
    }

    @Test func utf16IsRefused() {
        let bytes: [UInt8] = [0xFF, 0xFE] + minimalGuide().utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let loaded = loadBytes(bytes)
        #expect(loaded.guide == nil)
        #expect(lines(loaded.diagnostics) == [
            "guides/shop.yaml:1:1: [unreadable-file] the file is UTF-16 (it starts with a UTF-16 byte order mark); guides are UTF-8 text: convert it, e.g. with iconv -f UTF-16 -t UTF-8",
        ])
    }

    @Test func utf32IsRefused() {
        let bytes: [UInt8] = [0, 0, 0xFE, 0xFF] + minimalGuide().unicodeScalars.flatMap { scalar in
            (0..<4).reversed().map { UInt8(truncatingIfNeeded: scalar.value >> (8 * UInt32($0))) }
        }
        #expect(lines(loadBytes(bytes).diagnostics) == [
            "guides/shop.yaml:1:1: [unreadable-file] the file is UTF-32 (it starts with a UTF-32 byte order mark); guides are UTF-8 text: convert it, e.g. with iconv -f UTF-32 -t UTF-8",
        ])
    }

    @Test func utf16WithoutAByteOrderMarkNamesItsByteOrder() {
        let bytes = minimalGuide().utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(lines(loadBytes(bytes).diagnostics) == [
            "guides/shop.yaml:1:1: [unreadable-file] the file is UTF-16 (its first bytes, 00 66, are ASCII written as UTF-16); guides are UTF-8 text: convert it, e.g. with iconv -f UTF-16BE -t UTF-8",
        ])
    }

    /// 商城 saved as GBK (C9 CC B3 C7), the way a Chinese edition of Windows saves text.
    @Test func gbkTextIsRefusedAtItsFirstByte() {
        let text = minimalGuide().replacingOccurrences(of: "{zh: 商城, en: Shop}", with: "{zh: @@, en: Shop}")
        var bytes = Array(text.utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "@"))!
        bytes.replaceSubrange(at..<at + 2, with: [0xC9, 0xCC, 0xB3, 0xC7])
        let loaded = loadBytes(bytes)
        #expect(loaded.text == nil)
        #expect(lines(loaded.diagnostics) == [
            "guides/shop.yaml:5:14: [unreadable-file] the file is not UTF-8 (byte 0xC9 begins a character that is cut short); guides are UTF-8 text: convert it from the encoding it was saved in, e.g. with iconv -f GBK -t UTF-8",
        ])
    }

    @Test func aUTF8ByteOrderMarkIsAccepted() throws {
        let loaded = loadBytes([0xEF, 0xBB, 0xBF] + Array(minimalGuide().utf8))
        #expect(loaded.diagnostics.isEmpty)
        let guide = try #require(loaded.guide)
        #expect(guide.platform.id.location.description == "guides/shop.yaml:4:7")
    }

    @Test func anUndefinedAliasIsASyntaxError() {
        #expect(lines(load("format: 1\nlanguages: *langs\n").diagnostics) == [
            "guides/shop.yaml:2:12: [yaml-syntax] undefined alias 'langs'",
        ])
    }
}
