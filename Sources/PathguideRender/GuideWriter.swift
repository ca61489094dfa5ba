import Foundation
import PathguideCore

/// The body of the full how-to guide, section by section, in a fixed order:
///
///     # How to reach … customer service         title, intro, last verified
///     ## The quickest way to a person           channel, surface, numbered steps
///     ## All the ways to reach customer service
///     ### <channel>                             who, hours, waiting, needs, contacts
///     #### How to get there                     shortest route per surface, alternatives
///     #### If this does not help                escalations
///     ## Which channel for which problem        scenarios, by topic then guide order
///     ## Troubleshooting
///     ## Tips
///     ## Sources                                and the date last verified
struct GuideWriter {
    let context: RenderContext

    /// How many longer routes a channel shows besides the shortest ones.
    static let alternativeLimit = 2
    /// How many steps longer than the quickest an alternative may be.
    static let alternativeSlack = 2

    private var phrases: Phrasebook { context.phrases }
    private var steps: StepWriter { StepWriter(context: context) }
    private var channels: ChannelWriter { ChannelWriter(context: context) }

    func write() -> MarkdownWriter {
        var out = MarkdownWriter()
        // A surface's note is about the app as a whole: once per document is enough. A step's
        // note shows once per section, since readers jump straight to the channel they need.
        var ledger = StepWriter.NoteLedger()
        out.heading(1, phrases.guideTitle(context.platformName), anchor: "title")
        out.paragraph(.text(context.sentences([phrases.guideIntro(context.platformName), context.verificationSentence])))
        quickest(&out, &ledger)
        out.markMapPlace()
        allChannels(&out, &ledger)
        scenarios(&out)
        troubleshooting(&out)
        tips(&out)
        sources(&out)
        return out
    }

    private func quickest(_ out: inout MarkdownWriter, _ ledger: inout StepWriter.NoteLedger) {
        out.heading(2, phrases.quickestTitle, anchor: "quickest")
        guard let (index, route) = context.routes.quickestRouteToPerson() else {
            out.paragraph(.text(phrases.nobodyReachable))
            return
        }
        let channel = context.guide.channels[index]
        let surface = context.guide.surfaces[route.surface]
        // With no steps the surface is the channel itself (an account, a phone line); the one
        // step, "open it", names it.
        out.paragraph(.text(context.sentences([
            phrases.quickestIntro(context.text(channel.name), route.steps.isEmpty ? nil : context.text(surface.name)),
            channels.who(channel),
        ])))
        ledger.steps = []
        out.orderedList(steps.items(for: route, ledger: &ledger))
    }

    private func allChannels(_ out: inout MarkdownWriter, _ ledger: inout StepWriter.NoteLedger) {
        guard !context.guide.channels.isEmpty else { return }
        out.heading(2, phrases.channelsTitle, anchor: "channels")
        for channel in context.guide.channels {
            let id = channel.id.value
            // Long pages: a reader on a phone jumps to a channel from the table of contents.
            let anchor = out.heading(3, context.text(channel.name), anchor: "channel-\(id)", inContents: true)
            // The graph knows a repeated id by its first channel; so does the map.
            if out.channelAnchors[id] == nil { out.channelAnchors[id] = anchor }
            if let description = context.text(channel.description) {
                out.paragraph(.text(description))
            }
            out.paragraph(.text(channels.who(channel)))
            out.bulletList(channels.facts(channel))
            outsideHours(of: channel, &out)

            out.heading(4, phrases.routeTitle, anchor: "channel-\(id)-route")
            ledger.steps = []
            routes(to: id, &out, &ledger)

            if !channel.escalations.isEmpty {
                out.heading(4, phrases.escalationsTitle, anchor: "channel-\(id)-escalations")
                let escalations = channel.escalations
                out.bulletList(escalationGroups(of: channel).map { group in
                    let target = Inline.strong(context.name(of: escalations[group[0]].target.value)) + .text(phrases.labelSeparator)
                    return MarkdownWriter.Item(target + .text(steps.sentence(for: escalations, members: group)), steps.details(of: escalations, members: group))
                })
            }
        }
    }

    /// For a channel with weekly hours: the quickest way to another channel with people that is
    /// open some time it is closed, with that channel's hours; or, when the guide knows none,
    /// when this one opens again. Hours are compared on this channel's clock in the week of the
    /// guide's verified date.
    private func outsideHours(of channel: Channel, _ out: inout MarkdownWriter) {
        guard let times = OpeningTimes(channel.hours), case let .weekly(open, zone) = times.known else { return }
        let guide = context.guide
        let days = guide.platform.verified?.date?.value.daysSinceEpoch ?? 0
        let reference = Date(timeIntervalSince1970: Double(days) * 86_400 + 43_200)
        let closed = WeekSpan.complement(of: open)
        var best: (channel: Channel, route: Route)?
        for other in guide.channels where other.id.value != channel.id.value && other.staffing.hasPeople {
            guard let otherTimes = OpeningTimes(other.hours),
                  WeekSpan.overlap(closed, otherTimes.spans(on: zone, around: reference)),
                  let route = context.routes.quickestRoute(to: other.id.value) else { continue }
            if best == nil || route.steps.count < best!.route.steps.count { best = (other, route) }
        }
        let label = phrases.outsideTheseHoursLabel
        guard let best, let hours = best.channel.hours else {
            let wording = WeekWording(phrases: phrases)
            let again = phrases.inTimeZone(wording.openings(open), WeekWording.name(of: zone))
            out.paragraph(context.field(label, .text(context.sentences([phrases.noneOpenOutside, phrases.opensAgain(again)]))))
            return
        }
        let hoursText = HoursWriter(context: context).schedule(hours)
        out.paragraph(context.field(label, .text(phrases.openThen(context.text(best.channel.name), hoursText))))
        var brief = steps
        brief.includeNotes = false
        out.orderedList(brief.items(for: best.route))
    }

