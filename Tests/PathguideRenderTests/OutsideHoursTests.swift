import PathguideCore
import PathguideLoader
import PathguideRender
import PathguideTestSupport
import Testing

/// "Outside these hours" under a channel with weekly hours: the quickest way to another channel
/// with people open some of the time it is closed, or when it opens again.
@Suite struct OutsideHoursTests {
    /// The minimal guide's agent open on weekdays, and a hotline from the agent, with `hotlineHours`.
    func body(hotlineHours: String, locale: String) throws -> String {
        let text = GuideText.minimal(channels: GuideText.channels + """

                hours:
                  schedule:
                    - {days: [mon, tue, wed, thu, fri], opens: "09:00", closes: "18:00"}
                  time-zone: Asia/Shanghai
                escalations:
                  - {verb: call, to: hotline, source: article}
              - id: hotline
                kind: hotline
                name: {zh: 热线, en: Hotline}
                operated-by: platform
                source: article
                hours:
            \(hotlineHours)
            """)
        let loaded = GuideLoader().load(text: text, file: "guides/example-shop.yaml")
        #expect(loaded.diagnostics.map(\.message) == [])
        let guide = try #require(loaded.guide)
        return try GuideRenderer(guide: guide, locale: locale).guide().body
    }

    /// The lines from "Outside these hours" to the next heading.
    func section(_ body: String, _ label: String) -> [String] {
        body.split(separator: "\n", omittingEmptySubsequences: false)
            .drop { !$0.hasPrefix("**\(label)**") }
            .prefix { !$0.hasPrefix("#") }
            .map(String.init)
    }

    @Test func anotherChannelOpenWhenThisIsClosed() throws {
        let body = try body(hotlineHours: """
                  schedule:
                    - {days: [sat, sun], opens: "10:00", closes: "16:00"}
                  time-zone: Asia/Shanghai
            """, locale: "en")
        #expect(section(body, "Outside these hours") == [
            "**Outside these hours**: Hotline is open at some of those times: Saturday and Sunday, 10:00–16:00 (Asia/Shanghai).",
            "",
            "1. Open the 示例 App (Example app).",
            "2. Tap 「客服」 (\"Support\").",
            "3. Type 「转人工」 (\"transfer to a person\").",
            "4. Call the phone number shown.",
            "",
        ])
        // And the other way round, for the hotline.
        #expect(body.contains("**Outside these hours**: Human agent is open at some of those times: Monday to Friday, 09:00–18:00 (Asia/Shanghai).\n"))
    }

    @Test func aChannelOpenOnlyWhileThisIsOpenDoesNotCount() throws {
        let body = try body(hotlineHours: """
                  schedule:
                    - {days: [mon], opens: "10:00", closes: "12:00"}
                  time-zone: Asia/Shanghai
            """, locale: "zh")
        #expect(section(body, "服务时间以外") == [
            "**服务时间以外**：此时没有其他已知在服务的人工渠道。下次开始服务：周一至周五 09:00（Asia/Shanghai）。",
            "",
        ])
    }

    @Test func unknownHoursSayNothingOutside() throws {
        let body = try body(hotlineHours: "      unknown", locale: "en")
        #expect(section(body, "Outside these hours").first == "**Outside these hours**: No other channel where a person answers is known to be open then. It opens again: Monday to Friday at 09:00 (Asia/Shanghai).")
        #expect(body.components(separatedBy: "**Outside these hours**").count == 2)
    }
}
