import Foundation

/// A channel's hours as something to ask about instants: is it open at 14:05 UTC, when does it
/// next open. Built from the written `Hours`; unknown hours give no `OpeningTimes` at all, so
/// nothing is ever assumed open or closed that the guide does not say.
///
/// A weekly schedule is read in its own time zone through Foundation's calendar, so daylight
/// saving time moves the instants and never the written times: a line open 09:00–18:00 in
/// `Europe/Berlin` opens at 08:00 UTC in winter and 07:00 UTC in summer.
///
/// The format has no slot across midnight (the hours rule asks for `22:00`–`24:00` on one day and
/// `00:00`–`02:00` on the next); such a pair is joined here into one stretch, so the line counts
/// as open all through midnight and does not "open" again at 00:00.
public struct OpeningTimes: Sendable {
    public enum Known: Sendable, Equatable {
        case always
        /// Stretches of the week in `timeZone`, sorted, joined where they touch.
        case weekly([WeekSpan], timeZone: TimeZone)
    }

    public let known: Known

    /// The usable hours, or nil when the guide does not say or says nothing the hours rule
    /// accepts (no valid slot, or no IANA time zone). Slots the rule rejects are left out.
    public init?(_ hours: Hours?) {
        guard let hours else { return nil }
        switch hours.schedule {
        case .unknown:
            return nil
        case .always:
            known = .always
        case .weekly(let slots):
            guard let zone = hours.timeZone.flatMap({ Hours.ianaTimeZone($0.value) }) else { return nil }
            let spans = WeekSpan.joined(slots.flatMap(\.weekSpans))
            guard !spans.isEmpty else { return nil }
            known = spans == [WeekSpan.wholeWeek] ? .always : .weekly(spans, timeZone: zone)
        }
    }

    public init(_ known: Known) {
        self.known = known
    }

    /// The open stretches on the wall clock of `zone`: a schedule in another zone is moved by the
    /// difference of the two zones' offsets from UTC at `reference` (daylight saving rules differ).
    public func spans(on zone: TimeZone, around reference: Date) -> [WeekSpan] {
        switch known {
        case .always:
            return [.wholeWeek]
        case let .weekly(spans, own):
            let shift = (zone.secondsFromGMT(for: reference) - own.secondsFromGMT(for: reference)) / 60
            return shift == 0 ? spans : WeekSpan.joined(spans.map { $0.shifted(by: shift) })
        }
    }

    /// Whether the channel is open at `instant`: its opening minute is open, its closing minute is not.
    public func isOpen(at instant: Date) -> Bool {
        switch known {
        case .always:
            return true
        case let .weekly(spans, zone):
            let minute = WeekSpan.minuteOfWeek(instant, in: zone)
            return spans.contains { $0.contains(minute) }
        }
    }

    /// The first instant after `instant` (strictly) at which the channel opens, or nil when it
    /// never closes. A time that daylight saving skips opens at the first minute that exists.
    public func nextOpening(after instant: Date) -> Date? {
        guard case let .weekly(spans, zone) = known else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return spans.compactMap { span in
            let start = span.start
            let match = DateComponents(hour: start / 60 % 24, minute: start % 60, second: 0, weekday: Weekday.allCases[start / 1440].calendarWeekday)
            return calendar.nextDate(after: instant, matching: match, matchingPolicy: .nextTime, direction: .forward)
        }.min()
    }
}

extension Hours {
    /// The zone an IANA region/city name (or `UTC`) names. Foundation also accepts abbreviations
    /// ("CST" is China, Cuba or the US depending on who reads it), so they are refused first.
    public static func ianaTimeZone(_ name: String) -> TimeZone? {
        guard name == "UTC" || name.contains("/") else { return nil }
        return TimeZone(identifier: name)
    }
}

extension HoursSlot {
    /// Minutes since midnight for `HH:MM`; `24:00` only as a closing time (`endOfDay`).
    public static func minutes(_ text: String, endOfDay: Bool) -> Int? {
        // Five ASCII characters; any other text, whatever its length in bytes, is not a time.
        let utf8 = text.utf8
        guard utf8.count == 5 else { return nil }
        var bytes = utf8.makeIterator()
        func digit() -> Int? {
            guard let byte = bytes.next(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            return Int(byte) - 48
        }
        guard let h1 = digit(), let h2 = digit(), bytes.next() == UInt8(ascii: ":"), let m1 = digit(), let m2 = digit() else { return nil }
        let hour = h1 * 10 + h2
        let minute = m1 * 10 + m2
        if hour == 24, minute == 0, endOfDay { return 24 * 60 }
        guard hour < 24, minute < 60 else { return nil }
        return hour * 60 + minute
    }

    /// The slot's stretches of the week, one per day; none when its times are not valid or it
    /// closes before it opens (which the hours rule reports).
    var weekSpans: [WeekSpan] {
        guard let opens = Self.minutes(opens.value, endOfDay: false),
              let closes = Self.minutes(closes.value, endOfDay: true), opens < closes else { return [] }
        return days.map { WeekSpan(start: $0.value.index * 1440 + opens, length: closes - opens) }
    }
}

extension Weekday {
    /// Monday 0 … Sunday 6.
    public var index: Int { Weekday.allCases.firstIndex(of: self)! }

    /// Foundation's numbering: Sunday 1 … Saturday 7.
    var calendarWeekday: Int { (index + 1) % 7 + 1 }
}