    /// A channel's escalations with those that differ only in their label merged, in order,
    /// as indices into `channel.escalations`.
    private func escalationGroups(of channel: Channel) -> [[Int]] {
        var done: Set<Int> = []
        var groups: [[Int]] = []
        for index in channel.escalations.indices where !done.contains(index) {
            let group = steps.group(of: index, in: channel.escalations)
            done.formUnion(group)
            groups.append(group)
        }
        return groups
    }

    /// The shortest route from each surface that reaches the channel, then up to two others
    /// that pass through different screens.
    private func routes(to id: String, _ out: inout MarkdownWriter, _ ledger: inout StepWriter.NoteLedger) {
        let shortest = context.routes.shortestRoutes(to: id)
        guard !shortest.isEmpty else {
            out.paragraph(.text(phrases.noRoute))
            return
        }
        var seen: Set<[String]> = []
        var shown: [Route] = []
        for route in shortest where seen.insert(steps.signature(of: route)).inserted {
            shown.append(route)
        }
        // Ask for more candidates than needed: many differ only in an equivalent button.
        let candidates = context.routes.routes(to: id, limit: shortest.count + 4 * Self.alternativeLimit, slack: Self.alternativeSlack)
        var alternatives = 0
        for route in candidates where alternatives < Self.alternativeLimit && seen.insert(steps.signature(of: route)).inserted {
            shown.append(route)
            alternatives += 1
        }
        for (i, route) in shown.enumerated() {
            if i > 0 { out.paragraph(.text(phrases.anotherWay)) }
            out.orderedList(steps.items(for: route, ledger: &ledger))
        }
    }

    private func scenarios(_ out: inout MarkdownWriter) {
        guard !context.guide.scenarios.isEmpty else { return }
        out.heading(2, phrases.scenariosTitle, anchor: "scenarios")
        let topics = Topic.allCases
        let ordered = context.guide.scenarios.enumerated().sorted {
            (topics.firstIndex(of: $0.element.topic.value) ?? 0, $0.offset) < (topics.firstIndex(of: $1.element.topic.value) ?? 0, $1.offset)
        }.map(\.element)
        // Routes here repeat steps shown in full under each channel, so they leave out notes.
        var brief = steps
        brief.includeNotes = false
        for scenario in ordered {
            out.heading(3, context.text(scenario.title), anchor: "scenario-\(scenario.id.value)")
            let names = scenario.channels.map { context.name(of: $0.value) }
            if names.count == 1 {
                out.paragraph(context.field(phrases.whereToGo, .text(names[0])))
            } else if !names.isEmpty {
                out.paragraph(.text(phrases.whereToGoInOrder))
                out.orderedList(names.map { .init(.text($0)) })
            }
            let route = scenario.route.flatMap(brief.pinnedRoute)
                ?? scenario.channels.first.flatMap { context.routes.quickestRoute(to: $0.value) }
            if let route {
                let end = route.steps.last.map(brief.target(of:)) ?? context.guide.surfaces[route.surface].start.value
                out.paragraph(.text(phrases.howToGetTo(context.name(of: end))))
                out.orderedList(brief.items(for: route))
            }
            if !scenario.prepare.isEmpty {
                out.paragraph(.text(phrases.prepareLabel))
                out.bulletList(scenario.prepare.map { .init(.text(context.text($0))) })
            }
            if let fallback = context.text(scenario.ifItFails) {
                out.paragraph(context.field(phrases.ifItFailsLabel, .text(fallback)))
            }
        }
    }

    private func troubleshooting(_ out: inout MarkdownWriter) {
        guard !context.guide.troubleshooting.isEmpty else { return }
        out.heading(2, phrases.troubleshootingTitle, anchor: "troubleshooting")
        for (i, trouble) in context.guide.troubleshooting.enumerated() {
            out.heading(3, context.text(trouble.symptom), anchor: "troubleshooting-\(i + 1)")
            out.bulletList(trouble.remedies.map { .init(.text(context.text($0))) })
            if !trouble.channels.isEmpty {
                let names = trouble.channels.map { context.name(of: $0.value) }
                out.paragraph(.text(phrases.ifStillStuck(names)))
            }
        }
    }

    private func tips(_ out: inout MarkdownWriter) {
        guard !context.guide.tips.isEmpty else { return }
        out.heading(2, phrases.tipsTitle, anchor: "tips")
        out.bulletList(context.guide.tips.map { .init(.text(context.text($0.text))) })
    }

    private func sources(_ out: inout MarkdownWriter) {
        out.heading(2, phrases.sourcesTitle, anchor: "sources")
        out.bulletList(context.guide.sources.map { source in
            var line = Inline.text(phrases.source(context.text(source.title), source.file?.value))
            if let url = source.url?.value {
                let address: Inline = SafeLink.web(url).map { .link(url, to: $0) } ?? .text(url)
                line = line.isEmpty ? address : line + .text(phrases.labelSeparator) + address
            }
            return .init(line)
        })
        out.paragraph(.text(context.verificationSentence))
    }
}
