/// Juniper SRX `set` commands: a route-based VPN with traffic selectors (Junos OS, "Route-Based IPsec VPNs" and
/// "traffic-selector (Security IPsec VPN)"; statements as `JuniperSRXNames` cites them).
enum JuniperSRXRenderer {
    static func lines(_ peer: PeerTunnel) throws(PeerConfigError) -> [String] {
        let name = peer.objectName
        let ikeProposal = "set security ike proposal \(name)"
        let ikePolicy = "set security ike policy \(name)"
        let gateway = "set security ike gateway \(name)"
        let ipsecProposal = "set security ipsec proposal \(name)"
        let ipsecPolicy = "set security ipsec policy \(name)"
        let vpn = "set security ipsec vpn \(name)"
        var lines =
            peer.header("#") + [
                "\(ikeProposal) authentication-method pre-shared-keys",
                "\(ikeProposal) dh-group \(try peer.required(.ikeGroup))",
                "\(ikeProposal) authentication-algorithm \(try peer.required(.ikeIntegrity))",
                "\(ikeProposal) encryption-algorithm \(try peer.required(.ikeEncryption))",
                "\(ikeProposal) lifetime-seconds \(peer.ike.ikeLifeTime)",
            ]
        if let mode = try peer.name(.ikeMode) { lines.append("\(ikePolicy) mode \(mode)") }
        lines += [
            "\(ikePolicy) proposals \(name)",
            "\(ikePolicy) pre-shared-key ascii-text \(PeerTunnel.doubleQuoted(peer.secret))",
            "\(gateway) ike-policy \(name)",
            "\(gateway) address \(peer.gateway)",
            "\(gateway) local-identity inet \(peer.update.remoteIp)",
            "\(gateway) remote-identity inet \(peer.gateway)",
            "\(gateway) version \(try peer.required(.ikeVersion))",
            "# \(gateway) external-interface <the interface that faces the Internet>",
            "\(ipsecProposal) protocol esp",
            "\(ipsecProposal) authentication-algorithm \(try peer.required(.ipsecIntegrity))",
            "\(ipsecProposal) encryption-algorithm \(try peer.required(.ipsecEncryption))",
            "\(ipsecProposal) lifetime-seconds \(peer.ipsec.ipsecLifetime)",
        ]
        if let pfs = try peer.name(.ipsecGroup) { lines.append("\(ipsecPolicy) perfect-forward-secrecy keys \(pfs)") }
        lines += [
            "\(ipsecPolicy) proposals \(name)",
            "\(vpn) ike gateway \(name)",
            "\(vpn) ike ipsec-policy \(name)",
        ]
        var selector = 0
        for local in peer.peerNetworks {
            for remote in peer.bceNetworks {
                selector += 1
                lines += [
                    "\(vpn) traffic-selector ts\(selector) local-ip \(local)",
                    "\(vpn) traffic-selector ts\(selector) remote-ip \(remote)",
                ]
            }
        }
        lines += [
            "\(vpn) establish-tunnels immediately",
            "# \(vpn) bind-interface st0.<unit>",
        ]
        return lines
    }
}
