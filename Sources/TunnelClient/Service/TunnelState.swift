import TunnelCore

/// A tunnel's state as BCE lists it: its `status` and its `healthStatus`.
///
/// BCE's list answer carries both for every tunnel (the "Query VPN tunnel" page's example: `"status":"active"`,
/// `"healthStatus":"reachable"`; the Java SDK's `VpnConn` names them "status of the tunnel" and "connectivity
/// status"). No published page lists every value, so they are kept as BCE's text; only `active` and `reachable`
/// mean anything here: the tunnel is up when it has both.
public struct TunnelState: Sendable, Hashable {
    public var status: String
    public var healthStatus: String

    public init(status: String, healthStatus: String) {
        self.status = status
        self.healthStatus = healthStatus
    }

    /// The status of a tunnel that works.
    public static let activeStatus = "active"
    /// The health of a tunnel whose peer answers.
    public static let reachableHealth = "reachable"

    /// Active and reachable: the tunnel carries traffic.
    public var isUp: Bool { status == Self.activeStatus && healthStatus == Self.reachableHealth }

    /// `configuring / unreachable`, through `Sanitizer` (both are BCE's text); a missing value is `-`.
    public var description: String {
        let status = status.isEmpty ? "-" : status
        let health = healthStatus.isEmpty ? "-" : healthStatus
        return Sanitizer.visible("\(status) / \(health)")
    }
}

/// One tunnel of a list answer: what can be edited, its state, and BCE's side of it.
public struct ListedTunnel: Sendable, Hashable {
    public var draft: TunnelDraft
    public var state: TunnelState
    /// The tunnel's `localIp`: the VPN gateway's public address (its EIP), the peer's remote address in the peer's
    /// configuration. Nil when the answer has none.
    public var localIp: String?

    public init(draft: TunnelDraft, state: TunnelState, localIp: String? = nil) {
        self.draft = draft
        self.state = state
        self.localIp = localIp
    }
}
