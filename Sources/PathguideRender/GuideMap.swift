import PathguideCore

/// A guide's navigation paths as a picture would show them, in one reader language: the
/// surfaces and their start screens, the screens, the channels by who answers, and the actions
/// and escalations between them, labelled with the words the numbered steps use. The quickest
/// route to a person is marked on its nodes and edges.
///
/// Plain values, no layout: `PathguideMap` lays it out and draws it. Texts are plain, not
/// escaped; whoever draws them escapes them.
public struct GuideMap: Sendable, Equatable {
    /// What a node stands for.
    public enum Kind: Sendable, Equatable {
        /// A way in: the app, the website, a phone line.
        case surface
        case screen
        /// A support channel and who answers on it.
        case channel(Staffing)
    }

    /// A surface, screen or channel.
    public struct Node: Sendable, Equatable {
        /// Unique in the map and safe as an XML id: `surface-0`, `screen-3`, `channel-1` (by
        /// index in the guide, since guide ids are data).
        public var key: String
        public var kind: Kind
        /// The name, as the steps write it.
        public var name: String
        /// A second line: who answers on a channel; nil for other nodes.
        public var note: String?
        /// The fragment of the channel's section on the guide page (`channel-human-agent`).
        public var anchor: String?
        /// Whether the quickest route to a person passes here.
        public var isOnQuickestRoute: Bool
    }

    /// What an edge stands for.
    public enum EdgeKind: Sendable, Equatable {
        /// From a surface to its start screen.
        case start
        /// A screen's action.
        case action
        /// A channel's escalation to another channel.
        case escalation
    }

    /// One step, or a group of steps that differ only in their label.
    public struct Edge: Sendable, Equatable {
        public var from: String
        public var to: String
        public var kind: EdgeKind
        /// The words on the button (「我的淘宝」 ("My Taobao"), 「转人工」 or 「人工客服」) or what to
        /// type; nil when the step names nothing on screen.
        public var label: String?
        public var isOnQuickestRoute: Bool
    }

    /// The reader's language, such as `zh` or `en`.
    public var locale: String
    /// The picture's accessible name.
    public var title: String
    /// What the picture shows, in a sentence or three.
    public var description: String
    /// Surfaces, then screens, then channels, each in guide order.
    public var nodes: [Node]
    /// Start edges in surface order, then actions by screen, then escalations by channel.
    public var edges: [Edge]

    public init(locale: String, title: String, description: String, nodes: [Node], edges: [Edge]) {
        self.locale = locale
        self.title = title
        self.description = description
        self.nodes = nodes
        self.edges = edges
    }
}
