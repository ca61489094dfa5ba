import PathguideDiagnostics

/// The kinds of part that declare an id in the guide's shared namespace.
public enum DeclaredKind: Hashable, Sendable {
    case region, source, surface, screen, channel, scenario

    /// As a message says it: `channel`.
    public var name: String {
        switch self {
        case .region: "region"
        case .source: "source"
        case .surface: "surface"
        case .screen: "screen"
        case .channel: "channel"
        case .scenario: "scenario"
        }
    }
}

/// A part of a guide the loader could not build (a required key missing, a value of the wrong
/// type or kind), which the loader has reported.
///
/// It is kept so that rules do not reason from its absence: a reference to its id is not
/// dangling, and a graph it would have been part of is not judged as if it were whole.
public struct UnloadedPart: Sendable {
    public enum Kind: Hashable, Sendable {
        case declaring(DeclaredKind)
        case action, escalation, hours
        /// The platform's `verified` date.
        case verifiedDate
        case other
    }

    public var kind: Kind
    /// The id, when the part had a readable one.
    public var id: Located<String>?
    public var location: SourceLocation

    public init(kind: Kind, id: Located<String>? = nil, location: SourceLocation) {
        self.kind = kind
        self.id = id
        self.location = location
    }

    /// Whether the navigation graph would have held it, or an edge of it.
    public var isNavigation: Bool {
        switch kind {
        case .declaring(.surface), .declaring(.screen), .declaring(.channel), .action, .escalation: true
        case .declaring, .hours, .verifiedDate, .other: false
        }
    }
}
