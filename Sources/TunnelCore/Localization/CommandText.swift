/// What the commands print as they run, as keys: progress, results, refusals, and the reasons the client layer gives
/// (credentials, endpoints, the network, BCE's answers). BCE's own messages are quoted as BCE wrote them.
public enum CommandText: Sendable, Hashable {
    /// `vpn-tunnel demo: the emulator did not start: …`.
    case demoDidNotStart(reason: String)
}
