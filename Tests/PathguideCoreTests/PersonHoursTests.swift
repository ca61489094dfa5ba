import Foundation
import PathguideCore
import PathguideLoader
import Testing

/// A guide whose channels are given as YAML lines after `channels:`.
func guide(channels: String) throws -> Guide {
    let yaml = """
        format: 1
        languages: [en]
        platform: {id: shop, name: {en: Shop}, ui-languages: [en], verified: {date: "2026-11-20"}}
        sources: []
        surfaces:
          - {id: app, kind: mobile-app, name: {en: App}, start: home}
        screens:
          - id: home
            name: {en: Home}
            actions: []
        channels:

        """ + channels
    let loaded = GuideLoader().load(text: yaml, file: "g.yaml")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    return try #require(loaded.guide)
}

@Suite struct PersonHoursTests {
    let reference = Date(timeIntervalSince1970: 1_796_558_400) // 2026-12-06T12:00:00Z

    @Test func gapsAreTheWeekOutsideEveryChannelWithPeople() throws {
        let guide = try guide(channels: """
              - id: bot
                kind: smart-assistant
                name: {en: Bot}
                operated-by: platform
                hours: always
              - id: day
                kind: human-agent
                name: {en: Day}
                operated-by: platform
                hours:
                  schedule:
                    - {days: [mon, tue, wed, thu, fri], opens: "09:00", closes: "18:00"}
                  time-zone: Asia/Shanghai
              - id: evening
                kind: hotline
                name: {en: Evening}
                operated-by: platform
                hours:
                  schedule:
                    - {days: [mon, tue, wed, thu, fri], opens: "17:00", closes: "22:00"}
                  time-zone: Asia/Shanghai
              - id: mail
                kind: email
                name: {en: Mail}
                operated-by: platform
                hours: unknown
              - id: form
                kind: web-form
                name: {en: Form}
                operated-by: platform

            """)
        let person = PersonHours(guide: guide, reference: reference)
        #expect(person.known == [1, 2])
        #expect(person.unknown == [3, 4])
        #expect(person.timeZone?.identifier == "Asia/Shanghai")
        // Monday to Thursday 22:00–09:00, and Friday 22:00 to Monday 09:00 (over the week's end).
        #expect(person.gaps == [0, 1, 2, 3].map { WeekSpan(start: $0 * 1440 + 22 * 60, length: 11 * 60) }
            + [WeekSpan(start: 4 * 1440 + 22 * 60, length: 2 * 1440 + 11 * 60)])
    }

    @Test func aChannelInAnotherZoneIsReadOnTheFirstZonesClock() throws {
        let guide = try guide(channels: """
              - id: china
                kind: human-agent
                name: {en: China}
                operated-by: platform
                hours:
                  schedule:
                    - {days: [mon, tue, wed, thu, fri, sat, sun], opens: "08:00", closes: "20:00"}
                  time-zone: Asia/Shanghai
              - id: london
                kind: hotline
                name: {en: London}
                operated-by: platform
                hours:
                  schedule:
                    - {days: [mon, tue, wed, thu, fri, sat, sun], opens: "12:00", closes: "18:00"}
                  time-zone: Europe/London

            """)
        // In December London is UTC+0, eight hours behind: its 12:00–18:00 is 20:00–02:00 in Shanghai.
        let person = PersonHours(guide: guide, reference: reference)
        #expect(person.gaps == (0..<7).map { WeekSpan(start: $0 * 1440 + 2 * 60, length: 6 * 60) })
    }

    @Test func alwaysOpenLeavesNoGap() throws {
        let guide = try guide(channels: """
              - id: line
                kind: hotline
                name: {en: Line}
                operated-by: platform
                hours: always

            """)
        let person = PersonHours(guide: guide, reference: reference)
        #expect(person.known == [0])
        #expect(person.gaps.isEmpty)
        #expect(person.timeZone == nil)
    }

    @Test func noKnownHoursIsNotAGapOfAWholeWeek() throws {
        let guide = try guide(channels: """
              - id: line
                kind: hotline
                name: {en: Line}
                operated-by: platform
                hours: unknown

            """)
        let person = PersonHours(guide: guide, reference: reference)
        #expect(person.known.isEmpty)
        #expect(person.unknown == [0])
        #expect(person.gaps.isEmpty)
    }
}
