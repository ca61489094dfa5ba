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
    public var name: String {
        get { naming.text }
        set { naming = .text(newValue) }
    }
    /// What `name` is made of; spelt out only when a message asks, since most parts are fine.
    private var naming: Naming
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
        self.naming = .text(name)
        self.location = location
        self.id = id
        self.texts = texts
        self.label = label
        self.sources = sources
        self.regions = regions
    }

    init(element: GuideElement, naming: Naming, location: SourceLocation, id: Located<String>? = nil, texts: [Field] = [], label: Located<String>? = nil, sources: [Located<String>]? = nil, regions: [Located<String>] = []) {
        self.element = element
        self.naming = naming
        self.location = location
        self.id = id
        self.texts = texts
        self.label = label
        self.sources = sources
        self.regions = regions
    }

    /// The pieces of a part's name.
    enum Naming: Sendable {
        case text(String)
        /// `screen 'home'`
        case entity(StaticString, id: String)
        /// `action to 'cart' on screen 'home'`
        case step(StaticString, target: String, owner: StaticString, ownerID: String)
        /// `hours of channel 'agent'`, `prerequisite 'order' of channel 'agent'`
        case ofChannel(StaticString, id: String)
        case prerequisite(String, channelID: String)
        /// `phone contact of channel 'hotline'`
        case contact(String, channelID: String)
        /// `tip 2`
        case numbered(StaticString, Int)

        var text: String {
            switch self {
            case .text(let text): text
            case let .entity(kind, id): "\(kind) '\(id)'"
            case let .step(kind, target, owner, ownerID): "\(kind) to '\(target)' on \(owner) '\(ownerID)'"
            case let .ofChannel(what, id): "\(what) of channel '\(id)'"
            case let .prerequisite(kind, id): "prerequisite '\(kind)' of channel '\(id)'"
            case let .contact(kind, id): "\(kind) contact of channel '\(id)'"
            case let .numbered(kind, n): "\(kind) \(n)"
            }
        }
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
        parts.reserveCapacity(1 + platform.regions.count + sources.count + surfaces.count + screens.count * 5
                              + channels.count * 6 + scenarios.count + tips.count + troubleshooting.count)
        func fields(_ k1: String, _ t1: LocalizedText?, _ k2: String = "", _ t2: LocalizedText? = nil,
                    _ k3: String = "", _ t3: LocalizedText? = nil, _ k4: String = "", _ t4: LocalizedText? = nil) -> [GuidePart.Field] {
            var fields: [GuidePart.Field] = []
            let count = (t1 == nil ? 0 : 1) + (t2 == nil ? 0 : 1) + (t3 == nil ? 0 : 1) + (t4 == nil ? 0 : 1)
            guard count > 0 else { return fields }
            fields.reserveCapacity(count)
            if let t1 { fields.append(GuidePart.Field(key: k1, text: t1)) }
            if let t2 { fields.append(GuidePart.Field(key: k2, text: t2)) }
            if let t3 { fields.append(GuidePart.Field(key: k3, text: t3)) }
            if let t4 { fields.append(GuidePart.Field(key: k4, text: t4)) }
            return fields
        }
        func items(_ key: String, _ texts: [LocalizedText], into fields: inout [GuidePart.Field]) {
            for (i, text) in texts.enumerated() { fields.append(GuidePart.Field(key: key, item: i + 1, text: text)) }
        }
        func action(_ action: Action, _ element: GuideElement, owner: StaticString, ownerID: String) -> GuidePart {
            let kind: StaticString = if case .escalation = element { "escalation" } else { "action" }
            return GuidePart(element: element, naming: .step(kind, target: action.target.value, owner: owner, ownerID: ownerID),
                             location: action.location,
                             texts: fields("gloss", action.gloss, "input", action.input, "when", action.condition, "note", action.note),
                             label: action.label, sources: action.sources, regions: action.regions)
        }

        parts.append(GuidePart(element: .platform, naming: .entity("platform", id: platform.id.value), location: platform.location,
                               id: platform.id, texts: fields("name", platform.name)))
        for (i, region) in platform.regions.enumerated() {
            parts.append(GuidePart(element: .region(i), naming: .entity("region", id: region.id.value), location: region.location,
                                   id: region.id, texts: fields("name", region.name, "note", region.note)))
        }
        for (i, source) in sources.enumerated() {
            parts.append(GuidePart(element: .source(i), naming: .entity("source", id: source.id.value), location: source.location,
                                   id: source.id, texts: fields("title", source.title)))
        }
        for (i, surface) in surfaces.enumerated() {
            parts.append(GuidePart(element: .surface(i), naming: .entity("surface", id: surface.id.value), location: surface.location,
                                   id: surface.id, texts: fields("name", surface.name, "note", surface.note),
                                   sources: surface.sources, regions: surface.regions))
        }
        // Screens and channels are read in place by index: copying each whole one costs more
        // than the parts taken from it.
        for s in screens.indices {
            let id = screens[s].id
            parts.append(GuidePart(element: .screen(s), naming: .entity("screen", id: id.value), location: screens[s].location,
                                   id: id, texts: fields("name", screens[s].name, "note", screens[s].note), sources: screens[s].sources))
            let actions = screens[s].actions
            for a in actions.indices {
                parts.append(action(actions[a], .action(screen: s, index: a), owner: "screen", ownerID: id.value))
            }
        }
        for c in channels.indices {
            let id = channels[c].id.value
            parts.append(GuidePart(element: .channel(c), naming: .entity("channel", id: id), location: channels[c].location, id: channels[c].id,
                                   texts: fields("name", channels[c].name, "description", channels[c].description, "queue", channels[c].queue),
                                   sources: channels[c].sources, regions: channels[c].regions))
            if let hours = channels[c].hours {
                parts.append(GuidePart(element: .hours(channel: c), naming: .ofChannel("hours", id: id), location: hours.location,
                                       texts: fields("note", hours.note), sources: hours.sources))
            }
            let prerequisites = channels[c].prerequisites
            for p in prerequisites.indices {
                parts.append(GuidePart(element: .prerequisite(channel: c, index: p),
                                       naming: .prerequisite(prerequisites[p].kind.value.rawValue, channelID: id),
                                       location: prerequisites[p].location, texts: fields("note", prerequisites[p].note)))
            }
            let escalations = channels[c].escalations
            for e in escalations.indices {
                parts.append(action(escalations[e], .escalation(channel: c, index: e), owner: "channel", ownerID: id))
            }
            let contacts = channels[c].contacts
            for k in contacts.indices {
                parts.append(GuidePart(element: .contact(channel: c, index: k), naming: .contact(contacts[k].kind.value.rawValue, channelID: id),
                                       location: contacts[k].location, texts: fields("note", contacts[k].note), sources: contacts[k].sources))
            }
        }
        for (i, scenario) in scenarios.enumerated() {
            var texts: [GuidePart.Field] = []
            texts.reserveCapacity(2 + scenario.prepare.count)
            texts.append(GuidePart.Field(key: "title", text: scenario.title))
            items("prepare", scenario.prepare, into: &texts)
            if let ifItFails = scenario.ifItFails { texts.append(GuidePart.Field(key: "if-it-fails", text: ifItFails)) }
            parts.append(GuidePart(element: .scenario(i), naming: .entity("scenario", id: scenario.id.value), location: scenario.location,
                                   id: scenario.id, texts: texts, sources: scenario.sources))
        }
        for (i, tip) in tips.enumerated() {
            parts.append(GuidePart(element: .tip(i), naming: .numbered("tip", i + 1), location: tip.location,
                                   texts: fields("text", tip.text), sources: tip.sources))
        }
        for (i, trouble) in troubleshooting.enumerated() {
            var texts: [GuidePart.Field] = []
            texts.reserveCapacity(1 + trouble.remedies.count)
            texts.append(GuidePart.Field(key: "symptom", text: trouble.symptom))
            items("remedies", trouble.remedies, into: &texts)
            parts.append(GuidePart(element: .troubleshooting(i), naming: .numbered("troubleshooting entry", i + 1), location: trouble.location,
                                   texts: texts, sources: trouble.sources))
        }
        return parts
    }
}

extension GuideElement {
    /// What the element's id declares; `nil` for elements outside the shared namespace (the
    /// platform id, which nothing may refer to, and parts without ids).
    public var declaredKind: DeclaredKind? {
        switch self {
        case .region: .region
        case .source: .source
        case .surface: .surface
        case .screen: .screen
        case .channel: .channel
        case .scenario: .scenario
        case .platform, .action, .escalation, .hours, .prerequisite, .contact, .tip, .troubleshooting: nil
        }
    }
}
