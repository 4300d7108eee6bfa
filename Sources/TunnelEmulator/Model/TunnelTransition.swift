/// What a tunnel goes through after an update before it is `active` again.
///
/// Guessed: BCE documents `active`, `building`, `unconfigured` and (in its Go SDK) `configuring` as a VPN
/// gateway's states, and no list of a tunnel's. A tunnel being reconfigured is taken to show the gateway's
/// `configuring` for a few seconds, its peer `unreachable` meanwhile; both the name and the time can be set
/// (`vpn-tunnel emulator --transition-status --transition-ms`).
public struct TunnelTransition: Sendable, Hashable {
    /// The status shown while the update is applied.
    public var status: String
    /// How long it lasts; zero skips it.
    public var duration: Duration

    public init(status: String = "configuring", duration: Duration = .seconds(3)) {
        self.status = status
        self.duration = max(duration, .zero)
    }

    /// The duration in seconds, as `Date` counts.
    var seconds: Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// `configuring` for 3 seconds: long enough to be seen in the demo.
    public static let standard = TunnelTransition()
}
