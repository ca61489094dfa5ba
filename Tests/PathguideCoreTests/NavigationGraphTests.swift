import PathguideCore
import PathguideLoader
import Testing

/// Two surfaces over one graph:
///
///     app: home ─tap 我─▶ me ─tap 设置─▶ settings ─tap 联系客服─▶ (centre) ─type 转人工─▶ (agent)
///           │                                                        ▲
///           └─tap 购物车─▶ cart ─tap 我的订单─▶ orders ─tap 客服─▶ (shop)  │
///                                                    (bot) ──────────┘ (shop escalates to bot)
///     web:  portal ─tap 帮助─▶ (centre)
@Suite struct NavigationGraphTests {
    let guide: Guide

    init() throws {
        func screen(_ id: String, _ actions: [(String, String)]) -> String {
            "  - id: \(id)\n    name: {zh: \(id), en: \(id)}\n    actions:\n" + actions.map { label, to in
                "      - {verb: tap, label: \(label), to: \(to)}\n"
            }.joined()
        }
        func channel(_ id: String, _ kind: String, escalations: [(String, String)] = []) -> String {
            var text = "  - id: \(id)\n    kind: \(kind)\n    name: {zh: \(id), en: \(id)}\n    operated-by: platform\n"
            if !escalations.isEmpty {
                text += "    escalations:\n" + escalations.map { label, to in "      - {verb: type, label: \(label), to: \(to)}\n" }.joined()
            }
            return text
        }
        let yaml = """
            format: 1
            languages: [zh, en]
            platform: {id: shop, name: {zh: 店, en: Shop}, ui-languages: [zh], verified: {date: "2026-11-20"}}
            sources: []
            surfaces:
              - {id: app, kind: mobile-app, name: {zh: 应用, en: App}, start: home}
              - {id: web, kind: website, name: {zh: 网站, en: Web}, start: portal}
            screens:

            """
            + screen("home", [("我", "me"), ("购物车", "cart")])
            + screen("me", [("设置", "settings")])
            + screen("settings", [("联系客服", "centre")])
            + screen("cart", [("我的订单", "orders")])
            + screen("orders", [("客服", "shop")])
            + screen("portal", [("帮助", "centre")])
            + screen("orphan", [("x", "agent")])
            + "channels:\n"
            + channel("centre", "platform-support", escalations: [("转人工", "agent")])
            + channel("agent", "human-agent")
            + channel("shop", "merchant-support", escalations: [("机器人", "bot")])
            + channel("bot", "smart-assistant", escalations: [("转人工", "agent")])
        let loaded = GuideLoader().load(text: yaml, file: "g.yaml")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        guide = try #require(loaded.guide)
    }

    func describe(_ route: Route?, in graph: NavigationGraph) -> String? {
        guard let route else { return nil }
        let surface = guide.surfaces[route.surface].id.value
        return ([surface] + route.steps.map { graph.action(for: $0).target.value }).joined(separator: " > ")
    }

    @Test func shortestRouteFromEachSurface() {
        let graph = NavigationGraph(guide: guide)
        #expect(graph.shortestRoutes(to: "agent").map { describe($0, in: graph)! } == [
            "app > me > settings > centre > agent",
            "web > centre > agent",
        ])
    }

    @Test func quickestRoutePicksFewestStepsOverAllSurfaces() {
        let graph = NavigationGraph(guide: guide)
        #expect(describe(graph.quickestRoute(to: "centre"), in: graph) == "web > centre")
        #expect(describe(graph.quickestRoute(to: "shop"), in: graph) == "app > cart > orders > shop")
        #expect(graph.quickestRoute(to: "nowhere") == nil)
    }

    @Test func alternativesAreShortestFirstAndBounded() {
        let graph = NavigationGraph(guide: guide)
        #expect(graph.routes(to: "agent", limit: 3, slack: 3).map { describe($0, in: graph)! } == [
            "web > centre > agent",
            "app > me > settings > centre > agent",
            "app > cart > orders > shop > bot > agent",
        ])
        #expect(graph.routes(to: "agent", limit: 2, slack: 3).count == 2)
        // With no slack only the quickest length is allowed, from every surface that achieves it.
        #expect(graph.routes(to: "agent", limit: 5, slack: 0).map { describe($0, in: graph)! } == ["web > centre > agent"])
    }

    @Test func reachabilityIgnoresScreensNoSurfaceLeadsTo() {
        let graph = NavigationGraph(guide: guide)
        let (screens, channels) = graph.reachability()
        #expect(zip(guide.screens.map(\.id.value), screens).filter { !$0.1 }.map(\.0) == ["orphan"])
        #expect(channels.allSatisfy { $0 })
    }

    @Test func quickestRouteToAPerson() throws {
        let graph = NavigationGraph(guide: guide)
        let best = try #require(graph.quickestRouteToPerson())
        #expect(guide.channels[best.channel].id.value == "centre")
        #expect(describe(best.route, in: graph) == "web > centre")
    }

    @Test func escalationClosureFollowsEscalationsOnly() {
        let graph = NavigationGraph(guide: guide)
        let shop = guide.channels.firstIndex { $0.id.value == "shop" }!
        #expect(graph.escalationClosure(of: shop).map { guide.channels[$0].id.value } == ["agent", "bot"])
    }

    @Test func stepBetweenNodes() {
        let graph = NavigationGraph(guide: guide)
        #expect(graph.step(from: "home", to: "cart") == .action(screen: 0, index: 1))
        #expect(graph.step(from: "bot", to: "agent") == .escalation(channel: 3, index: 0))
        #expect(graph.step(from: "home", to: "orders") == nil)
    }
}
