import PathguideDiagnostics

/// A place a customer starts from: an app, a website, an official account.
public struct Surface: Sendable {
    public var id: Located<String>
    public var kind: Located<SurfaceKind>
    public var name: LocalizedText
    /// The screen (or channel, for a phone line) the customer is on when they open it.
    public var start: Located<String>
    public var url: Located<String>?
    public var note: LocalizedText?
    public var regions: [Located<String>]
    public var sources: [Located<String>]
    public var location: SourceLocation

    public init(id: Located<String>, kind: Located<SurfaceKind>, name: LocalizedText, start: Located<String>, url: Located<String>? = nil, note: LocalizedText? = nil, regions: [Located<String>] = [], sources: [Located<String>] = [], location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.name = name
        self.start = start
        self.url = url
        self.note = note
        self.regions = regions
        self.sources = sources
        self.location = location
    }
}

/// A screen of an app or a page of a website, with the actions that lead on from it.
public struct Screen: Sendable {
    public var id: Located<String>
    public var name: LocalizedText
    public var note: LocalizedText?
    public var actions: [Action]
    public var sources: [Located<String>]
    public var location: SourceLocation

    public init(id: Located<String>, name: LocalizedText, note: LocalizedText? = nil, actions: [Action] = [], sources: [Located<String>] = [], location: SourceLocation) {
        self.id = id
        self.name = name
        self.note = note
        self.actions = actions
        self.sources = sources
        self.location = location
    }
}

/// One step: do `verb` on the element labelled `label` at `position`, and arrive at `target`.
///
/// Used both for actions on screens and for escalations between channels
/// (type 转人工 in the assistant's chat → a human agent).
public struct Action: Sendable {
    public var verb: Located<Verb>
    /// The text exactly as the UI shows it, in one of the platform's UI languages;
    /// for `type`, `search` and `ask`, the words to enter.
    public var label: Located<String>?
    /// What the label means, for readers whose language the UI does not show.
    public var gloss: LocalizedText?
    /// What to enter when it is not fixed words: "the shop's name". For `type`, `search` and `ask`.
    public var input: LocalizedText?
    public var position: Located<ScreenPosition>?
    /// The id of the screen or channel this leads to.
    public var target: Located<String>
    /// Only some of the time: "if the shop offers it", "after a refused refund".
    public var condition: LocalizedText?
    public var note: LocalizedText?
    public var regions: [Located<String>]
    public var sources: [Located<String>]
    public var location: SourceLocation

    public init(verb: Located<Verb>, label: Located<String>? = nil, gloss: LocalizedText? = nil, input: LocalizedText? = nil, position: Located<ScreenPosition>? = nil, target: Located<String>, condition: LocalizedText? = nil, note: LocalizedText? = nil, regions: [Located<String>] = [], sources: [Located<String>] = [], location: SourceLocation) {
        self.verb = verb
        self.label = label
        self.gloss = gloss
        self.input = input
        self.position = position
        self.target = target
        self.condition = condition
        self.note = note
        self.regions = regions
        self.sources = sources
        self.location = location
    }
}
