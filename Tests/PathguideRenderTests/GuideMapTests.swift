import PathguideCore
@testable import PathguideRender
import PathguideTestSupport
import Testing

/// The map's nodes, edges and labels: the steps' own wording, channels by who answers, the
/// quickest route to a person marked.
@Suite struct GuideMapTests {
    @Test func theSmallestGuideInEnglish() throws {
        let renderer = try TestGuide.renderer(GuideText.minimal(), locale: "en")
        let map = renderer.map(linkingTo: renderer.guide())
        #expect(map.locale == "en")
        #expect(map.title == "Map of the ways to Example Shop customer service")
        #expect(map.description == "Where each way in and each screen leads, and whether people, a bot or self-service answer on each channel. The quickest way to a person, to Human agent, is drawn with thicker lines. The numbered steps say the same in words.")
        #expect(map.nodes == [
            .init(key: "surface-0", kind: .surface, name: "示例 App (Example app)", note: nil, anchor: nil, isOnQuickestRoute: true),
            .init(key: "screen-0", kind: .screen, name: "Home", note: nil, anchor: nil, isOnQuickestRoute: true),
            .init(key: "channel-0", kind: .channel(.bot), name: "Smart assistant", note: "a bot answers", anchor: "channel-assistant", isOnQuickestRoute: true),
            .init(key: "channel-1", kind: .channel(.people), name: "Human agent", note: "people answer", anchor: "channel-agent", isOnQuickestRoute: true),
        ])
        #expect(map.edges == [
            .init(from: "surface-0", to: "screen-0", kind: .start, label: nil, isOnQuickestRoute: true),
            .init(from: "screen-0", to: "channel-0", kind: .action, label: "「客服」 (\"Support\")", isOnQuickestRoute: true),
            .init(from: "channel-0", to: "channel-1", kind: .escalation, label: "「转人工」 (\"transfer to a person\")", isOnQuickestRoute: true),
        ])
    }

    @Test func labelsAreTheStepsWordsAndEquivalentButtonsAreOneEdge() throws {
        let text = TestGuide.text(actions: [
            "{verb: tap, label: 客服, gloss: {en: Support}, to: agent, source: article}",
            "{verb: tap, label: 联系客服, gloss: {en: Contact us}, to: agent, source: article}",
            "{verb: tap, label: 帮助, to: help, source: article}",
        ], screens: """
              - id: help
                name: {zh: 帮助中心, en: Help center}
                actions:
                  - {verb: search, input: {zh: 退款, en: refund}, to: agent, source: article}
            """)
        for locale in ["zh", "en"] {
            let renderer = try TestGuide.renderer(text, locale: locale)
            let map = renderer.map(linkingTo: renderer.guide())
            let guide = try TestGuide.load(text)
            let context = RenderContext(guide: guide, locale: locale, phrases: try #require(Phrasebook.forLocale(locale)))
            let steps = StepWriter(context: context)
            // The label of each edge is the object of the step sentence the guide writes.
            let actions = guide.screens[0].actions
            let grouped = steps.sentence(for: actions, members: [0, 1])
            let labels = map.edges.filter { $0.kind == .action }.map(\.label)
            #expect(labels.count == 3, "\(locale): \(labels)")
            let first = try #require(labels[0])
            #expect(grouped.contains(first), "\(locale): \(grouped) does not contain \(first)")
            #expect(steps.sentence(for: actions[2]).contains(try #require(labels[1])))
            #expect(steps.sentence(for: guide.screens[1].actions[0]).contains(try #require(labels[2])))
        }
        let english = try TestGuide.renderer(text, locale: "en")
        #expect(english.map(linkingTo: english.guide()).edges.filter { $0.kind == .action }.map(\.label) == [
            "「客服」 (\"Support\") or 「联系客服」 (\"Contact us\")", "「帮助」", "refund",
        ])
    }

    @Test func theMapGoesAfterTheQuickestWayInTheMarkdown() throws {
        let renderer = try TestGuide.renderer(GuideText.minimal(), locale: "en")
        let document = renderer.guide()
        let markdown = document.markdown(withMapImage: "example shop.svg", description: "Map [of] *ways*")
        #expect(markdown == document.markdown.replacingOccurrences(
            of: "\n\n## All the ways to reach customer service\n",
            with: "\n\n![Map \\[of\\] \\*ways\\*](example%20shop.svg)\n\n## All the ways to reach customer service\n"))
        #expect(markdown != document.markdown)
        let place = try #require(document.mapPlace)
        #expect(document.headings[place.headingCount].anchor == "channels")
        #expect(document.headings[place.headingCount - 1].anchor == "quickest")
        // The help sheet has no place for it.
        #expect(renderer.sheet().mapPlace == nil)
        #expect(renderer.sheet().markdown(withMapImage: "x.svg", description: "x") == renderer.sheet().markdown)
    }
}
