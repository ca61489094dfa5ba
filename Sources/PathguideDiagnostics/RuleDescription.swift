/// What a rule is, for reports that describe their rules (SARIF) and for the README's table.
public struct RuleDescription: Hashable, Sendable {
    /// The stable id printed in brackets after each message.
    public var id: RuleID
    /// The severity the rule reports at by default.
    public var defaultSeverity: Severity
    /// A short name: "Unreachable channel".
    public var name: String
    /// One or two sentences: what the rule requires and why.
    public var summary: String

    public init(id: RuleID, defaultSeverity: Severity, name: String, summary: String) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.name = name
        self.summary = summary
    }
}
