import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct HoursRuleTests {
    let rule = HoursRule()

    /// The minimal guide whose agent keeps the given `hours:` (indented under the channel).
    func guide(hours: String) -> String {
        GuideText.minimal(channels: GuideText.channels + """

                hours:
            \(hours)
            """)
    }

    @Test func invalidTimes() throws {
        let marked = try MarkedGuide(guide(hours: """
                  schedule:
                    - {days: [mon], opens: 1️⃣"9:00", closes: 2️⃣"25:00"}
                    - {days: [tue], opens: 3️⃣"24:00", closes: "24:00"}
                    - {days: [wed], opens: 4️⃣noon, closes: 5️⃣"12:60"}
                  time-zone: Asia/Shanghai
            """))
        #expect(marked.findings(by: rule) == [
            marked.error(.badHours, at: "1️⃣", "'9:00' is not a valid time for 'opens'; write \"HH:MM\" from 00:00 to 23:59, like '09:00'"),
            marked.error(.badHours, at: "2️⃣", "'25:00' is not a valid time for 'closes'; write \"HH:MM\" from 00:00 to 24:00"),
            marked.error(.badHours, at: "3️⃣", "'24:00' is not a valid time for 'opens'; write \"HH:MM\" from 00:00 to 23:59"),
            marked.error(.badHours, at: "4️⃣", "'noon' is not a valid time for 'opens'; write \"HH:MM\" from 00:00 to 23:59"),
            marked.error(.badHours, at: "5️⃣", "'12:60' is not a valid time for 'closes'; write \"HH:MM\" from 00:00 to 24:00"),
        ])
    }

    @Test func slotsMustEndAfterTheyStart() throws {
        let marked = try MarkedGuide(guide(hours: """
                  schedule:
                    - {days: [fri], opens: "22:00", closes: 1️⃣"02:00"}
                    - {days: [sat], opens: "09:00", closes: 2️⃣"09:00"}
                  time-zone: Asia/Shanghai
            """))
        #expect(marked.findings(by: rule) == [
            marked.error(.badHours, at: "1️⃣", "closes at 02:00, before it opens at 22:00; split a time past midnight into two, until 24:00 and from 00:00 the next day"),
            marked.error(.badHours, at: "2️⃣", "closes at 09:00, the same time it opens"),
        ])
    }

    @Test func daysAndOverlaps() throws {
        let marked = try MarkedGuide(guide(hours: """
                  schedule:
                    - 4️⃣{days: [mon, tue, wed], opens: "09:00", closes: "18:00"}
                    - 1️⃣{days: [], opens: "09:00", closes: "18:00"}
                    - {days: [sat, 2️⃣sat], opens: "10:00", closes: "16:00"}
                    - 3️⃣{days: [tue, wed, sun], opens: "12:00", closes: "20:00"}
                    - {days: [mon], opens: "18:00", closes: "22:00"}
                  time-zone: Asia/Shanghai
            """))
        let diagnostics = marked.diagnostics(of: rule)
        #expect(diagnostics.map(Finding.init) == [
            marked.error(.badHours, at: "1️⃣", "an opening time needs at least one day in 'days'"),
            marked.error(.badHours, at: "2️⃣", "'sat' appears twice in 'days'"),
            marked.error(.badHours, at: "3️⃣", "opening time 12:00–20:00 overlaps 09:00–18:00 on tue and wed"),
        ])
        #expect(diagnostics.last?.noteLines == ["\(marked["4️⃣"]): the earlier opening time"])
    }

    @Test func weeklyScheduleNeedsSlotsAndATimeZone() throws {
        let marked = try MarkedGuide(guide(hours: """
                  1️⃣schedule: []
            """))
        #expect(marked.findings(by: rule) == [
            marked.error(.badHours, at: "1️⃣", "hours of channel 'agent' have a weekly schedule but no 'time-zone'; add one like 'Asia/Shanghai'"),
            marked.error(.badHours, at: "1️⃣", "the weekly schedule of channel 'agent' lists no opening times; write 'schedule: unknown' if the sources do not say"),
        ])
    }

    @Test func timeZonesMustBeIANANames() throws {
        for (zone, message) in [
            ("CST", "'CST' is not an IANA time zone name; write one like 'Asia/Shanghai'"),
            ("\"+08:00\"", "'+08:00' is not an IANA time zone name; write one like 'Asia/Shanghai'"),
            ("Asia/Shangai", "'Asia/Shangai' is not an IANA time zone name; did you mean 'Asia/Shanghai'?"),
        ] {
            let marked = try MarkedGuide(guide(hours: """
                      schedule:
                        - {days: [mon], opens: "09:00", closes: "18:00"}
                      time-zone: 1️⃣\(zone)
                """))
            #expect(marked.findings(by: rule) == [marked.error(.badHours, at: "1️⃣", message)])
        }
    }

    @Test func wellFormedHoursPass() throws {
        let marked = try MarkedGuide(guide(hours: """
                  schedule:
                    - {days: [mon, tue, wed, thu, fri], opens: "09:00", closes: "12:00"}
                    - {days: [mon, tue, wed, thu, fri], opens: "12:00", closes: "24:00"}
                    - {days: [sat, sun], opens: "00:00", closes: "23:59"}
                  time-zone: UTC
            """))
        #expect(marked.findings(by: rule) == [])
        let words = try MarkedGuide(guide(hours: "      unknown"))
        #expect(words.findings(by: rule) == [])
    }
}
