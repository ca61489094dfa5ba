/// How serious a finding is. Errors fail `check`; warnings fail it only with `--strict`.
public enum Severity: String, Codable, Hashable, Sendable, Comparable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One finding: where, how serious, which rule, and what to do about it.
///
/// Modelled on compiler diagnostics: a one-line `message` that fits after `file:line:col: error:`,
/// an optional longer `explanation`, and `notes` that point at related places
/// (for a duplicate key, the first occurrence).
public struct Diagnostic: Hashable, Sendable {
    /// A secondary message attached to a diagnostic, usually pointing at another place.
    public struct Note: Hashable, Sendable {
        public var location: SourceLocation?
        public var message: String

        public init(location: SourceLocation?, message: String) {
            self.location = location
            self.message = message
        }
    }

    /// The stable rule id, such as `unreachable-channel`. Never renamed once published.
    public var ruleID: RuleID
    public var severity: Severity
    /// Where the problem is; `nil` only when no file is involved (for example, no guides found).
    public var location: SourceLocation?
    /// One line, no trailing period, no file name (the printers add it).
    public var message: String
    /// Optional longer text: why this matters and how to fix it.
    public var explanation: String?
    public var notes: [Note]

    public init(
        ruleID: RuleID,
        severity: Severity,
        location: SourceLocation?,
        message: String,
        explanation: String? = nil,
        notes: [Note] = []
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.location = location
        self.message = message
        self.explanation = explanation
        self.notes = notes
    }
}

extension Diagnostic: Comparable {
    /// Reports list diagnostics by file and position, so output is stable whatever order
    /// the rules ran in; diagnostics without a location come first. Diagnostics alike in
    /// place, severity, rule and message are ordered by explanation and notes, so that only
    /// equal diagnostics tie and a sort gives the same sequence from any starting order.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if let order = Self.order(lhs.location, rhs.location) { return order }
        if (lhs.severity, lhs.ruleID, lhs.message) != (rhs.severity, rhs.ruleID, rhs.message) {
            return (lhs.severity, lhs.ruleID, lhs.message) < (rhs.severity, rhs.ruleID, rhs.message)
        }
        if lhs.explanation != rhs.explanation {
            return (lhs.explanation ?? "") < (rhs.explanation ?? "") || (lhs.explanation == nil)
        }
        for (l, r) in zip(lhs.notes, rhs.notes) where l != r {
            if let order = Self.order(l.location, r.location) { return order }
            return l.message < r.message
        }
        return lhs.notes.count < rhs.notes.count
    }

    /// Places without a location first, then by `SourceLocation` order; `nil` when the places are equal.
    private static func order(_ lhs: SourceLocation?, _ rhs: SourceLocation?) -> Bool? {
        switch (lhs, rhs) {
        case (nil, .some): true
        case (.some, nil): false
        case let (l?, r?) where l != r: l < r
        default: nil
        }
    }
}
