/// Random numbers in `0..<1` for retry jitter; injectable so tests get the same pauses every run.
public struct RandomSource: Sendable {
    private let generate: @Sendable () -> Double

    public init(_ generate: @escaping @Sendable () -> Double) {
        self.generate = generate
    }

    /// The next number in `0..<1`.
    public func next() -> Double { generate() }

    /// The system's random numbers.
    public static let system = RandomSource { Double.random(in: 0..<1) }

    /// Always `value`: a deterministic source for tests.
    public static func constant(_ value: Double) -> RandomSource { RandomSource { value } }
}
