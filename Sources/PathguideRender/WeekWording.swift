import Foundation
import PathguideCore

/// Days and stretches of the week in the reader's language: "Monday to Wednesday and Friday",
/// "Saturday and Sunday, all day; Every day, 22:00–09:00", "Friday 18:00 to Monday 09:00".
///
/// Stretches that are whole days are listed as days; stretches shorter than a day are grouped
/// by their times, so seven evenings read as one phrase; anything longer names its two ends.
public struct WeekWording: Sendable {
    let phrases: Phrasebook

    init(phrases: Phrasebook) {
        self.phrases = phrases
    }

    /// The wording for a locale with a phrasebook (`GuideRenderer.supportedLocales`).
    public init?(locale: String) {
        guard let phrases = Phrasebook.forLocale(locale) else { return nil }
        self.phrases = phrases
    }

    /// Days in week order, with runs of three or more as ranges.
    public func days(_ days: [Weekday]) -> String {
        let week = Weekday.allCases
        let present = week.map { days.contains($0) }
        if present.allSatisfy({ $0 }) { return phrases.everyDay }
        var parts: [String] = []
        var i = 0
        while i < week.count {
            guard present[i] else { i += 1; continue }
            var end = i
            while end + 1 < week.count, present[end + 1] { end += 1 }
            if end - i >= 2 {
                parts.append(phrases.dayRange(phrases.weekday(week[i]), phrases.weekday(week[end])))
            } else {
                parts += week[i...end].map(phrases.weekday)
            }
            i = end + 1
        }
        return phrases.dayList(parts)
    }

    /// Stretches of the week (as `WeekSpan.joined` gives them) in one phrase, in week order of
    /// where each group first starts.
    public func spans(_ spans: [WeekSpan]) -> String {
        if spans == [WeekSpan.wholeWeek] { return phrases.allWeek }
        enum Shape: Equatable {
            case wholeDays
            case times(opens: Int, closes: Int)
            case long(WeekSpan)
        }
        var groups: [(shape: Shape, days: [Weekday])] = []
        for span in spans.sorted() {
            let day = span.start / 1440
            let shape: Shape
            var covered = [Weekday.allCases[day]]
            if span.start % 1440 == 0, span.length % 1440 == 0 {
                shape = .wholeDays
                covered = (0..<span.length / 1440).map { Weekday.allCases[(day + $0) % 7] }
            } else if span.length < 1440 {
                shape = .times(opens: span.start % 1440, closes: span.end % 1440)
            } else {
                shape = .long(span)
            }
            if case .long = shape {
                groups.append((shape, covered))
            } else if let i = groups.firstIndex(where: { $0.shape == shape }) {
                groups[i].days += covered
            } else {
                groups.append((shape, covered))
            }
        }
        return groups.map { group in
            switch group.shape {
            case .wholeDays:
                return phrases.allDay(days(group.days))
            case let .times(opens, closes):
                return phrases.slot(days(group.days), Self.clock(opens), Self.clock(closes == 0 ? 1440 : closes))
            case let .long(span):
                let end = span.end % WeekSpan.minutesInWeek
                return phrases.across(phrases.weekday(Weekday.allCases[span.start / 1440]), Self.clock(span.start % 1440),
                                      phrases.weekday(Weekday.allCases[end / 1440]), Self.clock(end % 1440))
            }
        }.joined(separator: phrases.slotSeparator)
    }

    /// When open stretches start, grouped by time: "Monday to Friday at 09:00 and Saturday at 10:00".
    public func openings(_ spans: [WeekSpan]) -> String {
        var groups: [(minute: Int, days: [Weekday])] = []
        for span in spans.sorted() {
            let day = Weekday.allCases[span.start / 1440], minute = span.start % 1440
            if let i = groups.firstIndex(where: { $0.minute == minute }) {
                groups[i].days.append(day)
            } else {
                groups.append((minute, [day]))
            }
        }
        return phrases.list(groups.map { phrases.dayAt(days($0.days), Self.clock($0.minute)) }, .and)
    }

    /// A wall-clock moment with its day and zone: "Monday 2026-12-14 09:00 (Asia/Shanghai)".
    public func moment(_ clock: WallClock) -> String {
        phrases.moment(phrases.weekday(clock.weekday), clock.date.description, Self.clock(clock.minutes), Self.name(of: clock.timeZone))
    }

    /// A zone's IANA name; a fixed offset as `UTC+08:00`. Foundation names UTC and fixed
    /// offsets after GMT ("GMT", "GMT+0800"), which a reader would take for London.
    public static func name(of zone: TimeZone) -> String {
        guard zone.identifier.hasPrefix("GMT") else { return zone.identifier }
        let seconds = zone.secondsFromGMT()
        guard seconds != 0 else { return "UTC" }
        let minutes = abs(seconds) / 60
        return "UTC" + (seconds < 0 ? "-" : "+") + clock(minutes).replacingOccurrences(of: "24:00", with: "00:00")
    }

    /// `HH:MM` for minutes since midnight; 1440 is `24:00`.
    public static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + String(hours) + ":" + (rest < 10 ? "0" : "") + String(rest)
    }
}
