import PathguideDiagnostics

/// A part of a guide, by its position in the guide's lists.
public enum GuideElement: Hashable, Sendable {
    case platform
    case region(Int)
    case source(Int)
    case surface(Int)
    case screen(Int)
    case action(screen: Int, index: Int)
    case channel(Int)
    case escalation(channel: Int, index: Int)
    case hours(channel: Int)
    case prerequisite(channel: Int, index: Int)
    case contact(channel: Int, index: Int)
    case scenario(Int)
    case tip(Int)
    case troubleshooting(Int)
}

/// One part of a guide seen the same way as every other part: what to call it in a message,
/// its id, its texts, its label, and the sources and regions it names.
///
/// Rules that care about every text or every reference walk `Guide.parts`, so the shape of the
/// guide is spelt out once, here, and a new kind of text cannot be forgotten by one rule only.
public struct GuidePart: Sendable {
    /// One text of a part, with the key it is written under.
    public struct Field: Sendable {
        public var key: String
        /// The 1-based position in a list of texts (`prepare`, `remedies`); `nil` for a single text.
        public var item: Int?
        public var text: LocalizedText

        public init(key: String, item: Int? = nil, text: LocalizedText) {
            self.key = key
            self.item = item
            self.text = text
        }

        /// How the field reads in a message: `'name'`, `'prepare' item 2`.
        public var name: String { item.map { "'\(key)' item \($0)" } ?? "'\(key)'" }

        /// A gloss explains a label to readers whose language the app's UI does not show, so it
        /// is needed only in those languages.
        public var isGloss: Bool { key == "gloss" }
    }

    public var element: GuideElement
    /// How the part reads in a message: `channel 'agent'`, `action to 'cart' on screen 'home'`, `tip 2`.
    public var name: String
    /// Where the part starts.
    public var location: SourceLocation
    /// The id the part declares, for parts that have one.
    public var id: Located<String>?
    public var texts: [Field]
    /// The label of an action or escalation.
    public var label: Located<String>?
    /// `nil` for parts that have no `source` key; otherwise the sources named, possibly none.
    public var sources: [Located<String>]?
    public var regions: [Located<String>]

    public init(element: GuideElement, name: String, location: SourceLocation, id: Located<String>? = nil, texts: [Field] = [], label: Located<String>? = nil, sources: [Located<String>]? = nil, regions: [Located<String>] = []) {
        self.element = element
        self.name = name
        self.location = location
        self.id = id
        self.texts = texts
        self.label = label
        self.sources = sources
        self.regions = regions
    }

    /// What kind of thing the part is, as a message says it: `channel`, `troubleshooting entry`.
    public var kind: String {
        switch element {
        case .platform: "platform"
        case .region: "region"
        case .source: "source"
        case .surface: "surface"
        case .screen: "screen"
        case .action: "action"
        case .channel: "channel"
        case .escalation: "escalation"
        case .hours: "hours"
        case .prerequisite: "prerequisite"
        case .contact: "contact"
        case .scenario: "scenario"
        case .tip: "tip"
        case .troubleshooting: "troubleshooting entry"
        }
    }
}

