import TunnelClient

/// A `RetryClock` that never waits: `sleep` records the pause and moves the time forward at once.
public actor ManualRetryClock: RetryClock {
    private var current: Duration = .zero
    /// Every pause asked for, in order.
    public private(set) var sleeps: [Duration] = []

    public init() {}

    public func now() -> Duration { current }

    public func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        sleeps.append(duration)
        current += duration
    }

    /// Moves the time forward, as a request that takes `duration` would.
    public func advance(by duration: Duration) {
        current += duration
    }
}
