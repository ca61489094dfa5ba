@testable import PathguideServe
import Testing

@Suite struct ReloadHubTests {
    let problem = BuildStatus.Problem(file: "guides/shop.yaml", line: 28, column: 13, message: "'to' names 'bto'")

    @Test func aPageBehindIsAnsweredAtOnce() async {
        let hub = ReloadHub(errors: [problem])
        #expect(await hub.next(after: -1, within: 60) == BuildStatus(generation: 0, errors: [problem]))
    }

    @Test func aWaitingPageIsAnsweredByTheNextBuild() async {
        let hub = ReloadHub(errors: [])
        async let answer = hub.next(after: 0, within: 60)
        // Before or after the wait begins, the answer is the build after 0.
        await hub.publish(errors: [problem])
        #expect(await answer == BuildStatus(generation: 1, errors: [problem]))
        #expect(await hub.publish(errors: []) == BuildStatus(generation: 2, errors: []))
    }

    @Test func aWaitEndsUnchangedWhenItsTimeIsUp() async {
        let hub = ReloadHub(errors: [])
        #expect(await hub.next(after: 0, within: 0) == BuildStatus(generation: 0, errors: []))
    }

    @Test func stoppingAnswersEveryWaitingPage() async {
        let hub = ReloadHub(errors: [])
        let waiting = Task { await hub.next(after: 0, within: 600) }
        let cancelled = Task { await hub.next(after: 0, within: 600) }
        cancelled.cancel()
        #expect(await cancelled.value == BuildStatus(generation: 0, errors: []))
        // Whether or not the first wait has begun yet, it ends without a build and without its hour.
        while await hub.waiting == 0 { await Task.yield() }
        await hub.answerAll()
        #expect(await waiting.value == BuildStatus(generation: 0, errors: []))
    }
}
