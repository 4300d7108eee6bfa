/// libreswan's `ipsec.conf` (libreswan, ipsec.conf(5), https://libreswan.org/man/ipsec.conf.5.html), and its
/// `ipsec.secrets` line (ipsec.secrets(5)) as a comment, since it belongs in another file.
enum LibreswanRenderer {
    static func lines(_ peer: PeerTunnel) throws(PeerConfigError) -> [String] {
        var lines =
            peer.header("#") + [
                "conn \(peer.objectName)",
                "    authby=secret",
                // The peer's own address is found from its default route; BCE knows it by this identity.
                "    left=%defaultroute",
                "    leftid=\(peer.update.remoteIp)",
                "    " + subnets("left", peer.peerNetworks),
                "    right=\(peer.gateway)",
                "    rightid=\(peer.gateway)",
                "    " + subnets("right", peer.bceNetworks),
                "    ikev2=\(try peer.required(.ikeVersion))",
            ]
        if let aggressive = try peer.name(.ikeMode) { lines.append("    aggressive=\(aggressive)") }
        let ike = [try peer.required(.ikeEncryption), try peer.required(.ikeIntegrity), try peer.required(.ikeGroup)]
        let ipsecGroup = try peer.name(.ipsecGroup)
        let esp =
            [try peer.required(.ipsecEncryption), try peer.required(.ipsecIntegrity)] + [ipsecGroup].compactMap(\.self)
        lines += [
            "    ike=\(ike.joined(separator: "-"))",
            "    esp=\(esp.joined(separator: "-"))",
            "    pfs=\(ipsecGroup == nil ? "no" : "yes")",
            "    ikelifetime=\(peer.ike.ikeLifeTime)s",
            "    salifetime=\(peer.ipsec.ipsecLifetime)s",
            "    auto=start",
            "",
            "# The pre-shared key, for /etc/ipsec.d/\(peer.objectName).secrets (without the leading \"# \"):",
            "# \(peer.update.remoteIp) \(peer.gateway) : PSK \(PeerTunnel.doubleQuoted(peer.secret))",
        ]
        return lines
    }

    /// `leftsubnet=10.0.0.0/24`, or `leftsubnets={10.0.0.0/24 10.0.1.0/24}` for several (ipsec.conf(5)).
    private static func subnets(_ side: String, _ networks: [IPv4CIDR]) -> String {
        let texts = networks.map(\.description)
        if texts.count == 1 { return "\(side)subnet=\(texts[0])" }
        return "\(side)subnets={\(texts.joined(separator: " "))}"
    }
}
