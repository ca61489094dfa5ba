import Foundation

/// A stretch of a week on the wall clock of some time zone: from `start` minutes after Monday
/// 00:00, for `length` minutes. A stretch may run past Sunday midnight into Monday, so a
/// gap from Friday 18:00 to Monday 09:00 is one stretch.
///
///     Mon 00:00                                   Sun 24:00 = Mon 00:00
///     |----------|=====start…end=====|------------|
///       0                                         10_080
public struct WeekSpan: Hashable, Sendable, Comparable {
    public static let minutesInWeek = 7 * 24 * 60
    public static let wholeWeek = WeekSpan(start: 0, length: minutesInWeek)

    public var start: Int
    public var length: Int

    public init(start: Int, length: Int) {
        self.start = start
        self.length = length
    }

    /// Where it ends, counted from the same Monday: may be past `minutesInWeek`.
    public var end: Int { start + length }

    public func contains(_ minute: Int) -> Bool {
        let offset = (minute - start + Self.minutesInWeek) % Self.minutesInWeek
        return length >= Self.minutesInWeek || offset < length
    }

    public static func < (a: WeekSpan, b: WeekSpan) -> Bool {
        (a.start, a.length) < (b.start, b.length)
    }

    /// The same stretch `minutes` later (earlier when negative), kept within the week.
    public func shifted(by minutes: Int) -> WeekSpan {
        WeekSpan(start: ((start + minutes) % Self.minutesInWeek + Self.minutesInWeek) % Self.minutesInWeek, length: length)
    }

    /// `spans` sorted, with stretches that overlap or touch made one, including across Sunday
    /// midnight. Seven days of 00:00–24:00 become `wholeWeek`.
    public static func joined(_ spans: [WeekSpan]) -> [WeekSpan] {
        stretches(where: minutes(in: spans))
    }

    /// The rest of the week outside `spans`, as joined stretches.
    public static func complement(of spans: [WeekSpan]) -> [WeekSpan] {
        stretches(where: minutes(in: spans).map { !$0 })
    }

    /// Whether some minute is in both `a` and `b`.
    public static func overlap(_ a: [WeekSpan], _ b: [WeekSpan]) -> Bool {
        zip(minutes(in: a), minutes(in: b)).contains { $0 && $1 }
    }

    /// For each minute of the week, whether one of `spans` holds it.
    private static func minutes(in spans: [WeekSpan]) -> [Bool] {
        var flags = Array(repeating: false, count: minutesInWeek)
        for span in spans {
            for minute in span.start..<span.start + min(span.length, minutesInWeek) {
                flags[minute % minutesInWeek] = true
            }
        }
        return flags
    }

    /// The maximal runs of `true`, a run over the end of the week joined to one at its start.
    private static func stretches(where flags: [Bool]) -> [WeekSpan] {
        guard flags.contains(true) else { return [] }
        guard flags.contains(false) else { return [wholeWeek] }
        // Start counting just after a closed minute, so no run is cut in two by the week's end.
        let origin = flags.firstIndex(of: false)! + 1
        var spans: [WeekSpan] = []
        var runStart: Int?
        for step in 0...minutesInWeek {
            let minute = (origin + step) % minutesInWeek
            let on = step < minutesInWeek && flags[minute]
            if on, runStart == nil { runStart = origin + step }
            if !on, let first = runStart {
                spans.append(WeekSpan(start: first % minutesInWeek, length: origin + step - first))
                runStart = nil
            }
        }
        return spans.sorted()
    }

    /// Minutes since Monday 00:00 on the wall clock of `zone` at `instant`.
    public static func minuteOfWeek(_ instant: Date, in zone: TimeZone) -> Int {
        let clock = WallClock(instant, in: zone)
        return clock.weekday.index * 1440 + clock.minutes
    }
}
