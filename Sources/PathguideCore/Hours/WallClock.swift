import Foundation

/// An instant as a wall clock in some time zone shows it: the day of the week, the date and the
/// minute, for telling a reader "Monday 2026-12-14 09:00 (Asia/Shanghai)".
public struct WallClock: Sendable, Equatable {
    public var weekday: Weekday
    public var date: LocalDate
    /// Minutes since midnight.
    public var minutes: Int
    public var timeZone: TimeZone

    public init(_ instant: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: instant)
        weekday = Weekday.allCases[((parts.weekday ?? 2) + 5) % 7]
        date = LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        minutes = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        timeZone = zone
    }
}
