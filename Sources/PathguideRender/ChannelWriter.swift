import PathguideCore

/// The facts about one channel in the reader's language: who runs it and who answers, hours,
/// waiting, what to have before contacting it, where it applies, and how to contact it
/// outside the app.
struct ChannelWriter {
    let context: RenderContext

    /// "Run by the shop; people answer."
    func who(_ channel: Channel) -> String {
        context.phrases.who(channel.operatedBy.value, channel.staffing)
    }

    /// Who answers and when, in one or two sentences, for the help sheet.
    func summary(_ channel: Channel) -> String {
        context.sentences([who(channel), channel.hours.map(HoursWriter(context: context).schedule)])
    }

    /// The labelled facts, one list item each, in a fixed order.
    func facts(_ channel: Channel) -> [MarkdownWriter.Item] {
        let phrases = context.phrases
        var items: [MarkdownWriter.Item] = []
        if let hours = channel.hours {
            items.append(.init(context.field(phrases.hoursLabel, .text(HoursWriter(context: context).full(hours)))))
        }
        if let queue = context.text(channel.queue) {
            items.append(.init(context.field(phrases.queueLabel, .text(queue))))
        }
        if !channel.prerequisites.isEmpty {
            // The kinds in one list, then the notes as sentences: "a refund request and a refund
            // the shop has refused. The shop refused the refund outright."
            let kinds = channel.prerequisites
                .filter { $0.kind.value != .other || $0.note == nil }
                .map { phrases.prerequisite($0.kind.value) }
            let notes = channel.prerequisites.compactMap { context.text($0.note) }
            let text = context.sentences([kinds.isEmpty ? nil : phrases.list(kinds, .and)] + notes)
            items.append(.init(context.field(phrases.prerequisitesLabel, .text(text))))
        }
        if let regions = context.regionNames(channel.regions) {
            items.append(.init(context.field(phrases.regionsLabel, .text(regions))))
        }
        for entry in channel.contacts {
            if let value = contact(entry) {
                items.append(.init(context.field(phrases.contactLabel(entry.kind.value), value)))
            }
        }
        return items
    }

    /// A contact: its value (a link when it is a valid number, address or page), then its
    /// note; or the note alone when the source only says where to look.
    func contact(_ contact: Contact) -> Inline? {
        let phrases = context.phrases
        var shown: Inline?
        if let value = contact.value?.value {
            if let url = contact.url?.value, let link = SafeLink.parse(url) {
                shown = .link(value, to: link)
            } else if let link = link(forValue: value, of: contact.kind.value) {
                shown = .link(value, to: link)
            } else {
                shown = .text(value)
            }
        } else if let url = contact.url?.value {
            shown = SafeLink.parse(url).map { .link(url, to: $0) } ?? .text(url)
        }
        let note = context.text(contact.note)
        switch (shown, note) {
        case let (shown?, note?): return shown + .text(phrases.fullStop + phrases.sentenceSeparator + context.sentences([note]))
        case let (shown?, nil): return shown
        case let (nil, note?): return .text(note)
        case (nil, nil): return nil
        }
    }

    /// A contact's value as a link, built only from a value that passes the check for its kind.
    func link(forValue value: String, of kind: ContactKind) -> SafeLink? {
        switch kind {
        case .phone: SafeLink.phone(value)
        case .email: SafeLink.email(value)
        case .url: SafeLink.web(value)
        case .wechat, .weibo, .other: nil
        }
    }
}
