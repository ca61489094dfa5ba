import Foundation
import PathguideCore

/// What `pathguide route` prints: the way to one channel, or to the quickest channel with
/// people that is open at an instant, as numbered plain-text steps for someone reading them
/// out on the phone. The steps are the guide's own sentences (`StepWriter`); only the line
/// layout is the terminal's.
public struct PhoneRoute: Sendable, Equatable {
    public var text: String
    /// False when no channel with people is known to be open and reachable at that instant.
    public var found: Bool
}

struct PhoneRouteWriter {
    let context: RenderContext
    let callerZone: TimeZone

    private var phrases: Phrasebook { context.phrases }
    private var wording: WeekWording { WeekWording(phrases: context.phrases) }

    /// The way to `target`, whatever its hours, with whether it is open at `instant`; without a
    /// target, the way to the channel with people open at `instant` that takes fewest steps
    /// (the one written first on a tie).
    func write(to target: Int?, at instant: Date) -> PhoneRoute {
        if let target {
            return PhoneRoute(text: channel(target, at: instant), found: true)
        }
        let guide = context.guide
        var best: (channel: Int, steps: Int)?
        for c in guide.channels.indices where guide.channels[c].staffing.hasPeople {
            guard OpeningTimes(guide.channels[c].hours)?.isOpen(at: instant) == true,
                  let route = context.routes.quickestRoute(to: guide.channels[c].id.value) else { continue }
            if best == nil || route.steps.count < best!.steps { best = (c, route.steps.count) }
        }
        if let best {
            return PhoneRoute(text: channel(best.channel, at: instant), found: true)
        }
        return PhoneRoute(text: nobodyOpen(at: instant), found: false)
    }

    /// Title, who answers and when, open or closed at `instant`, then the steps.
    private func channel(_ c: Int, at instant: Date) -> String {
        let channel = context.guide.channels[c]
        var lines = [context.platformName + phrases.labelSeparator + context.text(channel.name)]
        var about = [ChannelWriter(context: context).who(channel)]
        if let hours = channel.hours {
            about.append(phrases.hoursLabel + phrases.labelSeparator + HoursWriter(context: context).schedule(hours))
        }
        if let times = OpeningTimes(channel.hours), case let .weekly(_, zone) = times.known {
            let now = wording.moment(WallClock(instant, in: zone))
            about.append(times.isOpen(at: instant)
                ? phrases.openAt(now)
                : phrases.closedAt(now, times.nextOpening(after: instant).map { wording.moment(WallClock($0, in: zone)) }))
        }
        lines.append(context.sentences(about))
        lines.append("")
        guard let route = context.routes.quickestRoute(to: channel.id.value) else {
            lines.append(phrases.noRoute)
            return lines.joined(separator: "\n") + "\n"
        }
        lines += steps(route)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Nobody known to be open: when the first reachable channel with people opens, and which
    /// have no published hours.
    private func nobodyOpen(at instant: Date) -> String {
        let guide = context.guide
        var next: (channel: Int, at: Date, zone: TimeZone)?
        var unknown: [String] = []
        for c in guide.channels.indices where guide.channels[c].staffing.hasPeople && context.routes.quickestRoute(to: guide.channels[c].id.value) != nil {
            guard let times = OpeningTimes(guide.channels[c].hours) else {
                unknown.append(context.text(guide.channels[c].name))
                continue
            }
            guard case let .weekly(_, zone) = times.known, let opens = times.nextOpening(after: instant) else { continue }
            if next == nil || opens < next!.at { next = (c, opens, zone) }
        }
        var sentences = [phrases.nobodyOpenAt(wording.moment(WallClock(instant, in: callerZone)))]
        if let next {
            sentences.append(phrases.nextToOpen(context.text(guide.channels[next.channel].name), wording.moment(WallClock(next.at, in: next.zone))))
        }
        if !unknown.isEmpty {
            sentences.append(phrases.hoursUnknownFor(unknown))
        }
        return context.platformName + "\n" + context.sentences(sentences) + "\n"
    }

    /// Numbered steps; a step's notes and regions on indented lines under it.
    private func steps(_ route: Route) -> [String] {
        let writer = StepWriter(context: context)
        var start: [String] = []
        if let url = context.guide.surfaces[route.surface].url?.value, SafeLink.web(url) != nil {
            start.append(phrases.addressLabel + phrases.labelSeparator + url)
        }
        var items: [(String, [String])] = [(writer.startSentence(for: route.surface), start)]
        for step in route.steps {
            let (list, index) = writer.place(of: step)
            let members = writer.group(of: index, in: list)
            items.append((writer.sentence(for: list, members: members), writer.detailTexts(of: list, members: members)))
        }
        let width = "\(items.count). ".count
        return items.enumerated().flatMap { i, item in
            let number = "\(i + 1). "
            return [number + String(repeating: " ", count: width - number.count) + item.0]
                + item.1.map { String(repeating: " ", count: width) + $0 }
        }
    }
}

extension GuideRenderer {
    /// The steps to a channel (by id) or, without one, to the quickest channel with people open
    /// at `instant`, in plain text for the terminal. Nil when the guide has no channel `target`.
    /// `callerZone` is the clock "no one is open at …" is told on.
    public func phoneRoute(to target: String?, at instant: Date, callerZone: TimeZone) -> PhoneRoute? {
        let index = target.map { id in context.guide.channels.firstIndex { $0.id.value == id } }
        if case .some(.none) = index { return nil }
        return PhoneRouteWriter(context: context, callerZone: callerZone).write(to: index ?? nil, at: instant)
    }
}
