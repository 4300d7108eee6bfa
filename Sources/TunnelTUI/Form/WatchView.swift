import TunnelClient

/// A watch of the tunnel as the editor shows it: what led to it, each change seen, and how it ended.
public struct WatchView: Sendable, Equatable {
    public var vpnId: String
    public var vpnConnId: String
    /// The submit's result above the watch ("Applied: …", the request id); empty for a watch asked for by key.
    public var heading: [String]
    public var timeout: Duration
    public private(set) var events: [WatchEvent] = []
    /// Nil while the watch runs.
    public private(set) var outcome: WatchOutcome?

    public init(vpnId: String, vpnConnId: String, heading: [String], timeout: Duration) {
        self.vpnId = vpnId
        self.vpnConnId = vpnConnId
        self.heading = heading
        self.timeout = timeout
    }

    public var isRunning: Bool { outcome == nil }

    mutating func append(_ event: WatchEvent) { events.append(event) }

    mutating func finish(_ outcome: WatchOutcome) { self.outcome = outcome }

    /// The same watch from the start again.
    func restarted() -> WatchView {
        WatchView(vpnId: vpnId, vpnConnId: vpnConnId, heading: heading, timeout: timeout)
    }
}
