import PathguideCore
import PathguideDiagnostics

/// Ids share one namespace per guide (an action's `to` may name a screen or a channel, and ids
/// become anchors), so a second use of an id anywhere is reported at the second place.
///
/// An alias that repeats a whole entity repeats its id from the same place; that is reported
/// once, at the id, with a note at each repeat, like any other problem in a repeated block.
enum DuplicateIDs {
    static func report(in guide: Guide, into context: DecodeContext) {
        var first: [String: (kind: String, location: SourceLocation)] = [:]
        var repeats: [SourceLocation: (id: String, kind: String, at: [SourceLocation])] = [:]
        var repeated: [SourceLocation] = []
        func visit(_ id: Located<String>, _ kind: String, _ entity: SourceLocation) {
            guard let earlier = first[id.value] else {
                first[id.value] = (kind, id.location)
                return
            }
            if earlier.location == id.location {
                if repeats[id.location] == nil { repeated.append(id.location) }
                repeats[id.location, default: (id.value, kind, [])].at.append(entity)
            } else {
                context.report(.duplicateID, at: id.location, "id '\(id.value)' is already used by a \(earlier.kind)",
                               notes: [Diagnostic.Note(location: earlier.location, message: "first used here")])
            }
        }
        // By index, reading only the id: copying whole channels and screens would cost more.
        for i in guide.sources.indices { visit(guide.sources[i].id, "source", guide.sources[i].location) }
        for i in guide.platform.regions.indices { visit(guide.platform.regions[i].id, "region", guide.platform.regions[i].location) }
        for i in guide.surfaces.indices { visit(guide.surfaces[i].id, "surface", guide.surfaces[i].location) }
        for i in guide.screens.indices { visit(guide.screens[i].id, "screen", guide.screens[i].location) }
        for i in guide.channels.indices { visit(guide.channels[i].id, "channel", guide.channels[i].location) }
        for i in guide.scenarios.indices { visit(guide.scenarios[i].id, "scenario", guide.scenarios[i].location) }
        for location in repeated {
            guard let (id, kind, places) = repeats[location] else { continue }
            let notes = AliasedBlocks.notes("repeated here", at: places, of: places.count)
            context.report(.duplicateID, at: location, "id '\(id)' is used more than once: an alias repeats this \(kind)", notes: notes)
        }
    }

    /// Platform ids across guides: two guides for one platform would write the same output file.
    static func acrossGuides(_ guides: [Guide]) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for guide in guides {
            let id = guide.platform.id
            if let earlier = first[id.value] {
                diagnostics.append(Diagnostic(ruleID: .duplicateID, severity: .error, location: id.location,
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
