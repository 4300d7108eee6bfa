/// A random number generator that repeats for a given seed (SplitMix64), so fault-injection tests are repeatable.
///
/// Hand-written: the standard library's generator cannot be seeded, and none of the packages allowed here has one.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// Seeded from the system generator, for runs that need no repeatability.
    public init() {
        var system = SystemRandomNumberGenerator()
        state = system.next()
    }

    public mutating func next() -> UInt64 {
        // SplitMix64 (Steele, Lea, Flood 2014): its constants are the published ones.
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
