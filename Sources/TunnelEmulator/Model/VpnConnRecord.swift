import TunnelCore

/// A tunnel as the emulator keeps it: the `VpnConn` object of BCE's list answer, lifetimes as `"28800s"` strings.
public struct VpnConnRecord: Codable, Sendable, Hashable {
    /// The IKE settings as BCE lists them: the core's draft, whose texts hold the lifetime with its unit
    /// suffix as BCE answers (`"28800s"`).
    public typealias IkeRecord = IkeDraft
    /// The IPsec settings as BCE lists them, the lifetime as `"28800s"`.
    public typealias IpsecRecord = IpsecDraft

    public var vpnId: String
    public var vpnConnId: String
    public var vpnConnName: String
    public var description: String
    public var localIp: String
    public var createdTime: String
    public var status: String
    public var healthStatus: String
    /// The pre-shared key, in plain text as BCE lists it.
    public var secretKey: String
    public var localSubnets: [String]
    public var remoteIp: String
    public var remoteSubnets: [String]
    /// Not listed when the tunnel has none.
    public var cgwId: String?
    public var ikeConfig: IkeRecord
    public var ipsecConfig: IpsecRecord

    public init(
        vpnId: String, vpnConnId: String, vpnConnName: String, description: String, localIp: String,
        createdTime: String, status: String, healthStatus: String, secretKey: String, localSubnets: [String],
        remoteIp: String, remoteSubnets: [String], cgwId: String?, ikeConfig: IkeRecord, ipsecConfig: IpsecRecord
    ) {
        self.vpnId = vpnId
        self.vpnConnId = vpnConnId
        self.vpnConnName = vpnConnName
        self.description = description
        self.localIp = localIp
        self.createdTime = createdTime
        self.status = status
        self.healthStatus = healthStatus
        self.secretKey = secretKey
        self.localSubnets = localSubnets
        self.remoteIp = remoteIp
        self.remoteSubnets = remoteSubnets
        self.cgwId = cgwId
        self.ikeConfig = ikeConfig
        self.ipsecConfig = ipsecConfig
    }
}
