/// The body of BCE's list-tunnels answer: `{"vpnConns":[VpnConn…]}`.
public struct VpnConnListAnswer: Codable, Sendable, Hashable {
    public var vpnConns: [VpnConnRecord]

    public init(vpnConns: [VpnConnRecord]) {
        self.vpnConns = vpnConns
    }
}
