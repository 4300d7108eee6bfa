/// The values the rules accepted so far, field by field: whole validation fills it group by group, and a
/// validation after one edit starts from the update before the edit and refills only the edited group.
struct UpdateParts {
    var vpnConnId: String?
    var vpnId: String?
    var vpnConnName: String?
    var description: String?
    var secretKey: String?
    var remoteIp: String?
    var cgwId: String?
    var localSubnets: [String]?
    var remoteSubnets: [String]?
    var ikeConfig: IkeConfig?
    var ipsecConfig: IpsecConfig?

    init() {}

    init(_ update: TunnelUpdate) {
        vpnConnId = update.vpnConnId
        vpnId = update.vpnId
        vpnConnName = update.vpnConnName
        description = update.description
        secretKey = update.secretKey
        remoteIp = update.remoteIp
        cgwId = update.cgwId
        localSubnets = update.localSubnets
        remoteSubnets = update.remoteSubnets
        ikeConfig = update.ikeConfig
        ipsecConfig = update.ipsecConfig
    }

    /// The update, once every required value is there.
    var update: TunnelUpdate? {
        guard let vpnConnId, let vpnId, let vpnConnName, let secretKey, let remoteIp, let localSubnets,
            let remoteSubnets, let ikeConfig, let ipsecConfig
        else { return nil }
        return TunnelUpdate(
            vpnConnId: vpnConnId, vpnId: vpnId, secretKey: secretKey, localSubnets: localSubnets,
            remoteIp: remoteIp, remoteSubnets: remoteSubnets, description: description, vpnConnName: vpnConnName,
            cgwId: cgwId, ikeConfig: ikeConfig, ipsecConfig: ipsecConfig)
    }
}
