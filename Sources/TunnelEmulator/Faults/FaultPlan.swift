/// Draws, call after call, which faults happen: counts the updates for `failFirst`, rolls the dice for the rates.
public struct FaultPlan: Sendable {
    public let configuration: FaultConfiguration
    private var random: SeededRandom
    private var updatesSeen = 0

    public init(configuration: FaultConfiguration, random: SeededRandom) {
        self.configuration = configuration
        self.random = random
    }

    /// The faults for the next call; `isUpdate` calls count towards `failFirst`.
    public mutating func next(isUpdate: Bool) -> FaultDecision {
        var decision = FaultDecision()
        if isUpdate {
            updatesSeen += 1
            if updatesSeen <= configuration.failFirst { decision.fails = true }
        }
        // Draw both numbers on every call so one rate does not shift the other's sequence.
        let failDraw = Double.random(in: 0..<1, using: &random)
        let dropDraw = Double.random(in: 0..<1, using: &random)
        if failDraw < configuration.failRate { decision.fails = true }
        if dropDraw < configuration.dropRate { decision.drops = true }
        return decision
    }

    /// `count` characters of `[a-z0-9]`, as in the ids BCE gives (`vpnconn-ku4cxya6nisq`).
    public mutating func identifier(count: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return String((0..<count).map { _ in alphabet.randomElement(using: &random)! })
    }
}
