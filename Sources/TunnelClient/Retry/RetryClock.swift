/// The time source of the retry loop: the elapsed time that bounds all attempts, and the pauses between them.
///
/// A protocol so that tests run the retry loop on a manual clock and never sleep.
public protocol RetryClock: Sendable {
    /// Time since an arbitrary fixed start; only differences are used.
    func now() async -> Duration
    /// Waits for `duration`; throws `CancellationError` when the task is cancelled.
    func sleep(for duration: Duration) async throws
}

/// The real clock: `ContinuousClock`, which keeps counting while the machine sleeps.
public struct SystemRetryClock: RetryClock {
    private let origin = ContinuousClock.now

    public init() {}

    public func now() async -> Duration { ContinuousClock.now - origin }

    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}
