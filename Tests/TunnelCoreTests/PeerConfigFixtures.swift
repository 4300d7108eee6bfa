import TunnelCore

/// Tunnels for the peer configuration tests: one valid tunnel, and every combination of the catalog's values.
enum PeerConfigFixtures {
    static let gateway = "198.51.100.10"

    static let ike = IkeConfig(
        ikeVersion: "v2", ikeMode: nil, ikeEncAlg: "aes", ikeAuthAlg: "sha1", ikePfs: "group14", ikeLifeTime: 28800)
    static let ipsec = IpsecConfig(ipsecEncAlg: "aes", ipsecAuthAlg: "sha1", ipsecPfs: "group14", ipsecLifetime: 3600)

    static func update(
        ike: IkeConfig = ike, ipsec: IpsecConfig = ipsec, local: [String] = ["10.1.0.0/16"],
        remote: [String] = ["192.168.10.0/24"]
    ) -> TunnelUpdate {
        TunnelUpdate(
            vpnConnId: "vpnconn-ku4cxya6nisq", vpnId: "vpn-s1bpb19cmd8n", secretKey: "ddd22@www", localSubnets: local,
            remoteIp: "203.0.113.7", remoteSubnets: remote, description: nil, vpnConnName: "office-1", cgwId: nil,
            ikeConfig: ike, ipsecConfig: ipsec)
    }

    /// Every IKE setting the validator accepts (both tiers; IKEv1 with a mode, IKEv2 with or without one).
    static let ikeCombinations: [IkeConfig] = {
        var all: [IkeConfig] = []
        for version in values(.ikeVersion) {
            for mode in (version == "v1" ? [] : [nil]) + values(.ikeMode) {
                for encryption in values(.ikeEncAlg) {
                    for integrity in values(.ikeAuthAlg) {
                        for group in values(.ikePfs) {
                            all.append(
                                IkeConfig(
                                    ikeVersion: version, ikeMode: mode, ikeEncAlg: encryption, ikeAuthAlg: integrity,
                                    ikePfs: group, ikeLifeTime: 28800))
                        }
                    }
                }
            }
        }
        return all
    }()

    /// Every IPsec setting the catalog allows (both tiers).
    static let ipsecCombinations: [IpsecConfig] = {
        var all: [IpsecConfig] = []
        for encryption in values(.ipsecEncAlg) {
            for integrity in values(.ipsecAuthAlg) {
                for group in values(.ipsecPfs) {
                    all.append(
                        IpsecConfig(
                            ipsecEncAlg: encryption, ipsecAuthAlg: integrity, ipsecPfs: group, ipsecLifetime: 3600))
                }
            }
        }
        return all
    }()

    /// Each IKE combination once, with the IPsec combinations in turn: every combination of either side appears.
    static let combinations: [(IkeConfig, IpsecConfig)] = {
        let count = max(ikeCombinations.count, ipsecCombinations.count)
        return (0..<count).map {
            (ikeCombinations[$0 % ikeCombinations.count], ipsecCombinations[$0 % ipsecCombinations.count])
        }
    }()

    static func values(_ field: TunnelField) -> [String] {
        AlgorithmCatalog.allChoices(for: field).map(\.value)
    }
}
