import TunnelCore

/// Trouble the emulator makes on purpose, for tests and demos of retries.
public struct FaultConfiguration: Sendable, Hashable {
    /// Delay before every answer, in milliseconds.
    public var latencyMilliseconds: Int
    /// Answer `500 InternalError` to this many update calls first.
    public var failFirst: Int
    /// Probability (0…1) of answering `500 InternalError` to any call.
    public var failRate: Double
    /// Probability (0…1) of closing the connection instead of answering, after the call was handled: the case of
    /// an answer lost on its way back, which only the clientToken makes safe to retry.
    public var dropRate: Double

    public init(latencyMilliseconds: Int = 0, failFirst: Int = 0, failRate: Double = 0, dropRate: Double = 0) {
        self.latencyMilliseconds = latencyMilliseconds
        self.failFirst = failFirst
        self.failRate = failRate
        self.dropRate = dropRate
    }

    /// No faults.
    public static let none = FaultConfiguration()

    /// The first setting out of range, as `--fail-rate (1.5) is not a probability between 0 and 1`, in `language`.
    public func validationError(in language: Language = .en) -> String? {
        let problem: CommandText? =
            if latencyMilliseconds < 0 {
                .notNegative(option: "--latency", value: "\(latencyMilliseconds)")
            } else if failFirst < 0 {
                .notNegative(option: "--fail-first", value: "\(failFirst)")
            } else if !(0...1).contains(failRate) {
                .notAProbability(option: "--fail-rate", value: "\(failRate)")
            } else if !(0...1).contains(dropRate) {
                .notAProbability(option: "--drop-connections", value: "\(dropRate)")
            } else {
                nil
            }
        return problem.map { language.text(.command($0)) }
    }
}
