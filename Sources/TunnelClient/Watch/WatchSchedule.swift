/// How often a watch asks BCE for the tunnel list, and for how long.
///
/// The pause between polls doubles from `firstPause` up to `longestPause` while nothing changes, and starts again
/// from `firstPause` after every change: a tunnel that is moving is read often, one that is stuck rarely.
public struct WatchSchedule: Sendable, Hashable {
    public var firstPause: Duration
    public var longestPause: Duration
    /// The watch ends, not up, once this much time has passed since it started.
    public var timeout: Duration

    public init(
        firstPause: Duration = .seconds(2), longestPause: Duration = .seconds(30), timeout: Duration = .seconds(300)
    ) {
        self.firstPause = max(firstPause, .zero)
        self.longestPause = max(longestPause, self.firstPause)
        self.timeout = max(timeout, .zero)
    }

    /// 2 seconds doubling to 30, for at most 5 minutes.
    public static let standard = WatchSchedule()

    /// The pause after `pause` when nothing changed.
    func longer(than pause: Duration) -> Duration { min(pause * 2, longestPause) }

    /// The retries inside one poll: a single try of at most 10 seconds. The watch itself polls again, so a poll
    /// that fails is not worth the client's usual four tries.
    public static let pollPolicy = RetryPolicy(
        maximumAttempts: 1, attemptTimeout: .seconds(10), totalTimeout: .seconds(10))
}
