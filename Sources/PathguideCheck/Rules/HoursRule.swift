import Foundation
import PathguideCore
import PathguideDiagnostics

/// Opening hours must mean one thing: valid times, each slot ending after it starts, no day
/// listed twice or covered by two slots at once, and a real time zone. Renderers turn the
/// schedule into "open now" text and a schema.org `ContactPoint`; a sloppy schedule would
/// tell a reader a hotline is open when it is not.
public struct HoursRule: GuideRule {
    public static let description = RuleDescription(
        id: .badHours, defaultSeverity: .error, name: "Bad opening hours",
        summary: "A weekly schedule needs valid HH:MM times with each slot ending after it starts, days listed once, no overlapping slots, and an IANA time zone.")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let guide = input.guide
        // By index, reading only the hours: copying whole channels would cost more.
        return guide.channels.indices.flatMap { c -> [Diagnostic] in
            guard let hours = guide.channels[c].hours, case .weekly(let slots) = hours.schedule else { return [] }
            let id = guide.channels[c].id.value
            var diagnostics = timeZoneProblems(hours, owner: "hours of channel '\(id)'")
            if slots.isEmpty {
                diagnostics.append(diagnostic("the weekly schedule of channel '\(id)' lists no opening times; write 'schedule: unknown' if the sources do not say",
                                              at: hours.location))
            }
            var valid: [(slot: HoursSlot, opens: Int, closes: Int)] = []
            for slot in slots {
                let (problems, times) = check(slot)
                diagnostics += problems
                if let times {
                    diagnostics += overlaps(of: slot, times, with: valid)
                    valid.append((slot, times.opens, times.closes))
                }
            }
            return diagnostics
        }
    }

    private func timeZoneProblems(_ hours: Hours, owner: @autoclosure () -> String) -> [Diagnostic] {
        guard let zone = hours.timeZone else {
            return [diagnostic("\(owner()) have a weekly schedule but no 'time-zone'; add one like 'Asia/Shanghai'", at: hours.location)]
        }
        guard !Self.isIANAName(zone.value) else { return [] }
        let candidates = TimeZone.knownTimeZoneIdentifiers.filter(Self.isIANAName)
        let suggestion = Suggestion.phrase(for: zone.value, among: candidates)
        return [diagnostic("'\(Wording.excerpt(zone.value))' is not an IANA time zone name\(suggestion.isEmpty ? "; write one like 'Asia/Shanghai'" : suggestion)",
                           at: zone.location,
                           explanation: "Abbreviations such as CST and fixed offsets such as +08:00 are ambiguous or ignore daylight saving time; name the place, like Asia/Shanghai or America/New_York.")]
    }

    /// A region/city name the time zone database knows, or UTC (see `Hours.ianaTimeZone`).
    static func isIANAName(_ name: String) -> Bool {
        Hours.ianaTimeZone(name) != nil
    }

    /// Problems within one slot, and its times in minutes when they are usable for the overlap check.
    private func check(_ slot: HoursSlot) -> ([Diagnostic], (opens: Int, closes: Int)?) {
        var diagnostics: [Diagnostic] = []
        if slot.days.isEmpty {
            diagnostics.append(diagnostic("an opening time needs at least one day in 'days'", at: slot.location))
        }
        // A list, not a set: a week has seven days, and a `Set<Weekday>` costs the runtime a
        // search of every loaded conformance the first time one is made.
        var seen: [Weekday] = []
        for day in slot.days {
            if seen.contains(day.value) {
                diagnostics.append(diagnostic("'\(day.value.rawValue)' appears twice in 'days'", at: day.location))
            } else {
                seen.append(day.value)
            }
        }
        let opens = HoursSlot.minutes(slot.opens.value, endOfDay: false)
        let closes = HoursSlot.minutes(slot.closes.value, endOfDay: true)
        if opens == nil { diagnostics.append(invalidTime(slot.opens, key: "opens", latest: "23:59")) }
        if closes == nil { diagnostics.append(invalidTime(slot.closes, key: "closes", latest: "24:00")) }
        guard let opens, let closes else { return (diagnostics, nil) }
        if closes < opens {
            diagnostics.append(diagnostic("closes at \(slot.closes.value), before it opens at \(slot.opens.value); split a time past midnight into two, until 24:00 and from 00:00 the next day",
                                          at: slot.closes.location))
            return (diagnostics, nil)
        }
        if closes == opens {
            diagnostics.append(diagnostic("closes at \(slot.closes.value), the same time it opens", at: slot.closes.location))
            return (diagnostics, nil)
        }
        return (diagnostics, (opens, closes))
    }

    private func invalidTime(_ time: Located<String>, key: String, latest: String) -> Diagnostic {
        // "9:00" is the usual slip; show the padded form when that is all it takes.
        let padded = "0" + time.value
        let example = HoursSlot.minutes(padded, endOfDay: false) != nil ? ", like '\(padded)'" : ""
        return diagnostic("'\(Wording.excerpt(time.value))' is not a valid time for '\(key)'; write \"HH:MM\" from 00:00 to \(latest)\(example)",
                          at: time.location)
    }

    /// Each earlier slot this one shares time with on some day, reported at this (the later) slot.
    private func overlaps(of slot: HoursSlot, _ times: (opens: Int, closes: Int), with earlier: [(slot: HoursSlot, opens: Int, closes: Int)]) -> [Diagnostic] {
        earlier.compactMap { other in
            guard times.opens < other.closes, other.opens < times.closes else { return nil }
            let otherDays = other.slot.days.map(\.value)
            var shared: [String] = []
            for day in slot.days where otherDays.contains(day.value) && !shared.contains(day.value.rawValue) {
                shared.append(day.value.rawValue)
            }
            guard !shared.isEmpty else { return nil }
            return diagnostic("opening time \(slot.opens.value)–\(slot.closes.value) overlaps \(other.slot.opens.value)–\(other.slot.closes.value) on \(Wording.list(shared))",
                              at: slot.location,
                              notes: [Diagnostic.Note(location: other.slot.location, message: "the earlier opening time")])
        }
    }
}
