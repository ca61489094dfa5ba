import PathguideDiagnostics

/// A problem a customer has, and where to take it, in order.
public struct Scenario: Sendable {
    public var id: Located<String>
    public var topic: Located<Topic>
    public var title: LocalizedText
    /// Channel ids, the one to try first first.
    public var channels: [Located<String>]
    /// What to have ready: the order number, photos, screenshots of the error.
    public var prepare: [LocalizedText]
    public var ifItFails: LocalizedText?
    /// The route an author recommends; the checker proves it is a real walk.
    public var route: PinnedRoute?
    public var sources: [Located<String>]
    public var location: SourceLocation

    public init(id: Located<String>, topic: Located<Topic>, title: LocalizedText, channels: [Located<String>], prepare: [LocalizedText] = [], ifItFails: LocalizedText? = nil, route: PinnedRoute? = nil, sources: [Located<String>] = [], location: SourceLocation) {
        self.id = id
        self.topic = topic
        self.title = title
        self.channels = channels
        self.prepare = prepare
        self.ifItFails = ifItFails
        self.route = route
        self.sources = sources
        self.location = location
    }
}

/// A route written down by an author: a surface, then the ids of the screens and channels
/// passed through, ending at a channel.
public struct PinnedRoute: Sendable {
    public var surface: Located<String>
    /// Every node after the surface's start, in order; the last is a channel.
    public var through: [Located<String>]
    public var location: SourceLocation

    public init(surface: Located<String>, through: [Located<String>], location: SourceLocation) {
        self.surface = surface
        self.through = through
        self.location = location
    }
}

/// Advice on talking to support.
public struct Tip: Sendable {
    public var text: LocalizedText
    public var sources: [Located<String>]
    public var location: SourceLocation

    public init(text: LocalizedText, sources: [Located<String>] = [], location: SourceLocation) {
        self.text = text
        self.sources = sources
        self.location = location
    }
}

/// A symptom ("the support button is missing") and what to do about it.
public struct Trouble: Sendable {
    public var symptom: LocalizedText
    public var remedies: [LocalizedText]
    /// Channels to turn to when the remedies do not help.
    public var channels: [Located<String>]
    public var sources: [Located<String>]
    public var location: SourceLocation

    public init(symptom: LocalizedText, remedies: [LocalizedText], channels: [Located<String>] = [], sources: [Located<String>] = [], location: SourceLocation) {
        self.symptom = symptom
        self.remedies = remedies
        self.channels = channels
        self.sources = sources
        self.location = location
    }
}
