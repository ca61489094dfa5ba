import PathguideLoader
import Testing

/// Diagnostics sit at the same line and column whichever line break the file uses: LF, CR LF,
/// a lone CR, NEL, LS or PS, the breaks libyaml counts.
@Suite struct GuideLoaderPositionTests {
    static let breaks = ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    @Test(arguments: breaks)
    func decoderFindingsAfterAnyBreak(lineBreak: String) {
        let text = minimalGuide(channels: """
            channels:
              - id: chat
                kind: merchant-suport
                name: {zh: 商家客服, en: 客服}
                operated-by: merchant
                colour: red
            """).replacingOccurrences(of: "\n", with: lineBreak)
        #expect(lines(load(text).diagnostics) == [
            "guides/shop.yaml:27:11: [invalid-value] 'merchant-suport' is not a valid kind; did you mean 'merchant-support'?",
            "guides/shop.yaml:30:5: [unknown-key] unknown key 'colour' in a channel",
        ])
    }

    @Test func carriageReturnsOnly() {
        let loaded = load("format: 1\rlanguages: [zh, en]\rbogus: 2\r")
        #expect(lines(loaded.diagnostics).last == "guides/shop.yaml:3:1: [unknown-key] unknown key 'bogus' in the guide")
    }

    @Test(arguments: breaks)
    func controlCharacterAfterAnyBreak(lineBreak: String) {
        let loaded = load("a: 1\(lineBreak)\u{1F}\n")
        #expect(lines(loaded.diagnostics) == ["guides/shop.yaml:2:1: [yaml-syntax] control characters are not allowed (0x1F)"])
    }

    @Test(arguments: breaks)
    func syntaxErrorAfterAnyBreak(lineBreak: String) {
        let loaded = load("format: 1\(lineBreak)名称: 抖音: 短视频\(lineBreak)")
        #expect(lines(loaded.diagnostics) == ["guides/shop.yaml:2:7: [yaml-syntax] a colon followed by a space inside a value without quotes; put the whole value in quotes"])
    }
}
