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
}
