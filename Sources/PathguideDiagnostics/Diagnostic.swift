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
    public var ruleID: String
    public var severity: Severity
    /// Where the problem is; `nil` only when no file is involved (for example, no guides found).
    public var location: SourceLocation?
    /// One line, no trailing period, no file name (the printers add it).
    public var message: String
    /// Optional longer text: why this matters and how to fix it.
    public var explanation: String?
    public var notes: [Note]

    public init(
        ruleID: String,
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
    /// the rules ran in; diagnostics without a location come first.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case let (l?, r?) where l != r: return l < r
        default:
            return (lhs.severity, lhs.ruleID, lhs.message) < (rhs.severity, rhs.ruleID, rhs.message)
        }
    }
}
