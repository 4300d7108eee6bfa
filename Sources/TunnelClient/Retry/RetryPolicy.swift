#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// How often and how long a request is tried again after a network failure or a 5xx answer.
///
/// The pause before retry `n` grows exponentially from `initialDelay` up to `maximumDelay`, and jitter shortens each
/// pause by a random share of up to `jitter` so that clients that failed together do not retry together.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included; at least 1.
    public var maximumAttempts: Int
    public var initialDelay: Duration
    public var maximumDelay: Duration
    public var multiplier: Double
    /// The largest share (0...1) of a pause that jitter may take away.
    public var jitter: Double
    /// The most time one attempt may take.
    public var attemptTimeout: Duration
    /// The most time all attempts and pauses together may take.
    public var totalTimeout: Duration

    public init(
        maximumAttempts: Int = 4, initialDelay: Duration = .milliseconds(250), maximumDelay: Duration = .seconds(4),
        multiplier: Double = 2, jitter: Double = 0.5, attemptTimeout: Duration = .seconds(15),
        totalTimeout: Duration = .seconds(40)
    ) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.multiplier = multiplier
        self.jitter = min(max(jitter, 0), 1)
        self.attemptTimeout = attemptTimeout
        self.totalTimeout = totalTimeout
    }

    /// The default: 4 attempts within 40 seconds, pauses of about 0.25, 0.5 and 1 second.
    public static let standard = RetryPolicy()

    /// No pause between attempts: for tests, which must not wait on a real clock.
    public static func immediate(maximumAttempts: Int = 4) -> RetryPolicy {
        RetryPolicy(maximumAttempts: maximumAttempts, initialDelay: .zero, maximumDelay: .zero, jitter: 0)
    }

    /// The pause after failed attempt `attempt` (1-based), given a random number in `0..<1`.
    public func delay(afterAttempt attempt: Int, random: Double) -> Duration {
        let exponent = Double(max(attempt - 1, 0))
        let grown = initialDelay * pow(multiplier, exponent)
        let capped = min(grown, maximumDelay)
        return capped * (1 - jitter * min(max(random, 0), 1))
    }
}
