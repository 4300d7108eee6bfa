/// A valid update of one tunnel: what `TunnelValidator` makes of a draft with no error.
public struct TunnelUpdate: Sendable, Hashable {
    /// The tunnel to update (in the path, not the body).
    public var vpnConnId: String
    public var vpnId: String
    public var secretKey: String
    public var localSubnets: [String]
    public var remoteIp: String
    public var remoteSubnets: [String]
    /// Not sent when nil.
    public var description: String?
    public var vpnConnName: String
    /// The customer gateway of the newer API revision; not sent when nil.
    public var cgwId: String?
    public var ikeConfig: IkeConfig
    public var ipsecConfig: IpsecConfig

    public init(
        vpnConnId: String, vpnId: String, secretKey: String, localSubnets: [String], remoteIp: String,
        remoteSubnets: [String], description: String?, vpnConnName: String, cgwId: String?, ikeConfig: IkeConfig,
        ipsecConfig: IpsecConfig
    ) {
        self.vpnConnId = vpnConnId
        self.vpnId = vpnId
        self.secretKey = secretKey
        self.localSubnets = localSubnets
        self.remoteIp = remoteIp
        self.remoteSubnets = remoteSubnets
        self.description = description
        self.vpnConnName = vpnConnName
        self.cgwId = cgwId
        self.ikeConfig = ikeConfig
        self.ipsecConfig = ipsecConfig
    }
}
