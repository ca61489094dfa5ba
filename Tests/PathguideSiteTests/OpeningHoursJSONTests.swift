import Foundation
@testable import PathguideSite
import Testing

/// The hours the guide page's "open now" script reads.
@Suite struct OpeningHoursJSONTests {
    /// The slots of each channel as `anchor zone day opens–closes`, from the JSON text.
    func slots(_ json: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let channels = try #require(object["channels"] as? [[String: Any]])
        return try channels.flatMap { channel in
            let slots = try #require(channel["slots"] as? [[String: String]])
            return slots.map { "\(channel["anchor"]!) \(channel["timeZone"]!) \($0["day"]!) \($0["opens"]!)–\($0["closes"]!)" }
        }
    }

    @Test func knownHoursOfChannelsWithAHeading() throws {
        let guide = try SiteFixtures.guide()
        let json = try #require(OpeningHoursJSON.script(for: guide, anchors: ["channel-chat", "channel-hotline"]))
        #expect(try slots(json) == [
            "channel-chat Asia/Shanghai mon 09:00–18:00",
            "channel-chat Asia/Shanghai tue 09:00–18:00",
            "channel-chat Asia/Shanghai wed 09:00–18:00",
            "channel-chat Asia/Shanghai thu 09:00–18:00",
            "channel-chat Asia/Shanghai fri 09:00–18:00",
            "channel-chat Asia/Shanghai sat 10:00–16:00",
            "channel-hotline UTC mon 00:00–24:00",
            "channel-hotline UTC tue 00:00–24:00",
            "channel-hotline UTC wed 00:00–24:00",
            "channel-hotline UTC thu 00:00–24:00",
            "channel-hotline UTC fri 00:00–24:00",
            "channel-hotline UTC sat 00:00–24:00",
            "channel-hotline UTC sun 00:00–24:00",
        ])
    }

    @Test func noHeadingNoData() throws {
        let guide = try SiteFixtures.guide()
        #expect(OpeningHoursJSON.script(for: guide, anchors: ["channel-chat"]).map { try? slots($0).count } == 6)
        #expect(OpeningHoursJSON.script(for: guide, anchors: []) == nil)
    }
}
