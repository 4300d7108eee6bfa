import Testing
import TunnelClient

@Suite("RetryPolicy")
struct RetryPolicyTests {
    /// Pauses worked out by hand: 100ms doubling, capped at 300ms, jitter taking away up to half.
    @Test(
        "pause grows, is capped and shortened by jitter",
        arguments: [
            (1, 0.0, Duration.milliseconds(100)),
            (2, 0.0, .milliseconds(200)),
            (3, 0.0, .milliseconds(300)),
            (6, 0.0, .milliseconds(300)),
            (1, 0.5, .milliseconds(75)),
            (2, 1.0, .milliseconds(100)),
            (3, 0.5, .milliseconds(225)),
        ])
    func pause(attempt: Int, random: Double, expected: Duration) {
        let policy = RetryPolicy(
            maximumAttempts: 5, initialDelay: .milliseconds(100), maximumDelay: .milliseconds(300), multiplier: 2,
            jitter: 0.5
        )
        #expect(policy.delay(afterAttempt: attempt, random: random) == expected)
    }

    @Test("immediate policy never pauses")
    func immediate() {
        let policy = RetryPolicy.immediate(maximumAttempts: 3)
        #expect(policy.maximumAttempts == 3)
        #expect((1...3).allSatisfy { policy.delay(afterAttempt: $0, random: 0.3) == .zero })
    }

    @Test("at least one attempt, jitter kept within 0...1")
    func clamps() {
        let policy = RetryPolicy(maximumAttempts: 0, jitter: 7)
        #expect(policy.maximumAttempts == 1)
        #expect(policy.jitter == 1)
    }
}
