import PathguideCheck
import PathguideTestSupport
import Testing

@Suite struct UnreachableChannelRuleTests {
    let rule = UnreachableChannelRule()

    @Test func channelNothingLeadsTo() throws {
        let marked = try MarkedGuide(GuideText.minimal(channels: GuideText.channels + """

              - id: 1️⃣hotline
                kind: hotline
                name: {zh: 热线, en: Hotline}
                operated-by: platform
            """))
        #expect(marked.findings(by: rule) == [
            marked.error(.unreachableChannel, at: "1️⃣", "channel 'hotline' cannot be reached from the start of any surface"),
        ])
    }

    @Test func channelsReachedByActionsAndEscalationsPass() throws {
        let marked = try MarkedGuide(GuideText.minimal())
        #expect(marked.findings(by: rule) == [])
    }

    /// A step to a misspelt id cuts the channels behind it off; that is the dangling reference's
    /// finding, not one of reachability.
    @Test func aStepToAMisspeltIDCutsNothingOff() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            screens: GuideText.screens.replacingOccurrences(of: "to: assistant", with: "to: asistant")))
        #expect(marked.findings(by: rule) == [])
        #expect(marked.findings(by: DanglingReferenceRule()).map(\.ruleID) == [.danglingReference])
    }

    /// Once every step leads somewhere, what nothing leads to is reported again.
    @Test func aChannelNothingLeadsToIsFoundWhenEveryStepResolves() throws {
        let marked = try MarkedGuide(GuideText.minimal(
            channels: GuideText.channels.replacingOccurrences(of: "to: agent", with: "to: assistant")
                .replacingOccurrences(of: "- id: agent", with: "- id: 1️⃣agent")))
        #expect(marked.findings(by: rule) == [
            marked.error(.unreachableChannel, at: "1️⃣", "channel 'agent' cannot be reached from the start of any surface"),
        ])
    }
}
