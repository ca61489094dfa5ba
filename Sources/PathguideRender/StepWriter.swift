import PathguideCore

/// Actions and routes as numbered-list steps: "Tap 「我」 ("Me") at the bottom right."
///
/// A step names the label exactly as the app shows it, where it is, and, when there is no
/// label, where it leads. Its condition leads the sentence; its note and the regions it is
/// limited to follow on lines of their own.
///
/// Actions that lead the same way from the same place and differ only in their label
/// (type 转人工, type 人工客服) are one step with both labels: "Type 「转人工」 or 「人工客服」".
struct StepWriter {
    /// Notes already written, so each shows once where a reader meets it first.
    struct NoteLedger {
        /// Steps whose notes have been written in the current section.
        var steps: Set<NavigationGraph.Step> = []
        /// Surfaces whose notes have been written anywhere in the document.
        var surfaces: Set<Int> = []
    }

    let context: RenderContext

    /// Whether notes are written under steps (the full guide) or left out (the help sheet).
    var includeNotes = true

    // MARK: Single steps

    /// The sentence for `actions`, which are one action or a group from `group(of:in:)`.
    func sentence(for actions: [Action]) -> String {
        sentence(for: actions, members: Array(actions.indices))
    }

    func sentence(for action: Action) -> String {
        sentence(for: [action])
    }

    /// The sentence for the actions of `list` at `members`, read in place rather than copied.
    func sentence(for list: [Action], members: [Int]) -> String {
        guard let first = members.first else { return "" }
        let phrases = context.phrases
        let step = phrases.step(list[first].verb.value, object(for: list, members: members), list[first].position?.value)
        guard let condition = context.text(list[first].condition), !MarkdownEscaping.isBlank(condition) else { return step }
        return phrases.conditional(condition, step)
    }

    /// What the step acts on: the labels as the app shows them (quoted, glossed, joined with
    /// "or"), what to enter, or, when nothing is named on screen, where it leads.
    func object(for list: [Action], members: [Int]) -> Phrasebook.StepObject {
        let first = members[0]
        if list[first].label != nil {
            var labels: [String] = []
            for member in members {
                if let label = list[member].label { labels.append(context.quotedLabel(label.value, gloss: list[member].gloss)) }
            }
            return .label(context.phrases.list(labels, .or))
        } else if let input = context.text(list[first].input) {
            return .input(input)
        }
        return .target(context.name(of: list[first].target.value))
    }

    /// The lines after a step, the actions of `list` at `members`: their notes (each different
    /// one once, unless `notes` is false) and their regions.
    func details(of list: [Action], members: [Int], notes: Bool = true) -> [Inline] {
        detailTexts(of: list, members: members, notes: notes).map(Inline.text)
    }

    /// `details(of:members:notes:)` as plain text, for the terminal.
    func detailTexts(of list: [Action], members: [Int], notes: Bool = true) -> [String] {
        var lines: [String] = []
        if includeNotes, notes {
            // A group has a handful of actions: a list is cheaper than hashing long notes.
            var seen: [String] = []
            for member in members {
                guard let note = context.text(list[member].note), !seen.contains(note) else { continue }
                seen.append(note)
                lines.append(note)
            }
        }
        if let first = members.first, let regions = context.regionNames(list[first].regions) {
            lines.append(context.phrases.onlyIn(regions))
        }
        return lines
    }

    /// Indices of the actions in `actions` that do the same as the one at `index` with a
    /// different label: same verb, position, target and condition. The one at `index` is
    /// always included; actions without a label are never grouped.
    func group(of index: Int, in actions: [Action]) -> [Int] {
        guard actions[index].label != nil else { return [index] }
        let condition = context.text(actions[index].condition)
        return actions.indices.filter { other in
            other == index || (actions[other].label != nil
                && actions[other].verb.value == actions[index].verb.value
                && actions[other].position?.value == actions[index].position?.value
                && actions[other].target.value == actions[index].target.value
                && context.text(actions[other].condition) == condition)
        }
    }

