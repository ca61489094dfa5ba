/// The state of the last build, and the pages waiting for the next one.
///
/// A waiting page is one suspended request; every one is answered when a build finishes,
/// when its wait runs out, or when the server stops, so none outlives the server.
actor ReloadHub {
    private(set) var status: BuildStatus
    private var waiters: [Int: CheckedContinuation<BuildStatus, Never>] = [:]
    private var nextWaiter = 0

    init(errors: [BuildStatus.Problem]) {
        status = BuildStatus(generation: 0, errors: errors)
    }

    /// Records a finished build and answers every waiting page.
    @discardableResult
    func publish(errors: [BuildStatus.Problem]) -> BuildStatus {
        status = BuildStatus(generation: status.generation + 1, errors: errors)
        answerAll()
        return status
    }

    /// The status once its generation differs from `since`, or the current one after `seconds`.
    func next(after since: Int, within seconds: Int) async -> BuildStatus {
        if status.generation != since { return status }
        let id = nextWaiter
        nextWaiter += 1
        let timer = Task { [weak self] in
            try? await Task.sleep(for: .seconds(seconds))
            await self?.answer(id)
        }
        defer { timer.cancel() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { waiters[id] = $0 }
        } onCancel: {
            Task { [weak self] in await self?.answer(id) }
        }
    }

    /// How many pages are waiting.
    var waiting: Int { waiters.count }

    /// Answers every waiting page with the current status: the server is stopping.
    func answerAll() {
        let waiting = waiters
        waiters = [:]
        for continuation in waiting.values { continuation.resume(returning: status) }
    }

    private func answer(_ id: Int) {
        waiters.removeValue(forKey: id)?.resume(returning: status)
    }
}
