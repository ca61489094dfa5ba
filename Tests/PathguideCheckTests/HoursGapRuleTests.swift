import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct HoursGapRuleTests {
    let rule = HoursGapRule()

    /// The minimal guide with one more channel with people after the agent, whose `hours:` are given.
    func guide(agentHours: String, hotlineHours: String) -> String {
        GuideText.minimal(channels: GuideText.channels + """

                hours:
            \(agentHours)
              - id: hotline
                kind: hotline
                name: {zh: 热线, en: Hotline}
                operated-by: platform
                source: article
                hours:
            \(hotlineHours)
            """)
    }

    func note(_ marked: MarkedGuide, at marker: Character, _ message: String) -> Finding {
        Finding(ruleID: .hoursGap, severity: .note, location: marked[marker], message: message)
    }

    @Test func weekendsAndNightsAsRanges() throws {
        let marked = try MarkedGuide(guide(agentHours: """
                  1️⃣schedule:
                    - {days: [mon, tue, wed, thu, fri], opens: "09:00", closes: "18:00"}
                  time-zone: Asia/Shanghai
            """, hotlineHours: """
                  schedule:
                    - {days: [mon, tue, wed, thu, fri], opens: "18:00", closes: "22:00"}
                  time-zone: Asia/Shanghai
            """))
        let diagnostics = marked.diagnostics(of: rule)
        #expect(diagnostics.map(Finding.init) == [
            note(marked, at: "1️⃣", "no channel with people is known to be open: Monday to Thursday, 22:00–09:00; Friday 22:00 to Monday 09:00 (Asia/Shanghai)"),
        ])
        #expect(diagnostics.first?.noteLines == [])
    }

    @Test func wholeDaysListTheDaysAndNameTheUnknown() throws {
        let marked = try MarkedGuide(guide(agentHours: """
                  1️⃣schedule:
                    - {days: [mon, tue, wed, thu, fri], opens: "00:00", closes: "24:00"}
                  time-zone: Europe/Berlin
            """, hotlineHours: """
                  2️⃣schedule: unknown
            """))
        let diagnostics = marked.diagnostics(of: rule)
        #expect(diagnostics.map(Finding.init) == [
            note(marked, at: "1️⃣", "no channel with people is known to be open: Saturday and Sunday, all day (Europe/Berlin)"),
        ])
        #expect(diagnostics.first?.noteLines == ["\(marked["2️⃣"]): channel 'hotline' has people and unknown hours"])
    }

    @Test func everyNight() throws {
        let marked = try MarkedGuide(guide(agentHours: """
                  1️⃣schedule:
                    - {days: [mon, tue, wed, thu, fri, sat, sun], opens: "09:00", closes: "22:00"}
                  time-zone: Europe/Berlin
            """, hotlineHours: """
                  schedule:
                    - {days: [sat], opens: "22:00", closes: "24:00"}
                    - {days: [sun], opens: "00:00", closes: "02:00"}
                  time-zone: Europe/Berlin
            """))
        #expect(marked.findings(by: rule) == [
            note(marked, at: "1️⃣", "no channel with people is known to be open: Monday to Friday and Sunday, 22:00–09:00; Sunday, 02:00–09:00 (Europe/Berlin)"),
        ])
    }

    @Test func aGuideWithoutHoursGetsOneFinding() throws {
        let marked = try MarkedGuide(GuideText.minimal(platform: """
              id: 1️⃣example-shop
              name: {zh: 示例商城, en: Example Shop}
              ui-languages: [zh]
              verified: {date: "2026-11-20"}
            """, channels: GuideText.channels + """

                hours: 2️⃣unknown
              - id: 3️⃣hotline
                kind: hotline
                name: {zh: 热线, en: Hotline}
                operated-by: platform
                source: article
            """))
        let diagnostics = marked.diagnostics(of: rule)
        #expect(diagnostics.map(Finding.init) == [
            note(marked, at: "1️⃣", "none of the 2 channels with people has known hours"),
        ])
        #expect(diagnostics.first?.noteLines == [
            "\(marked["2️⃣"]): channel 'agent' has people and unknown hours",
            "\(marked["3️⃣"]): channel 'hotline' has people and unknown hours",
        ])
    }

    @Test func alwaysOpenLeavesNothingToSay() throws {
        let marked = try MarkedGuide(guide(agentHours: "      always", hotlineHours: "      unknown"))
        #expect(marked.findings(by: rule) == [])
    }
}
