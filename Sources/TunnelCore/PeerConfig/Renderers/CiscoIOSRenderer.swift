/// Cisco IOS / IOS XE configuration commands: a policy-based tunnel with a crypto map (Cisco IOS Security
/// Configuration Guide, "Configuring Security for VPNs with IPsec"; commands as `CiscoIOSNames` cites them).
enum CiscoIOSRenderer {
    static func lines(_ peer: PeerTunnel) throws(PeerConfigError) -> [String] {
        let name = peer.objectName
        var lines = peer.header("!")
        let encryption = try peer.required(.ikeEncryption)
        let integrity = try peer.required(.ikeIntegrity)
        let group = try peer.required(.ikeGroup)
        if peer.isIKEv1 {
            lines += [
                "crypto isakmp policy 10",
                " encryption \(encryption)",
                " hash \(integrity)",
                " authentication pre-share",
                " group \(group)",
                " lifetime \(peer.ike.ikeLifeTime)",
                "crypto isakmp key \(peer.secret) address \(peer.gateway)",
            ]
            if try peer.name(.ikeMode) != nil {
                lines += [
                    "crypto isakmp peer address \(peer.gateway)",
                    " set aggressive-mode password \(peer.secret)",
                    " set aggressive-mode client-endpoint ipv4-address \(peer.update.remoteIp)",
                ]
            }
        } else {
            lines += [
                "crypto ikev2 proposal \(name)",
                " encryption \(encryption)",
                " integrity \(integrity)",
                " group \(group)",
                "crypto ikev2 policy \(name)",
                " proposal \(name)",
                "crypto ikev2 keyring \(name)",
                " peer bce",
                "  address \(peer.gateway)",
                "  pre-shared-key \(peer.secret)",
                "crypto ikev2 profile \(name)",
                " match identity remote address \(peer.gateway) 255.255.255.255",
                " identity local address \(peer.update.remoteIp)",
                " authentication remote pre-share",
                " authentication local pre-share",
                " keyring local \(name)",
                " lifetime \(peer.ike.ikeLifeTime)",
            ]
        }
        lines += [
            "crypto ipsec transform-set \(name) \(try peer.required(.ipsecEncryption)) "
                + (try peer.required(.ipsecIntegrity)),
            " mode tunnel",
            "ip access-list extended \(name)",
        ]
        for local in peer.peerNetworks {
            for remote in peer.bceNetworks { lines.append(" permit ip \(address(local)) \(address(remote))") }
        }
        lines += [
            "crypto map \(name) 10 ipsec-isakmp",
            " set peer \(peer.gateway)",
            " set transform-set \(name)",
        ]
        if let pfs = try peer.name(.ipsecGroup) { lines.append(" set pfs \(pfs)") }
        lines.append(" set security-association lifetime seconds \(peer.ipsec.ipsecLifetime)")
        if !peer.isIKEv1 { lines.append(" set ikev2-profile \(name)") }
        lines += [
            " match address \(name)",
            "! Then, on the interface that faces the Internet: crypto map \(name)",
        ]
        return lines
    }

    /// An extended ACL's address: `host 10.0.0.1` for a /32, else the network and its wildcard.
    private static func address(_ network: IPv4CIDR) -> String {
        network.prefix == 32 ? "host \(network.address)" : "\(network.network) \(network.wildcard)"
    }
}
