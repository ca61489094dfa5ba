import Foundation
import PathguideCheck
import PathguideCore
import PathguideLoader
import Testing

/// One guide from the repository's `guides/` folder, loaded and checked, for content tests.
struct RepositoryGuide {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let guide: Guide
    let graph: NavigationGraph

    /// Loads `guides/<id>.yaml`; the loader and every rule must find nothing at all, but for the
    /// note on when nobody is known to answer, which `HoursTests` states exactly.
    init(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let path = Self.root.appendingPathComponent("guides/\(id).yaml").path
        let loaded = GuideLoader().load(contentsOf: path, displayPath: "guides/\(id).yaml")
        #expect(loaded.diagnostics.map(\.message) == [], sourceLocation: sourceLocation)
        let guide = try #require(loaded.guide, sourceLocation: sourceLocation)
        let today = LocalDate(year: 2026, month: 11, day: 24)
        let findings = Checker(context: CheckContext(today: today)).check(guide).filter { $0.ruleID != .hoursGap }
        #expect(findings.map { "\($0.location?.description ?? ""): \($0.message) [\($0.ruleID)]" } == [], sourceLocation: sourceLocation)
        self.guide = guide
        self.graph = NavigationGraph(guide: guide)
    }

    /// The channel with this id, which must exist, be reachable from a surface, and name `source`.
    @discardableResult
    func expectChannel(_ id: String, kind: ChannelKind, source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Channel? {
        guard let channel = guide.channel(id) else {
            Issue.record("no channel '\(id)' in \(guide.file)", sourceLocation: sourceLocation)
            return nil
        }
        #expect(channel.kind.value == kind, "channel '\(id)'", sourceLocation: sourceLocation)
        #expect(graph.quickestRoute(to: id) != nil, "channel '\(id)' is not reachable", sourceLocation: sourceLocation)
        #expect(channel.sources.map(\.value).contains(source), "channel '\(id)' does not cite \(source)", sourceLocation: sourceLocation)
        return channel
    }

    /// The source id whose `file` is the article's file name.
    func source(file: String) -> String? {
        guide.sources.first { $0.file?.value == file }?.id.value
    }

    /// Every label on every action and escalation, for "the article's button is in the guide" checks.
    var labels: Set<String> {
        Set(guide.screens.flatMap(\.actions).compactMap(\.label?.value)
            + guide.channels.flatMap(\.escalations).compactMap(\.label?.value))
    }
}
