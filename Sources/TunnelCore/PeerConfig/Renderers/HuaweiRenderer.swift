/// Huawei AR / USG commands: a policy-based tunnel with an ACL and an IPSec policy (Huawei AR "CLI-based
/// Configuration Guide - VPN", "Example for Establishing an IPSec Tunnel Using an IPSec Policy"; commands as
/// `HuaweiNames` cites them).
enum HuaweiRenderer {
    /// An advanced ACL number (3000 to 3999 in VRP); renumber it if the device already uses it.
    static let aclNumber = 3999
    /// An IKE proposal number (1 to 99); renumber it if the device already uses it.
    static let ikeProposalNumber = 10

    static func lines(_ peer: PeerTunnel) throws(PeerConfigError) -> [String] {
        let name = peer.objectName
        var lines = peer.header("#") + ["acl number \(aclNumber)"]
        var rule = 0
        for local in peer.peerNetworks {
            for remote in peer.bceNetworks {
                rule += 5
                lines.append(
                    " rule \(rule) permit ip source \(local.network) \(local.wildcard) "
                        + "destination \(remote.network) \(remote.wildcard)")
            }
        }
        lines += [
            "ike proposal \(ikeProposalNumber)",
            " encryption-algorithm \(try peer.required(.ikeEncryption))",
            " \(peer.isIKEv1 ? "authentication-algorithm" : "integrity-algorithm") "
                + (try peer.required(.ikeIntegrity)),
        ]
        if let prf = try peer.name(.ikePrf) { lines.append(" prf \(prf)") }
        lines += [
            " dh \(try peer.required(.ikeGroup))",
            " authentication-method pre-share",
            " sa duration \(peer.ike.ikeLifeTime)",
            "ike peer \(name)",
            " \(try peer.required(.ikeVersion))",
        ]
        if let mode = try peer.name(.ikeMode) { lines.append(" exchange-mode \(mode)") }
        lines += [
            " pre-shared-key cipher \(peer.secret)",
            " ike-proposal \(ikeProposalNumber)",
            " remote-address \(peer.gateway)",
            "ipsec proposal \(name)",
            " transform esp",
            " esp authentication-algorithm \(try peer.required(.ipsecIntegrity))",
            " esp encryption-algorithm \(try peer.required(.ipsecEncryption))",
            "ipsec policy \(name) 10 isakmp",
            " security acl \(aclNumber)",
            " ike-peer \(name)",
            " proposal \(name)",
        ]
        if let pfs = try peer.name(.ipsecGroup) { lines.append(" pfs \(pfs)") }
        lines += [
            " sa duration time-based \(peer.ipsec.ipsecLifetime)",
            "# Then, in the view of the interface that faces the Internet: ipsec policy \(name)",
        ]
        return lines
    }
}
