import Foundation
import PathguideCore

/// The facts a comparison of guides needs about one guide, worked out from it once, in its
/// build job, and small enough to keep in the build cache: the fewest steps to a person, the
/// channels by who answers, when a person is known to answer, which channels ask for something
/// first. Nothing here is words: each language words it on its own page.
public struct GuideSummary: Sendable, Equatable {
    /// A channel named on the comparison, with its name in each language the guide gives.
    public struct NamedChannel: Sendable, Equatable {
        public var id: String
        /// Language code and name, in the guide's order.
        public var names: [LocalizedText.Entry]
        /// What it asks for first (`order`, `merchant-contact`), in the guide's order.
        public var needs: [PrerequisiteKind]

        public init(id: String, names: [LocalizedText.Entry], needs: [PrerequisiteKind]) {
            self.id = id
            self.names = names
            self.needs = needs
        }

        /// Its name in `locale`, else the first name given, else its id.
        public func name(_ locale: String) -> String {
            names.first { $0.language == locale }?.text ?? names.first?.text ?? id
        }

        public static func == (a: NamedChannel, b: NamedChannel) -> Bool {
            a.id == b.id && a.needs == b.needs
                && a.names.map { [$0.language, $0.text] } == b.names.map { [$0.language, $0.text] }
        }
    }

    /// Steps on the quickest route to a channel with people; nil when no person is reachable.
    public var stepsToPerson: Int?
    /// Channels by who answers; `mixed` counts as people (a person is behind the bot).
    public var peopleChannels: Int
    public var botChannels: Int
    public var selfServiceChannels: Int
    public var unknownChannels: Int
    /// Channels with people whose hours the guide does not know.
    public var unknownHours: Int
    /// Channels with people whose hours are known.
    public var knownHours: Int
    /// When no channel with people is known to be open, on `timeZone`'s clock; empty when one
    /// always is, or when no hours are known (`knownHours == 0`).
    public var gaps: [WeekSpan]
    /// The zone identifier `gaps` is read in.
    public var timeZone: String?
    /// Channels that ask for an order or an earlier contact with the merchant first.
    public var needsFirst: [NamedChannel]

    public init(stepsToPerson: Int?, peopleChannels: Int, botChannels: Int, selfServiceChannels: Int, unknownChannels: Int,
                unknownHours: Int, knownHours: Int, gaps: [WeekSpan], timeZone: String?, needsFirst: [NamedChannel]) {
        self.stepsToPerson = stepsToPerson
        self.peopleChannels = peopleChannels
        self.botChannels = botChannels
        self.selfServiceChannels = selfServiceChannels
        self.unknownChannels = unknownChannels
        self.unknownHours = unknownHours
        self.knownHours = knownHours
        self.gaps = gaps
        self.timeZone = timeZone
        self.needsFirst = needsFirst
    }

    /// The summary of `guide`. Hours are read in the week of the guide's verified date, as the
    /// guide page reads them, so the answer does not change with the day of the build.
    public init(guide: Guide, routes: GuideRoutes) {
        stepsToPerson = routes.quickestRouteToPerson()?.route.steps.count
        var counts: [Staffing: Int] = [:]
        for channel in guide.channels {
            counts[channel.staffing == .mixed ? .people : channel.staffing, default: 0] += 1
        }
        peopleChannels = counts[.people] ?? 0
        botChannels = counts[.bot] ?? 0
        selfServiceChannels = counts[.selfService] ?? 0
        unknownChannels = counts[.unknown] ?? 0
        let days = guide.platform.verified?.date?.value.daysSinceEpoch ?? 0
        let person = PersonHours(guide: guide, reference: Date(timeIntervalSince1970: Double(days) * 86_400 + 43_200))
        unknownHours = person.unknown.count
        knownHours = person.known.count
        gaps = person.gaps
        timeZone = person.timeZone?.identifier
        needsFirst = guide.channels.compactMap { channel in
            let needs = channel.prerequisites.map(\.kind.value).filter { $0 == .order || $0 == .merchantContact }
            guard !needs.isEmpty else { return nil }
            return NamedChannel(id: channel.id.value, names: channel.name.entries, needs: needs)
        }
    }

    /// Whether some channel with people is known to be open at every hour of the week.
    public var personAlways: Bool { knownHours > 0 && gaps.isEmpty }

    /// The gaps in `locale`'s words with their zone ("Saturday and Sunday, all day (Beijing
    /// time)"); nil when there are none or the language has no phrasebook.
    public func gapWords(_ locale: String) -> String? {
        guard !gaps.isEmpty, let wording = WeekWording(locale: locale) else { return nil }
        let words = wording.spans(gaps)
        guard let zone = timeZone.flatMap(TimeZone.init(identifier:)) else { return words }
        return wording.phrases.inTimeZone(words, WeekWording.name(of: zone))
    }
}
