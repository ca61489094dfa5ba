import PathguideCore
import Testing

@Suite struct WeekSpanTests {
    let week = WeekSpan.minutesInWeek

    @Test func joinedMergesOverlapsTouchesAndTheWeeksEnd() {
        #expect(WeekSpan.joined([WeekSpan(start: 600, length: 60), WeekSpan(start: 540, length: 60), WeekSpan(start: 630, length: 100)])
            == [WeekSpan(start: 540, length: 190)])
        #expect(WeekSpan.joined([WeekSpan(start: week - 60, length: 60), WeekSpan(start: 0, length: 30)]) == [WeekSpan(start: week - 60, length: 90)])
        #expect(WeekSpan.joined([WeekSpan(start: week - 60, length: 120)]) == [WeekSpan(start: week - 60, length: 120)])
        #expect(WeekSpan.joined((0..<7).map { WeekSpan(start: $0 * 1440, length: 1440) }) == [.wholeWeek])
        #expect(WeekSpan.joined([]) == [])
    }

    @Test func complementIsTheRestOfTheWeek() {
        #expect(WeekSpan.complement(of: []) == [.wholeWeek])
        #expect(WeekSpan.complement(of: [.wholeWeek]) == [])
        // Open Monday 09:00–18:00 only: closed from Monday 18:00 round to Monday 09:00.
        #expect(WeekSpan.complement(of: [WeekSpan(start: 540, length: 540)]) == [WeekSpan(start: 1080, length: week - 540)])
    }

    @Test func overlapNeedsAMinuteInBoth() {
        let morning = WeekSpan(start: 540, length: 180)
        #expect(WeekSpan.overlap([morning], [WeekSpan(start: 719, length: 10)]))
        #expect(!WeekSpan.overlap([morning], [WeekSpan(start: 720, length: 10)]))
        #expect(WeekSpan.overlap([WeekSpan(start: week - 10, length: 20)], [WeekSpan(start: 5, length: 1)]))
    }
}
