/// A VPN gateway as the emulator keeps it, in the field names of BCE's list-VPNs answer.
public struct VpnRecord: Codable, Sendable, Hashable {
    public var vpnId: String
    public var vpnName: String
    public var vpcId: String
    public var description: String
    public var status: String
    /// The gateway's public address: the `localIp` of its tunnels.
    public var eip: String
    public var bandwidthInMbps: Int
    public var productType: String
    public var expiredTime: String

    public init(
        vpnId: String, vpnName: String, vpcId: String, description: String = "", status: String = "active",
        eip: String, bandwidthInMbps: Int = 10, productType: String = "postpay", expiredTime: String = ""
    ) {
        self.vpnId = vpnId
        self.vpnName = vpnName
        self.vpcId = vpcId
        self.description = description
        self.status = status
        self.eip = eip
        self.bandwidthInMbps = bandwidthInMbps
        self.productType = productType
        self.expiredTime = expiredTime
    }
}
