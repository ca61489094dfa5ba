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
        wrapped(linear(spans))
    }

    /// The rest of the week outside `spans`, as joined stretches.
    public static func complement(of spans: [WeekSpan]) -> [WeekSpan] {
        var gaps: [Range<Int>] = []
        var at = 0
        for range in linear(spans) {
            if range.lowerBound > at { gaps.append(at..<range.lowerBound) }
            at = range.upperBound
        }
        if at < minutesInWeek { gaps.append(at..<minutesInWeek) }
        return wrapped(gaps)
    }

    /// Whether some minute is in both `a` and `b`.
    public static func overlap(_ a: [WeekSpan], _ b: [WeekSpan]) -> Bool {
        let other = linear(b)
        return linear(a).contains { range in other.contains { $0.overlaps(range) } }
    }

    /// The minutes of `spans` as sorted, disjoint, non-touching ranges within one week from
    /// Monday 00:00: a stretch over Sunday midnight is cut in two.
    private static func linear(_ spans: [WeekSpan]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        for span in spans where span.length > 0 {
            guard span.length < minutesInWeek else { return [0..<minutesInWeek] }
            let start = (span.start % minutesInWeek + minutesInWeek) % minutesInWeek
            let end = start + span.length
            if end <= minutesInWeek {
                pieces.append(start..<end)
            } else {
                pieces.append(start..<minutesInWeek)
                pieces.append(0..<end - minutesInWeek)
            }
        }
        pieces.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for piece in pieces {
            if let last = merged.last, piece.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, piece.upperBound)
            } else {
                merged.append(piece)
            }
        }
        return merged
    }

    /// Sorted ranges of one week as stretches, the last joined to the first when they meet at
    /// Sunday midnight.
    private static func wrapped(_ ranges: [Range<Int>]) -> [WeekSpan] {
        var spans = ranges.map { WeekSpan(start: $0.lowerBound, length: $0.count) }
        if spans.count == 1, spans[0] == wholeWeek { return spans }
        if spans.count >= 2, spans[0].start == 0, let last = spans.last, last.end == minutesInWeek {
            spans[spans.count - 1].length += spans[0].length
            spans.removeFirst()
        }
        return spans.sorted()
    }

    /// Minutes since Monday 00:00 on the wall clock of `zone` at `instant`.
    public static func minuteOfWeek(_ instant: Date, in zone: TimeZone) -> Int {
        let clock = WallClock(instant, in: zone)
        return clock.weekday.index * 1440 + clock.minutes
    }
}
