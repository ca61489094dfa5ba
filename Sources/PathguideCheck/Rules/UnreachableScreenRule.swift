import PathguideCore
import PathguideDiagnostics

/// Every screen should be reachable from some surface's start. An unreachable screen is usually
/// a missing action or a misspelt `to`; its own actions then describe paths nobody can take.
public struct UnreachableScreenRule: GuideRule {
    public static let description = RuleDescription(
        id: .unreachableScreen, defaultSeverity: .warning, name: "Unreachable screen",
        summary: "Every screen should be reachable from the start of some surface through actions.")

    public init() {}

    public func check(_ input: RuleInput) -> [Diagnostic] {
        // A part that failed to load, or a step to an id that is not there, is reported already.
        guard input.navigationIsWhole else { return [] }
        let guide = input.guide
        let graph = input.graph
        let reachable = graph.reachability().screens
        return guide.screens.enumerated().compactMap { i, screen in
            // A second screen with a taken id is not in the graph; the loader reports the duplicate.
            guard !reachable[i], graph.node(screen.id.value) == .screen(i) else { return nil }
            return diagnostic("screen '\(screen.id.value)' cannot be reached from the start of any surface",
                              at: screen.id.location,
                              explanation: "Add an action whose 'to' is '\(screen.id.value)' on a reachable screen, make it the 'start' of a surface, or remove it.")
        }
    }
}