    /// The list a graph step's action is in, and where.
    func place(of step: NavigationGraph.Step) -> (list: [Action], index: Int) {
        switch step {
        case let .action(screen, i): (context.guide.screens[screen].actions, i)
        case let .escalation(channel, i): (context.guide.channels[channel].escalations, i)
        }
    }

    /// Where a graph step leads: the screen or channel id.
    func target(of step: NavigationGraph.Step) -> String {
        switch step {
        case let .action(screen, i): context.guide.screens[screen].actions[i].target.value
        case let .escalation(channel, i): context.guide.channels[channel].escalations[i].target.value
        }
    }

    // MARK: Routes

    /// The first step of a route: open the app, with the website's address when it has one.
    func startItem(for surfaceIndex: Int, ledger: inout NoteLedger) -> MarkdownWriter.Item {
        let surface = context.guide.surfaces[surfaceIndex]
        var lines: [Inline] = []
        if let url = surface.url?.value, let link = SafeLink.web(url) {
            lines.append(context.field(context.phrases.addressLabel, .link(url, to: link)))
        }
        if includeNotes, let note = context.text(surface.note), ledger.surfaces.insert(surfaceIndex).inserted {
            lines.append(.text(note))
        }
        if let regions = context.regionNames(surface.regions) {
            lines.append(.text(context.phrases.onlyIn(regions)))
        }
        return MarkdownWriter.Item(.text(startSentence(for: surfaceIndex)), lines)
    }

    /// The first step's sentence: "Open the 抖音 APP (Douyin app)."
    func startSentence(for surfaceIndex: Int) -> String {
        let surface = context.guide.surfaces[surfaceIndex]
        return context.phrases.start(surface.kind.value, context.shownName(of: surface))
    }

    /// A whole route as list items, starting where the customer starts.
    func items(for route: Route, ledger: inout NoteLedger) -> [MarkdownWriter.Item] {
        var items = [startItem(for: route.surface, ledger: &ledger)]
        for step in route.steps {
            let (list, index) = place(of: step)
            let members = group(of: index, in: list)
            // A step explained earlier in the section keeps only its region line.
            let firstTime = ledger.steps.insert(step).inserted
            items.append(MarkdownWriter.Item(.text(sentence(for: list, members: members)), details(of: list, members: members, notes: firstTime)))
        }
        return items
    }

    /// A route without a ledger: every note is written.
    func items(for route: Route) -> [MarkdownWriter.Item] {
        var ledger = NoteLedger()
        return items(for: route, ledger: &ledger)
    }

    /// What a reader sees of a route: where it starts and the screens and channels it passes.
    /// Two routes that differ only in which of two equivalent buttons they use read the same.
    func signature(of route: Route) -> [String] {
        [context.guide.surfaces[route.surface].id.value] + route.steps.map(target(of:))
    }

    /// Whether any step of the route only applies sometimes.
    func isConditional(_ route: Route) -> Bool {
        route.steps.contains { step in
            switch step {
            case let .action(screen, i): context.guide.screens[screen].actions[i].condition != nil
            case let .escalation(channel, i): context.guide.channels[channel].escalations[i].condition != nil
            }
        }
    }

    /// The route an author pinned for a scenario, if every step of it is in the graph.
    func pinnedRoute(_ pinned: PinnedRoute) -> Route? {
        guard let surface = context.guide.surfaces.firstIndex(where: { $0.id.value == pinned.surface.value }) else { return nil }
        var at = context.guide.surfaces[surface].start.value
        var steps: [NavigationGraph.Step] = []
        for next in pinned.through {
            guard let step = context.graph.step(from: at, to: next.value) else { return nil }
            steps.append(step)
            at = next.value
        }
        return Route(surface: surface, steps: steps)
    }
}
