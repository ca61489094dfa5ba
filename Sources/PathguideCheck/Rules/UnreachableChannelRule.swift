import PathguideCore
import PathguideDiagnostics

/// Every channel must have a path from some surface's start: a channel nobody can navigate to
/// is a promise the guide cannot keep.
public struct UnreachableChannelRule: GuideRule {
    public static let description = RuleDescription(
        id: .unreachableChannel, defaultSeverity: .error, name: "Unreachable channel",
        summary: "Every support channel must be reachable from the start of some surface through actions and escalations.")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        // A part that failed to load, or a step to an id that is not there, is reported already.
        guard input.navigationIsWhole else { return [] }
        let guide = input.guide
        let graph = input.graph
        let reachable = graph.reachability().channels
        return guide.channels.enumerated().compactMap { i, channel in
            // A second channel with a taken id is not in the graph; the loader reports the duplicate.
            guard !reachable[i], graph.node(channel.id.value) == .channel(i) else { return nil }
            return diagnostic("channel '\(channel.id.value)' cannot be reached from the start of any surface",
                              at: channel.id.location,
                              explanation: "Add an action whose 'to' is '\(channel.id.value)' on a reachable screen, or an escalation to it from a reachable channel.")
        }
    }
}
