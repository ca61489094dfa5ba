import PathguideCore

/// Opening hours in the reader's language, from the structured schedule: "Monday to Friday,
/// 09:00–18:00 (Asia/Shanghai)" / "周一至周五 09:00–18:00（Asia/Shanghai）".
///
/// Days are put in week order whatever order the guide lists them in, and runs of three or
/// more become ranges, so the same schedule always reads the same way.
struct HoursWriter {
    let context: RenderContext

    /// The schedule as one phrase, without the note.
    func schedule(_ hours: Hours) -> String {
        let phrases = context.phrases
        switch hours.schedule {
        case .unknown:
            return phrases.hoursUnknown
        case .always:
            return phrases.alwaysOpen
        case .weekly(let slots):
            let text = slots.map { slot in
                phrases.slot(days(slot.days.map(\.value)), slot.opens.value, slot.closes.value)
            }.joined(separator: phrases.slotSeparator)
            guard let zone = hours.timeZone?.value, !zone.isEmpty else { return text }
            return phrases.inTimeZone(text, zone)
        }
    }

    /// The schedule and its note, as sentences.
    func full(_ hours: Hours) -> String {
        context.sentences([schedule(hours), context.text(hours.note)])
    }

    /// Days in week order, with runs of three or more as ranges: "Monday to Wednesday and Friday".
    func days(_ days: [Weekday]) -> String {
        WeekWording(phrases: context.phrases).days(days)
    }
}
