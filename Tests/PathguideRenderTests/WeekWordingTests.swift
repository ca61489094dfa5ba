import Foundation
import PathguideCore
import PathguideRender
import Testing

/// Stretches of the week in words, in both languages.
@Suite struct WeekWordingTests {
    let english = WeekWording(locale: "en")!
    let chinese = WeekWording(locale: "zh")!

    func days(_ first: Int, count: Int) -> WeekSpan {
        WeekSpan(start: first * 1440, length: count * 1440)
    }

    @Test func wholeDays() {
        #expect(english.spans([days(5, count: 2)]) == "Saturday and Sunday, all day")
        #expect(chinese.spans([days(5, count: 2)]) == "周六、周日全天")
        #expect(english.spans([days(0, count: 1), days(2, count: 3)]) == "Monday and Wednesday to Friday, all day")
    }

    @Test func everyNightAcrossMidnight() {
        let nights = (0..<7).map { WeekSpan(start: $0 * 1440 + 22 * 60, length: 11 * 60) }
        #expect(english.spans(WeekSpan.joined(nights)) == "Every day, 22:00–09:00")
        #expect(chinese.spans(WeekSpan.joined(nights)) == "每天 22:00–09:00")
    }

    @Test func aLongStretchNamesBothEnds() {
        let weekend = WeekSpan(start: 4 * 1440 + 18 * 60, length: 2 * 1440 + 15 * 60)
        #expect(english.spans([weekend]) == "Friday 18:00 to Monday 09:00")
        #expect(chinese.spans([weekend]) == "周五 18:00 至周一 09:00")
        #expect(english.spans([.wholeWeek]) == "All week, around the clock")
    }

    @Test func anEveningEndingAtMidnightEndsAt2400() {
        #expect(english.spans([WeekSpan(start: 4 * 1440 + 18 * 60, length: 6 * 60)]) == "Friday, 18:00–24:00")
    }

    @Test func openingsGroupDaysByTime() {
        let open = [0, 1, 2, 3, 4].map { WeekSpan(start: $0 * 1440 + 9 * 60, length: 9 * 60) } + [WeekSpan(start: 5 * 1440 + 10 * 60, length: 60)]
        #expect(english.openings(open) == "Monday to Friday at 09:00 and Saturday at 10:00")
        #expect(chinese.openings(open) == "周一至周五 09:00 和周六 10:00")
    }

    @Test func fixedOffsetsAreNamedFromUTC() {
        #expect(WeekWording.name(of: TimeZone(secondsFromGMT: 8 * 3600)!) == "UTC+08:00")
        #expect(WeekWording.name(of: TimeZone(secondsFromGMT: -(5 * 3600 + 30 * 60))!) == "UTC-05:30")
        #expect(WeekWording.name(of: TimeZone(secondsFromGMT: 0)!) == "UTC")
        #expect(WeekWording.name(of: TimeZone(identifier: "Europe/Berlin")!) == "Europe/Berlin")
    }
}
