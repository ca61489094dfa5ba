import Foundation

/// When a guide's channels with people (`staffing.hasPeople`) are known to be open over a week:
/// the stretches when none of them is, and the channels whose hours the guide does not know.
///
/// The week is read on the wall clock of the first channel with people that has a weekly
/// schedule. A channel in another zone is moved by the difference between the two zones'
/// offsets from UTC at `reference`, so the answer for zones with different daylight saving
/// rules holds for the week around that instant.
public struct PersonHours: Sendable {
    /// Indices of channels with people whose hours are known (always, or a usable weekly schedule).
    public let known: [Int]
    /// Indices of channels with people whose hours are unknown or not usable.
    public let unknown: [Int]
    /// The stretches of the week when no channel with people is known to be open, in `timeZone`.
    /// Empty when some channel is always open, or when no hours are known at all (see `known`).
    public let gaps: [WeekSpan]
    /// The zone `gaps` is read in; nil when no channel with people has a weekly schedule.
    public let timeZone: TimeZone?

    public init(guide: Guide, reference: Date) {
        var known: [Int] = [], unknown: [Int] = []
        var times: [OpeningTimes] = []
        for c in guide.channels.indices where guide.channels[c].staffing.hasPeople {
            if let opening = OpeningTimes(guide.channels[c].hours) {
                known.append(c)
                times.append(opening)
            } else {
                unknown.append(c)
            }
        }
        self.known = known
        self.unknown = unknown
        // The first weekly schedule's zone, else any: an always-open channel has none.
        let zone: TimeZone? = times.lazy.compactMap { times -> TimeZone? in
            if case let .weekly(_, zone) = times.known { return zone }
            return nil
        }.first
        let covered = times.flatMap { $0.spans(on: zone ?? TimeZone(secondsFromGMT: 0)!, around: reference) }
        timeZone = zone
        gaps = known.isEmpty ? [] : WeekSpan.complement(of: covered)
    }
}
