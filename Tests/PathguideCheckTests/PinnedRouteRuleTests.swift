import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct PinnedRouteRuleTests {
    let rule = PinnedRouteRule()

    /// A scenario routed to `agent` with the given `route:` value.
    func scenario(_ route: String, channels: String = "[agent]") -> String {
        """
        scenarios:
          - id: refund
            topic: refund-return
            title: {zh: 退款, en: Refund}
            channels: \(channels)
            route: \(route)
            source: article
        """
    }

    /// A misspelt scenario channel may be the one the route ends at: dangling-reference reports
    /// it, and the route is not faulted for it.
    @Test func aRouteEndingAtAMisspeltScenarioChannelIsLeftAlone() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            extra: scenario("{surface: app, through: [assistant, agent]}", channels: "[agnt]")))
        #expect(marked.findings(by: rule) == [])
    }

    /// When a step of the graph leads nowhere, no route through the graph is judged.
    @Test func noRouteIsJudgedWhileAStepLeadsNowhere() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            channels: GuideText.channels.replacingOccurrences(of: "to: agent", with: "to: agnt"),
            extra: scenario("{surface: app, through: [agent]}")))
        #expect(marked.findings(by: rule) == [])
    }

    @Test func firstStepMustLeaveTheSurfaceStart() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            surfaces: GuideText.surfaces.replacingOccurrences(of: "start: home", with: "start: 2️⃣home"),
            extra: scenario("{surface: app, through: [1️⃣agent]}")))
        let diagnostics = marked.diagnostics(of: rule)
        #expect(diagnostics.map(Finding.init) == [
            marked.error(.invalidRoute, at: "1️⃣", "no action on screen 'home' leads to 'agent'"),
        ])
        #expect(diagnostics.first?.noteLines == [
            "\(marked["2️⃣"]): 'home' is the start of surface 'app'; one step from 'home' reaches 'assistant'",
        ])
    }

    @Test func laterStepMustBeAnEscalation() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            channels: GuideText.channels + """

                  - id: hotline
                    kind: hotline
                    name: {zh: 热线, en: Hotline}
                    operated-by: platform
                    source: article
                """,
            extra: scenario("{surface: app, through: [2️⃣assistant, 1️⃣hotline]}", channels: "[hotline]")))
        let diagnostics = marked.diagnostics(of: rule)
        #expect(diagnostics.map(Finding.init) == [
            marked.error(.invalidRoute, at: "1️⃣", "no escalation on channel 'assistant' leads to 'hotline'"),
        ])
        #expect(diagnostics.first?.noteLines == ["\(marked["2️⃣"]): one step from 'assistant' reaches 'agent'"])
    }

    @Test func stepFromADeadEnd() throws {
        let marked = try MarkedGuide(GuideText.minimal(extra: scenario("{surface: app, through: [assistant, 2️⃣agent, 1️⃣assistant]}")))
        let diagnostics = marked.diagnostics(of: rule)
        #expect(diagnostics.map(Finding.init) == [
            marked.error(.invalidRoute, at: "1️⃣", "no escalation on channel 'agent' leads to 'assistant'"),
        ])
        #expect(diagnostics.first?.noteLines == ["\(marked["2️⃣"]): nothing leads on from 'agent'"])
    }

    @Test func routeMustEndAtAChannel() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            screens: GuideText.screens + """

                      - {verb: tap, to: me, source: article}
                  - id: me
                    name: {zh: 我, en: Me}
                    actions:
                      - {verb: tap, to: assistant, source: article}
                """,
            extra: scenario("{surface: app, through: [1️⃣me]}")))
        #expect(marked.findings(by: rule) == [
            marked.error(.invalidRoute, at: "1️⃣", "the route ends at screen 'me'; a pinned route must end at a channel"),
        ])
    }

    @Test func emptyRouteEndsAtTheStart() throws {
        let marked = try MarkedGuide(GuideText.minimal(extra: scenario("1️⃣{surface: app, through: []}")))
        #expect(marked.findings(by: rule) == [
            marked.error(.invalidRoute, at: "1️⃣", "the route ends at screen 'home'; a pinned route must end at a channel"),
        ])
    }

    @Test func routeMustEndAtOneOfTheScenarioChannels() throws {
        let marked = try MarkedGuide(GuideText.minimal(extra: scenario("{surface: app, through: [1️⃣assistant]}")))
        #expect(marked.findings(by: rule) == [
            marked.error(.invalidRoute, at: "1️⃣", "the route ends at channel 'assistant', which is not one of the scenario's 'channels'"),
        ])
    }

    @Test func unknownIDsAreLeftToDanglingReference() throws {
        let unknownSurface = try MarkedGuide(GuideText.minimal(extra: scenario("{surface: web, through: [assistant, agent]}")))
        #expect(unknownSurface.findings(by: rule) == [])
        let unknownStep = try MarkedGuide(GuideText.minimal(extra: scenario("{surface: app, through: [assistant, agnt]}")))
        #expect(unknownStep.findings(by: rule) == [])
    }

    @Test func stepBehindAMisspeltTargetIsLeftToDanglingReference() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            screens: GuideText.screens.replacingOccurrences(of: "to: assistant", with: "to: assistnt"),
            extra: scenario("{surface: app, through: [assistant, agent]}")))
        #expect(marked.findings(by: rule) == [])
    }

    @Test func realWalkPasses() throws {
        let marked = try MarkedGuide(GuideText.minimal(extra: scenario("{surface: app, through: [assistant, agent]}")))
        #expect(marked.findings(by: rule) == [])
    }
}
