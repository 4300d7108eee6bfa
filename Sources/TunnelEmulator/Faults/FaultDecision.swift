/// What the fault plan decided for one call.
public struct FaultDecision: Sendable, Hashable {
    /// Answer `500 InternalError` instead of handling the call.
    public var fails: Bool
    /// Close the connection instead of answering.
    public var drops: Bool

    public init(fails: Bool = false, drops: Bool = false) {
        self.fails = fails
        self.drops = drops
    }
}
