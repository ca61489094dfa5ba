import Foundation
import PathguideCore
import PathguideLoader
@testable import PathguideRender
import Testing

/// The guide's `sheet: {channels: [...]}` decides which channels follow the quickest way.
@Suite struct SheetChoiceTests {
    func sheetHeadings(_ extra: String) throws -> [String] {
        let path = repositoryRoot.appendingPathComponent("guides/taobao.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8) + extra
        let guide = try #require(GuideLoader().load(text: text, file: "guides/taobao.yaml").guide)
        return try GuideRenderer(guide: guide, locale: "en").sheet().headings.filter { $0.level == 2 }.map(\.anchor)
    }

    @Test func theAuthorsChannelsComeInTheAuthorsOrder() throws {
        #expect(try sheetHeadings("") == ["quickest", "channel-merchant-chat", "channel-platform-agent", "bots"])
        #expect(try sheetHeadings("sheet:\n  channels: [dispute, hotline]\n")
            == ["quickest", "channel-dispute", "channel-hotline", "bots"])
    }

    @Test func theQuickestWayIsNotRepeated() throws {
        #expect(try sheetHeadings("sheet:\n  channels: [taobao-help, complaint]\n") == ["quickest", "channel-complaint", "bots"])
    }
}
