import PathguideCore
import PathguideDiagnostics

/// Always a human: a customer who ends up with a bot must have a way on to a person, through
/// escalations alone. A guide that leads to a bot and stops there leaves people stuck exactly
/// where they most need help.
public struct BotWithoutHumanRule: GuideRule {
    public static let description = RuleDescription(
        id: .botWithoutHuman, defaultSeverity: .error, name: "Bot without a human",
        summary: "Every channel answered by a bot must lead, through escalations, to a channel where people answer.")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        // A part that failed to load, or a step to an id that is not there, is reported already.
        guard input.navigationIsWhole else { return [] }
        let guide = input.guide
        let graph = input.graph
        return guide.channels.enumerated().compactMap { i, channel in
            guard channel.staffing == .bot else { return nil }
            let onward = graph.escalationClosure(of: i).map { guide.channels[$0] }
            guard !onward.contains(where: { $0.staffing.hasPeople }) else { return nil }
            let reached = onward.map { "'\($0.id.value)' (\($0.staffing.rawValue))" }
            let note = reached.isEmpty
                ? "it has no escalations"
                : "its escalations reach only \(Wording.list(reached))"
            return diagnostic("channel '\(channel.id.value)' is answered by a bot and has no way on to a person",
                              at: channel.id.location,
                              explanation: "Add an escalation (typing 转人工, for example) to a channel staffed by people, or set 'staffed-by' if people answer here too.",
                              notes: [Diagnostic.Note(location: nil, message: note)])
        }
    }
}
