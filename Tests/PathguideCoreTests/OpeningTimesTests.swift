import Foundation
import PathguideCore
import PathguideDiagnostics
import Testing

/// Fixed instants, written with their offsets. 2026-12-07 is a Monday.
func instant(_ text: String) throws -> Date {
    try #require(ISO8601DateFormatter().date(from: text), "not an ISO 8601 instant: \(text)")
}

func hours(_ zone: String?, _ slots: [([Weekday], String, String)]) -> Hours {
    let here = SourceLocation(file: "g.yaml", line: 1, column: 1)
    return Hours(schedule: .weekly(slots.map { days, opens, closes in
        HoursSlot(days: days.map { Located($0, at: here) }, opens: Located(opens, at: here), closes: Located(closes, at: here), location: here)
    }), timeZone: zone.map { Located($0, at: here) }, location: here)
}

@Suite struct OpeningTimesTests {
    let weekdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri]

    @Test func opensOnItsOpeningMinuteAndClosesOnItsClosingMinute() throws {
        let times = try #require(OpeningTimes(hours("Asia/Shanghai", [(weekdays, "09:00", "18:00")])))
        #expect(times.isOpen(at: try instant("2026-12-07T08:59:00+08:00")) == false)
        #expect(times.isOpen(at: try instant("2026-12-07T09:00:00+08:00")) == true)
        #expect(times.isOpen(at: try instant("2026-12-07T17:59:00+08:00")) == true)
        #expect(times.isOpen(at: try instant("2026-12-07T18:00:00+08:00")) == false)
        #expect(times.isOpen(at: try instant("2026-12-12T10:00:00+08:00")) == false) // Saturday
    }

    @Test func readsTheInstantInTheGuidesZoneNotTheReaders() throws {
        let times = try #require(OpeningTimes(hours("Asia/Shanghai", [(weekdays, "09:00", "18:00")])))
        // Sunday 20:00 in New York is Monday 09:00 in Shanghai.
        #expect(times.isOpen(at: try instant("2026-12-06T20:00:00-05:00")) == true)
        #expect(times.isOpen(at: try instant("2026-12-07T00:59:00Z")) == false)
        #expect(times.isOpen(at: try instant("2026-12-07T01:00:00Z")) == true)
    }

    @Test func nextOpeningIsStrictlyAfter() throws {
        let times = try #require(OpeningTimes(hours("Asia/Shanghai", [(weekdays, "09:00", "18:00")])))
        #expect(times.nextOpening(after: try instant("2026-12-07T08:59:00+08:00")) == (try instant("2026-12-07T09:00:00+08:00")))
        #expect(times.nextOpening(after: try instant("2026-12-07T09:00:00+08:00")) == (try instant("2026-12-08T09:00:00+08:00")))
        #expect(times.nextOpening(after: try instant("2026-12-11T18:00:00+08:00")) == (try instant("2026-12-14T09:00:00+08:00")))
    }

    @Test func twoSlotsAcrossMidnightAreOneStretch() throws {
        let times = try #require(OpeningTimes(hours("UTC", [([.fri], "22:00", "24:00"), ([.sat], "00:00", "02:00")])))
        #expect(times.known == .weekly([WeekSpan(start: 4 * 1440 + 22 * 60, length: 240)], timeZone: TimeZone(identifier: "UTC")!))
        #expect(times.isOpen(at: try instant("2026-12-11T23:59:00Z")) == true)
        #expect(times.isOpen(at: try instant("2026-12-12T00:00:00Z")) == true)
        #expect(times.isOpen(at: try instant("2026-12-12T01:59:00Z")) == true)
        #expect(times.isOpen(at: try instant("2026-12-12T02:00:00Z")) == false)
        // Open since Friday: the next opening is the next Friday, not Saturday 00:00.
        #expect(times.nextOpening(after: try instant("2026-12-12T00:30:00Z")) == (try instant("2026-12-18T22:00:00Z")))
    }

    @Test func sundayToMondayJoinsOverTheWeeksEnd() throws {
        let times = try #require(OpeningTimes(hours("UTC", [([.sun], "20:00", "24:00"), ([.mon], "00:00", "06:00")])))
        #expect(times.known == .weekly([WeekSpan(start: 6 * 1440 + 20 * 60, length: 600)], timeZone: TimeZone(identifier: "UTC")!))
        #expect(times.isOpen(at: try instant("2026-12-07T05:59:00Z")) == true)
        #expect(times.nextOpening(after: try instant("2026-12-07T03:00:00Z")) == (try instant("2026-12-13T20:00:00Z")))
    }

    @Test func daylightSavingMovesTheInstantsNotTheWrittenTimes() throws {
        let times = try #require(OpeningTimes(hours("America/New_York", [(weekdays, "09:00", "17:00")])))
        // Friday 6 March 2026 is still EST (UTC-5); Monday 9 March is EDT (UTC-4).
        #expect(times.isOpen(at: try instant("2026-03-06T14:00:00Z")) == true)
        #expect(times.isOpen(at: try instant("2026-03-06T13:59:00Z")) == false)
        #expect(times.nextOpening(after: try instant("2026-03-06T22:00:00Z")) == (try instant("2026-03-09T13:00:00Z")))
        #expect(times.isOpen(at: try instant("2026-03-09T12:59:00Z")) == false)
        #expect(times.isOpen(at: try instant("2026-03-09T13:00:00Z")) == true)
    }

    @Test func anOpeningTimeThatDaylightSavingSkipsOpensAtTheFirstMinuteThatExists() throws {
        // 8 March 2026, New York: 02:00 EST becomes 03:00 EDT (07:00 UTC).
        let times = try #require(OpeningTimes(hours("America/New_York", [([.sun], "02:30", "04:00")])))
        #expect(times.nextOpening(after: try instant("2026-03-08T06:00:00Z")) == (try instant("2026-03-08T07:00:00Z")))
        #expect(times.isOpen(at: try instant("2026-03-08T07:00:00Z")) == true)
        #expect(times.isOpen(at: try instant("2026-03-08T08:00:00Z")) == false)
    }

    @Test func anHourThatDaylightSavingRepeatsIsOpenBothTimes() throws {
        // 1 November 2026, New York: 01:00–02:00 happens in EDT (05:00 UTC) and again in EST (06:00 UTC).
        let times = try #require(OpeningTimes(hours("America/New_York", [([.sun], "01:00", "02:00")])))
        #expect(times.nextOpening(after: try instant("2026-10-31T12:00:00Z")) == (try instant("2026-11-01T05:00:00Z")))
        #expect(times.isOpen(at: try instant("2026-11-01T05:30:00Z")) == true)
        #expect(times.isOpen(at: try instant("2026-11-01T06:30:00Z")) == true)
        #expect(times.isOpen(at: try instant("2026-11-01T07:00:00Z")) == false)
    }

    @Test func unknownOrUnusableHoursAreNotOpeningTimes() {
        let here = SourceLocation(file: "g.yaml", line: 1, column: 1)
        #expect(OpeningTimes(nil) == nil)
        #expect(OpeningTimes(Hours(schedule: .unknown, location: here)) == nil)
        #expect(OpeningTimes(hours("CST", [(weekdays, "09:00", "18:00")])) == nil)
        #expect(OpeningTimes(hours(nil, [(weekdays, "09:00", "18:00")])) == nil)
        #expect(OpeningTimes(hours("UTC", [(weekdays, "18:00", "09:00")])) == nil)
        #expect(OpeningTimes(hours("UTC", [(weekdays, "9:00", "18:00")])) == nil)
    }

    @Test func alwaysOpenNeverOpensAgain() throws {
        let here = SourceLocation(file: "g.yaml", line: 1, column: 1)
        let always = try #require(OpeningTimes(Hours(schedule: .always, location: here)))
        #expect(always.isOpen(at: try instant("2026-12-12T03:00:00Z")) == true)
        #expect(always.nextOpening(after: try instant("2026-12-12T03:00:00Z")) == nil)
        let everyMinute = try #require(OpeningTimes(hours("Asia/Shanghai", [(Weekday.allCases, "00:00", "24:00")])))
        #expect(everyMinute.known == .always)
    }
}
