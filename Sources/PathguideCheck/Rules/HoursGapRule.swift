import Foundation
import PathguideCore
import PathguideDiagnostics
import PathguideRender

/// When no person is known to answer: the stretches of the week when no channel with people is
/// known to be open, and the channels with people whose hours the guide does not know. A
/// maintainer reads it as "a customer calling on Saturday finds nobody, as far as we know".
///
/// A note, not a warning: the hours come from the sources, and a guide whose sources give no
/// hours is right to say none; the finding is for knowing the gap, not for failing a build.
public struct HoursGapRule: GuideRule {
    public static let description = RuleDescription(
        id: .hoursGap, defaultSeverity: .note, name: "Hours with nobody known to answer",
        summary: "Names the hours of the week when no channel with people is known to be open, as ranges (\"Saturday and Sunday, all day\"; \"Monday to Thursday, 18:00–09:00\"), and the channels with people whose hours are unknown; a guide with no known hours gets one finding. A note, so `--strict` passes: the sources decide the hours, and a guide may not invent them.")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        let guide = input.guide
        let context = input.context
        let reference = Date(timeIntervalSince1970: Double(context.today.daysSinceEpoch) * 86_400 + 43_200)
        let person = PersonHours(guide: guide, reference: reference)
        let unknownNotes = person.unknown.map { c in
            let channel = guide.channels[c]
            return Diagnostic.Note(location: channel.hours?.location ?? channel.id.location,
                                   message: "channel '\(channel.id.value)' has people and unknown hours")
        }
        guard let first = person.known.first else {
            guard !person.unknown.isEmpty else { return [] }
            let message = person.unknown.count == 1
                ? "the one channel with people, '\(guide.channels[person.unknown[0]].id.value)', has unknown hours"
                : "none of the \(person.unknown.count) channels with people has known hours"
            return [diagnostic(message,
                               at: guide.platform.id.location,
                               explanation: "Give a channel's hours when a source states them; until then readers cannot tell when a person answers.",
                               notes: unknownNotes)]
        }
        guard !person.gaps.isEmpty, let zone = person.timeZone, let wording = WeekWording(locale: "en") else { return [] }
        let anchor = person.known.first { c in
            if case .weekly = guide.channels[c].hours?.schedule { return true }
            return false
        } ?? first
        let gaps = "\(wording.spans(person.gaps)) (\(WeekWording.name(of: zone)))"
        return [diagnostic("no channel with people is known to be open: \(gaps)",
                           at: guide.channels[anchor].hours?.location ?? guide.channels[anchor].id.location,
                           notes: unknownNotes)]
    }
}
