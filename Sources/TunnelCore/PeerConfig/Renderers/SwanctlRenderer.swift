/// strongSwan's `swanctl.conf` (strongSwan, "swanctl.conf",
/// https://docs.strongswan.org/docs/5.9/swanctl/swanctlConf.html): one connection and its secret.
enum SwanctlRenderer {
    static func lines(_ peer: PeerTunnel) throws(PeerConfigError) -> [String] {
        let name = peer.objectName
        var lines = peer.header("#")
        lines += ["connections {", "    \(name) {", "        version = \(try peer.required(.ikeVersion))"]
        if let aggressive = try peer.name(.ikeMode) { lines.append("        aggressive = \(aggressive)") }
        lines += [
            // No local_addrs: the peer may sit behind NAT; its identity is the address BCE knows it by.
            "        remote_addrs = \(peer.gateway)",
            "        proposals = " + (try proposal(peer, .ikeEncryption, .ikeIntegrity, .ikeGroup)),
            // IKEv1 has no rekeying, only reauthentication ("swanctl.conf", rekey_time).
            "        \(peer.isIKEv1 ? "reauth_time" : "rekey_time") = \(peer.ike.ikeLifeTime)s",
            "        local {", "            auth = psk", "            id = \(peer.update.remoteIp)", "        }",
            "        remote {", "            auth = psk", "            id = \(peer.gateway)", "        }",
            "        children {",
        ]
        let espProposals = try proposal(peer, .ipsecEncryption, .ipsecIntegrity, .ipsecGroup)
        let selectors = childSelectors(peer)
        for (index, pair) in selectors.enumerated() {
            let childName = selectors.count == 1 ? name : "\(name)-\(index + 1)"
            lines += [
                "            \(childName) {",
                "                local_ts = \(pair.local)",
                "                remote_ts = \(pair.remote)",
                "                esp_proposals = \(espProposals)",
                // strongSwan rekeys somewhat before this time and keeps the SA until 110% of it; BCE's lifetime.
                "                rekey_time = \(peer.ipsec.ipsecLifetime)s",
                "                start_action = start",
                "            }",
            ]
        }
        lines += [
            "        }", "    }", "}", "secrets {", "    ike-\(name) {", "        id = \(peer.gateway)",
            "        secret = \(PeerTunnel.doubleQuoted(peer.secret))", "    }", "}",
        ]
        return lines
    }

    /// `aes128-sha1-modp2048`; without a group when the vendor leaves it out (no PFS).
    private static func proposal(
        _ peer: PeerTunnel, _ encryption: PeerSetting, _ integrity: PeerSetting, _ group: PeerSetting
    ) throws(PeerConfigError) -> String {
        var parts = [try peer.required(encryption), try peer.required(integrity)]
        if let name = try peer.name(group) { parts.append(name) }
        return parts.joined(separator: "-")
    }

    /// The traffic selectors of each child: all subnets in one child for IKEv2, one child per pair of subnets for
    /// IKEv1, which negotiates a single pair per CHILD_SA ("swanctl.conf", local_ts).
    private static func childSelectors(_ peer: PeerTunnel) -> [(local: String, remote: String)] {
        let local = peer.peerNetworks.map(\.description)
        let remote = peer.bceNetworks.map(\.description)
        guard peer.isIKEv1 else {
            return [(local.joined(separator: ", "), remote.joined(separator: ", "))]
        }
        return local.flatMap { l in remote.map { r in (l, r) } }
    }
}
