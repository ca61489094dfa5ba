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
/// by `ranked()`, and how many by a budget of steps, so long routes do not push the sheet
/// onto a second page.
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

    func write() -> MarkdownWriter {
        var out = MarkdownWriter()
        out.heading(1, phrases.sheetTitle(context.platformName), anchor: "title")
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
            shown += 1
            stepCount += items.count
            shownRoutes.append(route.steps)
        } else {
            out.heading(2, phrases.quickestTitle, anchor: "quickest")
            out.paragraph(.text(phrases.nobodyReachable))
        }
        for (index, route) in ranked(excluding: person?.channel) {
            if shownRoutes.contains(where: { !$0.isEmpty && route.steps.starts(with: $0) }) { continue }
            let items = steps.items(for: route)
            guard shown < Self.maximumChannels,
                  shown < Self.minimumChannels || stepCount + items.count <= Self.stepBudget
            else { break }
            let channel = context.guide.channels[index]
            out.heading(2, context.text(channel.name), anchor: "channel-\(channel.id.value)")
            out.paragraph(.text(channels.summary(channel)))
            out.orderedList(items)
            shown += 1
            stepCount += items.count
            shownRoutes.append(route.steps)
        }
        botEscalations(&out)
        contacts(&out)
        out.paragraph(.text(context.verificationSentence))
        return out
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
    private func botEscalations(_ out: inout MarkdownWriter) {
        var items: [MarkdownWriter.Item] = []
        for channel in context.guide.channels where channel.staffing == .bot || channel.staffing == .mixed {
            var targets: Set<String> = []
            for (index, escalation) in channel.escalations.enumerated() {
                guard let target = context.guide.channel(escalation.target.value), isPerson(target, behind: channel),
                      targets.insert(target.id.value).inserted
                else { continue }
                let group = steps.group(of: index, in: channel.escalations)
                let label = phrases.handOver(context.text(channel.name), context.text(target.name))
                items.append(.init(context.field(label, .text(steps.sentence(for: channel.escalations, members: group)))))
            }
        }
        guard !items.isEmpty else { return }
        out.heading(2, phrases.sheetBotsTitle, anchor: "bots")
        out.bulletList(items)
    }

    /// Whether `target` is the person behind the bot `channel`: a human agent, or people who can
    /// send the customer back to that bot, so it is the same conversation.
    private func isPerson(_ target: Channel, behind channel: Channel) -> Bool {
        guard target.staffing.hasPeople else { return false }
        return target.kind.value == .humanAgent || target.escalations.contains { $0.target.value == channel.id.value }
    }

    /// Phone numbers and email addresses the guide gives in full.
    private func contacts(_ out: inout MarkdownWriter) {
        var items: [MarkdownWriter.Item] = []
        for channel in context.guide.channels {
            for contact in channel.contacts where contact.value != nil && (contact.kind.value == .phone || contact.kind.value == .email) {
                if let shown = channels.contact(contact) {
                    items.append(.init(context.field(context.text(channel.name), shown)))
                }
            }
        }
        guard !items.isEmpty else { return }
        out.heading(2, phrases.sheetContactsTitle, anchor: "contacts")
        out.bulletList(items)
    }
}
