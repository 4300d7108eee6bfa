import TunnelCore

extension VpnConnRecord {
    /// Applies a valid update as BCE does: what the update leaves unset (description, cgwId, ikeMode) stays.
    mutating func apply(_ update: TunnelUpdate) {
        vpnConnName = update.vpnConnName
        if let description = update.description { self.description = description }
        secretKey = update.secretKey
        localSubnets = update.localSubnets
        remoteIp = update.remoteIp
        remoteSubnets = update.remoteSubnets
        if let cgwId = update.cgwId { self.cgwId = cgwId }
        ikeConfig.ikeVersion = update.ikeConfig.ikeVersion
        if let ikeMode = update.ikeConfig.ikeMode { ikeConfig.ikeMode = ikeMode }
        ikeConfig.ikeEncAlg = update.ikeConfig.ikeEncAlg
        ikeConfig.ikeAuthAlg = update.ikeConfig.ikeAuthAlg
        ikeConfig.ikePfs = update.ikeConfig.ikePfs
        ikeConfig.ikeLifeTime = "\(update.ikeConfig.ikeLifeTime)s"
        ipsecConfig.ipsecEncAlg = update.ipsecConfig.ipsecEncAlg
        ipsecConfig.ipsecAuthAlg = update.ipsecConfig.ipsecAuthAlg
        ipsecConfig.ipsecPfs = update.ipsecConfig.ipsecPfs
        ipsecConfig.ipsecLifetime = "\(update.ipsecConfig.ipsecLifetime)s"
    }

    /// A new tunnel made by the create call.
    init(creating update: TunnelUpdate, localIp: String, createdTime: String) {
        self.init(
            vpnId: update.vpnId, vpnConnId: update.vpnConnId, vpnConnName: update.vpnConnName,
            description: update.description ?? "", localIp: localIp, createdTime: createdTime, status: "active",
            healthStatus: "unreachable", secretKey: update.secretKey, localSubnets: update.localSubnets,
            remoteIp: update.remoteIp, remoteSubnets: update.remoteSubnets, cgwId: update.cgwId,
            ikeConfig: IkeRecord(
                ikeVersion: update.ikeConfig.ikeVersion, ikeMode: update.ikeConfig.ikeMode ?? "main",
                ikeEncAlg: update.ikeConfig.ikeEncAlg, ikeAuthAlg: update.ikeConfig.ikeAuthAlg,
                ikePfs: update.ikeConfig.ikePfs, ikeLifeTime: "\(update.ikeConfig.ikeLifeTime)s"),
            ipsecConfig: IpsecRecord(
                ipsecEncAlg: update.ipsecConfig.ipsecEncAlg, ipsecAuthAlg: update.ipsecConfig.ipsecAuthAlg,
                ipsecPfs: update.ipsecConfig.ipsecPfs, ipsecLifetime: "\(update.ipsecConfig.ipsecLifetime)s"))
    }
}
