import PathguideCore
@testable import PathguideRender
import Testing

/// One set of remembered routes per guide gives every renderer of it the answers the graph gives.
@Suite struct GuideRoutesTests {
    @Test(arguments: GuideSnapshotTests.platforms)
    func answersAreTheGraphsAnswers(platform: String) throws {
        let guide = try #require(repositoryGuide(platform)?.guide)
        let graph = NavigationGraph(guide: guide)
        let routes = GuideRoutes(guide: guide)
        // Asked twice: the second answer comes from what was remembered.
        for _ in 0..<2 {
            for channel in guide.channels {
                let id = channel.id.value
                #expect(routes.shortestRoutes(to: id) == graph.shortestRoutes(to: id))
                #expect(routes.quickestRoute(to: id) == graph.quickestRoute(to: id))
                #expect(routes.routes(to: id, limit: 5, slack: 2) == graph.routes(to: id, limit: 5, slack: 2))
                #expect(routes.routes(to: id, limit: 2, slack: 1) == graph.routes(to: id, limit: 2, slack: 1))
            }
            #expect(routes.quickestRouteToPerson()?.channel == graph.quickestRouteToPerson()?.channel)
            #expect(routes.quickestRouteToPerson()?.route == graph.quickestRouteToPerson()?.route)
        }
        #expect(routes.shortestRoutes(to: "no-such-channel") == [])
    }

    @Test(arguments: GuideSnapshotTests.platforms)
    func sharedRoutesRenderTheSameDocuments(platform: String) throws {
        let guide = try #require(repositoryGuide(platform)?.guide)
        let shared = GuideRoutes(guide: guide)
        for locale in guide.languages.map(\.value) {
            let alone = try GuideRenderer(guide: guide, locale: locale)
            let sharing = try GuideRenderer(guide: guide, locale: locale, routes: shared)
            #expect(sharing.guide() == alone.guide())
            #expect(sharing.sheet() == alone.sheet())
        }
    }
}
