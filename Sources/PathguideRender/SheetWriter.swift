import PathguideCore

/// The body of the one-page help sheet: large type on one A4 page, so only what someone at a
/// shop counter needs.
///
///     # Douyin Shop customer service
///     ## Quickest way to a person: <channel>    who and hours, steps of the quickest route
///     ## <channel> (one to three more)          who and hours, steps of its quickest route
///     ## If a bot answers                       bot → person escalations
///     ## Phone and email                        numbers and addresses, if the guide has any
///     Last verified on …
///
/// Steps leave out notes but keep their conditions. Which extra channels make it is decided
/// by `ranked()`, and how many by a budget of steps. Everything after the quickest way (more
/// channels, the bot hand-overs, the numbers) is then added only while it fits the page's
/// `SheetSpace`, and what does not fit is named in the omissions the build reports, so a guide
/// with many channels or numbers never spills onto a second page unnoticed.
struct SheetWriter {
    let context: RenderContext

    /// At most this many channels, the quickest way to a person included.
    static let maximumChannels = 4
    /// Below this many channels the sheet always takes one more; above it, only while the
    /// numbered steps stay within `stepBudget`.
    static let minimumChannels = 2
    static let stepBudget = 12

    private var phrases: Phrasebook { context.phrases }
    private var steps: StepWriter {
        var steps = StepWriter(context: context)
        steps.includeNotes = false
        return steps
    }
    private var channels: ChannelWriter { ChannelWriter(context: context) }

    /// The sheet, and what it left out to stay on one page.
    func write() -> (MarkdownWriter, [String]) {
        var out = MarkdownWriter()
        var space = SheetSpace()
        var omissions: [String] = []
        out.heading(1, phrases.sheetTitle(context.platformName), anchor: "title")
        // The last line is always there; the quickest way always is too.
        space.take(space.paragraph(context.verificationSentence))
        let person = context.routes.quickestRouteToPerson()
        var shown = 0
        var stepCount = 0
        // A channel reached by going on from one already on the sheet (a person behind the
        // shop's chat) adds only its last step, which the bot section or the full guide gives.
        var shownRoutes: [[NavigationGraph.Step]] = []
        if let (index, route) = person {
            let channel = context.guide.channels[index]
            out.heading(2, phrases.sheetQuickestTitle(context.text(channel.name)), anchor: "quickest")
            out.paragraph(.text(channels.summary(channel)))
            let items = steps.items(for: route)
            out.orderedList(items)
            space.take(space.heading + space.paragraph(channels.summary(channel)) + space.list(items))
            shown += 1
            stepCount += items.count
            shownRoutes.append(route.steps)
        } else {
            out.heading(2, phrases.quickestTitle, anchor: "quickest")
            out.paragraph(.text(phrases.nobodyReachable))
            space.take(space.heading + space.paragraph(phrases.nobodyReachable))
        }
        let chosen = chosenChannels(excluding: person?.channel)
        for (index, route) in chosen ?? ranked(excluding: person?.channel) {
            if chosen == nil, shownRoutes.contains(where: { !$0.isEmpty && route.steps.starts(with: $0) }) { continue }
            let items = steps.items(for: route)
            // The author's choice is taken as far as the page allows; the sheet's own, within its budget.
            guard chosen != nil || (shown < Self.maximumChannels
                  && (shown < Self.minimumChannels || stepCount + items.count <= Self.stepBudget))
            else { break }
            let channel = context.guide.channels[index]
            let summary = channels.summary(channel)
            let cost = space.heading + space.paragraph(summary) + space.list(items)
            guard space.fits(cost) else {
                omissions.append("the channel '\(context.text(channel.name))'")
                break
            }
            space.take(cost)
            out.heading(2, context.text(channel.name), anchor: "channel-\(channel.id.value)")
            out.paragraph(.text(summary))
            out.orderedList(items)
            shown += 1
            stepCount += items.count
            shownRoutes.append(route.steps)
        }
        section(phrases.sheetBotsTitle, anchor: "bots", botEscalations(), into: &out, space: &space, omissions: &omissions)
        section(phrases.sheetContactsTitle, anchor: "contacts", contacts(), into: &out, space: &space, omissions: &omissions)
        out.paragraph(.text(context.verificationSentence))
        return (out, omissions)
    }

    /// A titled list, with as many of its items as fit, in order; the rest are named.
    private func section(_ title: String, anchor: String, _ items: [(item: MarkdownWriter.Item, name: String)],
                         into out: inout MarkdownWriter, space: inout SheetSpace, omissions: inout [String]) {
        var kept: [MarkdownWriter.Item] = []
        for (index, entry) in items.enumerated() {
            let cost = (kept.isEmpty ? space.heading : 0) + space.list([entry.item])
            guard space.fits(cost) else {
                omissions += items[index...].map(\.name)
                break
            }
            space.take(cost)
            kept.append(entry.item)
        }
        guard !kept.isEmpty else { return }
        out.heading(2, title, anchor: anchor)
        out.bulletList(kept)
    }

