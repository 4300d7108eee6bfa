import Foundation

/// Wall-clock dates for signatures that move forward by a fixed step at each reading, so each attempt of a retried
/// request gets its own `x-bce-date` without the test waiting.
public final class SteppingClock: @unchecked Sendable {
    // @unchecked: every access to `next` holds `lock`; a class because readers share one sequence.
    private let lock = NSLock()
    private var next: Date
    private let step: TimeInterval

    public init(start: Date = Date(timeIntervalSince1970: 1_704_164_645), step: TimeInterval = 1) {
        next = start
        self.step = step
    }

    /// The next date; each call returns a later one.
    public func date() -> Date {
        lock.lock()
        defer { lock.unlock() }
        let date = next
        next += step
        return date
    }
}
