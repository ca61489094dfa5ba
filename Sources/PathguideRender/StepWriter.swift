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
        guard let action = actions.first else { return "" }
        let phrases = context.phrases
        let object: Phrasebook.StepObject
        if action.label != nil {
            object = .label(phrases.list(actions.compactMap { member in member.label.map { context.quotedLabel($0.value, gloss: member.gloss) } }, .or))
        } else if let input = context.text(action.input) {
            object = .input(input)
        } else {
            object = .target(context.name(of: action.target.value))
        }
        let step = phrases.step(action.verb.value, object, action.position?.value)
        guard let condition = context.text(action.condition), !MarkdownEscaping.isBlank(condition) else { return step }
        return phrases.conditional(condition, step)
    }

    func sentence(for action: Action) -> String {
        sentence(for: [action])
    }

    /// The lines after a step: its notes (each different one once, unless `notes` is false)
    /// and its regions.
    func details(of actions: [Action], notes: Bool = true) -> [Inline] {
        var lines: [Inline] = []
        if includeNotes, notes {
            // A group has a handful of actions: a list is cheaper than hashing long notes.
            var seen: [String] = []
            for action in actions {
                guard let note = context.text(action.note), !seen.contains(note) else { continue }
                seen.append(note)
                lines.append(.text(note))
            }
        }
        if let regions = actions.first.flatMap({ context.regionNames($0.regions) }) {
            lines.append(.text(context.phrases.onlyIn(regions)))
        }
        return lines
    }

    /// Indices of the actions in `actions` that do the same as the one at `index` with a
    /// different label: same verb, position, target and condition. The one at `index` is
    /// always included; actions without a label are never grouped.
    func group(of index: Int, in actions: [Action]) -> [Int] {
        let action = actions[index]
        guard action.label != nil else { return [index] }
        return actions.indices.filter { other in
            other == index || (actions[other].label != nil
                && actions[other].verb.value == action.verb.value
                && actions[other].position?.value == action.position?.value
                && actions[other].target.value == action.target.value
                && context.text(actions[other].condition) == context.text(action.condition))
        }
    }

    /// The actions a graph step stands for, with those it groups with.
    func actions(for step: NavigationGraph.Step) -> [Action] {
        let (list, index): ([Action], Int) = switch step {
        case let .action(screen, i): (context.guide.screens[screen].actions, i)
        case let .escalation(channel, i): (context.guide.channels[channel].escalations, i)
        }
        return group(of: index, in: list).map { list[$0] }
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
        return MarkdownWriter.Item(.text(context.phrases.start(surface.kind.value, context.shownName(of: surface))), lines)
    }

    /// A whole route as list items, starting where the customer starts.
    func items(for route: Route, ledger: inout NoteLedger) -> [MarkdownWriter.Item] {
        var items = [startItem(for: route.surface, ledger: &ledger)]
        for step in route.steps {
            let actions = actions(for: step)
            // A step explained earlier in the section keeps only its region line.
            let firstTime = ledger.steps.insert(step).inserted
            items.append(MarkdownWriter.Item(.text(sentence(for: actions)), details(of: actions, notes: firstTime)))
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
        [context.guide.surfaces[route.surface].id.value] + route.steps.map { context.graph.action(for: $0).target.value }
    }

    /// Whether any step of the route only applies sometimes.
    func isConditional(_ route: Route) -> Bool {
        route.steps.contains { context.graph.action(for: $0).condition != nil }
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