    /// The channels the guide's `sheet` names, in its order, with their quickest routes; nil when
    /// it names none. One that cannot be reached is left to the checker, which reports it.
    func chosenChannels(excluding excluded: Int?) -> [(channel: Int, route: Route)]? {
        guard let ids = context.guide.sheet?.channels, !ids.isEmpty else { return nil }
        return ids.compactMap { id -> (channel: Int, route: Route)? in
            guard let index = context.guide.channels.firstIndex(where: { $0.id.value == id.value }), index != excluded,
                  let route = context.routes.quickestRoute(to: id.value) else { return nil }
            return (index, route)
        }
    }

    /// Reachable channels, most useful first: a person answers; the route works every time
    /// (no "if the shop lists a number" step); fewer steps; then guide order.
    func ranked(excluding excluded: Int?) -> [(channel: Int, route: Route)] {
        let candidates = context.guide.channels.indices.compactMap { index -> (channel: Int, route: Route)? in
            guard index != excluded, let route = context.routes.quickestRoute(to: context.guide.channels[index].id.value) else { return nil }
            return (index, route)
        }
        func key(_ candidate: (channel: Int, route: Route)) -> (Int, Int, Int, Int) {
            let staffing = context.guide.channels[candidate.channel].staffing
            let answers = staffing.hasPeople ? 0 : staffing == .bot ? 1 : 2
            return (answers, steps.isConditional(candidate.route) ? 1 : 0, candidate.route.steps.count, candidate.channel)
        }
        // Each key once, not once per comparison.
        return candidates.map { (key: key($0), candidate: $0) }.sorted { $0.key < $1.key }.map(\.candidate)
    }

    /// How to get past a bot: for each bot (or bot-first) channel and each person it hands
    /// over to, the first way written, merged with those that differ only in the words
    /// ("type 「转人工」 or 「人工客服」"). Hand-overs to disputes, complaints, hotlines or
    /// buttons such as 催发货 are left to the full guide.
    private func botEscalations() -> [(item: MarkdownWriter.Item, name: String)] {
        var items: [(item: MarkdownWriter.Item, name: String)] = []
        for channel in context.guide.channels where channel.staffing == .bot || channel.staffing == .mixed {
            var targets: Set<String> = []
            for (index, escalation) in channel.escalations.enumerated() {
                guard let target = context.guide.channel(escalation.target.value), isPerson(target, behind: channel),
                      targets.insert(target.id.value).inserted
                else { continue }
                let group = steps.group(of: index, in: channel.escalations)
                let label = phrases.handOver(context.text(channel.name), context.text(target.name))
                items.append((.init(context.field(label, .text(steps.sentence(for: channel.escalations, members: group)))),
                              "the hand-over '\(label)'"))
            }
        }
        return items
    }

    /// Whether `target` is the person behind the bot `channel`: a human agent, or people who can
    /// send the customer back to that bot, so it is the same conversation.
    private func isPerson(_ target: Channel, behind channel: Channel) -> Bool {
        guard target.staffing.hasPeople else { return false }
        return target.kind.value == .humanAgent || target.escalations.contains { $0.target.value == channel.id.value }
    }

    /// Phone numbers and email addresses the guide gives in full.
    private func contacts() -> [(item: MarkdownWriter.Item, name: String)] {
        var items: [(item: MarkdownWriter.Item, name: String)] = []
        for channel in context.guide.channels {
            for contact in channel.contacts where contact.value != nil && (contact.kind.value == .phone || contact.kind.value == .email) {
                if let shown = channels.contact(contact) {
                    items.append((.init(context.field(context.text(channel.name), shown)),
                                  "'\(contact.value?.value ?? "")' of '\(context.text(channel.name))'"))
                }
            }
        }
        return items
    }
}

/// How much of one A4 page a sheet's blocks take, in lines of body text at the sheet
/// stylesheet's size, so the writer can stop before the page is full.
///
/// A line holds about `columns` narrow characters; Chinese characters and full-width forms take
/// two. Headings, a paragraph's or a list item's space after it count as parts of a line.
/// Measured on Chromium's print of the built-in theme with a Taobao sheet given ever more phone
/// numbers: the Chinese sheet spilled at an estimate of 43.7 lines (41.1 fit), the English one at
/// 47.2 (44.9 fit); the capacity keeps a line's margin below both. A theme with larger type
/// needs a smaller sheet: the tests print the sheets and count pages.
struct SheetSpace {
    /// Lines of body text on the page below the title and the QR code.
    static let capacity = 40.0
    static let columns = 60.0

    private(set) var used = 0.0

    let heading = 2.2

    func paragraph(_ text: String) -> Double { 0.5 + Self.lines(text, columns: Self.columns) }

    /// A list's items: each its text (markup included, which only errs on the safe side).
    func list(_ items: [MarkdownWriter.Item]) -> Double {
        items.reduce(0) { total, item in
            total + 0.3 + item.lines.reduce(0) { $0 + Self.lines($1.markdown, columns: Self.columns - 4) }
        }
    }

    func fits(_ cost: Double) -> Bool { used + cost <= Self.capacity }

    mutating func take(_ cost: Double) { used += cost }

    static func lines(_ text: String, columns: Double) -> Double {
        var width = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                width += 2
            default:
                width += 1
            }
        }
        return max(1, (width / columns).rounded(.up))
    }
}