extension Guide {
    /// Every part of the guide in the order it is written (per list), each nested part right
    /// after the part that holds it.
    public var parts: [GuidePart] {
        var parts: [GuidePart] = []
        func fields(_ named: [(String, LocalizedText?)]) -> [GuidePart.Field] {
            named.compactMap { key, text in text.map { GuidePart.Field(key: key, text: $0) } }
        }
        func items(_ key: String, _ texts: [LocalizedText]) -> [GuidePart.Field] {
            texts.enumerated().map { GuidePart.Field(key: key, item: $0.offset + 1, text: $0.element) }
        }
        func action(_ action: Action, _ element: GuideElement, on owner: String) -> GuidePart {
            let kind = if case .escalation = element { "escalation" } else { "action" }
            return GuidePart(element: element, name: "\(kind) to '\(action.target.value)' on \(owner)", location: action.location,
                             texts: fields([("gloss", action.gloss), ("input", action.input), ("when", action.condition), ("note", action.note)]),
                             label: action.label, sources: action.sources, regions: action.regions)
        }

        parts.append(GuidePart(element: .platform, name: "platform '\(platform.id.value)'", location: platform.location,
                               id: platform.id, texts: fields([("name", platform.name)])))
        for (i, region) in platform.regions.enumerated() {
            parts.append(GuidePart(element: .region(i), name: "region '\(region.id.value)'", location: region.location,
                                   id: region.id, texts: fields([("name", region.name), ("note", region.note)])))
        }
        for (i, source) in sources.enumerated() {
            parts.append(GuidePart(element: .source(i), name: "source '\(source.id.value)'", location: source.location,
                                   id: source.id, texts: fields([("title", source.title)])))
        }
        for (i, surface) in surfaces.enumerated() {
            parts.append(GuidePart(element: .surface(i), name: "surface '\(surface.id.value)'", location: surface.location,
                                   id: surface.id, texts: fields([("name", surface.name), ("note", surface.note)]),
                                   sources: surface.sources, regions: surface.regions))
        }
        for (s, screen) in screens.enumerated() {
            let name = "screen '\(screen.id.value)'"
            parts.append(GuidePart(element: .screen(s), name: name, location: screen.location, id: screen.id,
                                   texts: fields([("name", screen.name), ("note", screen.note)]), sources: screen.sources))
            for (a, step) in screen.actions.enumerated() {
                parts.append(action(step, .action(screen: s, index: a), on: name))
            }
        }
        for (c, channel) in channels.enumerated() {
            let name = "channel '\(channel.id.value)'"
            parts.append(GuidePart(element: .channel(c), name: name, location: channel.location, id: channel.id,
                                   texts: fields([("name", channel.name), ("description", channel.description), ("queue", channel.queue)]),
                                   sources: channel.sources, regions: channel.regions))
            if let hours = channel.hours {
                parts.append(GuidePart(element: .hours(channel: c), name: "hours of \(name)", location: hours.location,
                                       texts: fields([("note", hours.note)]), sources: hours.sources))
            }
            for (p, prerequisite) in channel.prerequisites.enumerated() {
                parts.append(GuidePart(element: .prerequisite(channel: c, index: p),
                                       name: "prerequisite '\(prerequisite.kind.value.rawValue)' of \(name)",
                                       location: prerequisite.location, texts: fields([("note", prerequisite.note)])))
            }
            for (e, escalation) in channel.escalations.enumerated() {
                parts.append(action(escalation, .escalation(channel: c, index: e), on: name))
            }
            for (k, contact) in channel.contacts.enumerated() {
                parts.append(GuidePart(element: .contact(channel: c, index: k), name: "\(contact.kind.value.rawValue) contact of \(name)",
                                       location: contact.location, texts: fields([("note", contact.note)]), sources: contact.sources))
            }
        }
        for (i, scenario) in scenarios.enumerated() {
            parts.append(GuidePart(element: .scenario(i), name: "scenario '\(scenario.id.value)'", location: scenario.location,
                                   id: scenario.id,
                                   texts: fields([("title", scenario.title)]) + items("prepare", scenario.prepare) + fields([("if-it-fails", scenario.ifItFails)]),
                                   sources: scenario.sources))
        }
        for (i, tip) in tips.enumerated() {
            parts.append(GuidePart(element: .tip(i), name: "tip \(i + 1)", location: tip.location,
                                   texts: fields([("text", tip.text)]), sources: tip.sources))
        }
        for (i, trouble) in troubleshooting.enumerated() {
            parts.append(GuidePart(element: .troubleshooting(i), name: "troubleshooting entry \(i + 1)", location: trouble.location,
                                   texts: fields([("symptom", trouble.symptom)]) + items("remedies", trouble.remedies),
                                   sources: trouble.sources))
        }
        return parts
    }
}
