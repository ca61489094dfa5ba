import PathguideCore
import PathguideDiagnostics

/// Ids share one namespace per guide (an action's `to` may name a screen or a channel, and ids
/// become anchors), so a second use of an id anywhere is reported at the second place.
enum DuplicateIDs {
    static func report(in guide: Guide, into context: DecodeContext) {
        var first: [String: (kind: String, location: SourceLocation)] = [:]
        func visit(_ id: Located<String>, _ kind: String) {
            if let earlier = first[id.value] {
                context.report(.duplicateID, at: id.location, "id '\(id.value)' is already used by a \(earlier.kind)",
                               notes: [Diagnostic.Note(location: earlier.location, message: "first used here")])
            } else {
                first[id.value] = (kind, id.location)
            }
        }
        guide.sources.forEach { visit($0.id, "source") }
        guide.platform.regions.forEach { visit($0.id, "region") }
        guide.surfaces.forEach { visit($0.id, "surface") }
        guide.screens.forEach { visit($0.id, "screen") }
        guide.channels.forEach { visit($0.id, "channel") }
        guide.scenarios.forEach { visit($0.id, "scenario") }
    }

    /// Platform ids across guides: two guides for one platform would write the same output file.
    static func acrossGuides(_ guides: [Guide]) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for guide in guides {
            let id = guide.platform.id
            if let earlier = first[id.value] {
                diagnostics.append(Diagnostic(ruleID: LoaderRule.duplicateID.rawValue, severity: .error, location: id.location,
                                              message: "platform id '\(id.value)' is already used by another guide",
                                              notes: [Diagnostic.Note(location: earlier, message: "first used here")]))
            } else {
                first[id.value] = id.location
            }
        }
        return diagnostics
    }
}

extension GuideLoader {
    /// Platform ids must be unique across all guides checked together: each names output files.
    public static func duplicatePlatformIDs(_ guides: [Guide]) -> [Diagnostic] {
        DuplicateIDs.acrossGuides(guides)
    }
}
