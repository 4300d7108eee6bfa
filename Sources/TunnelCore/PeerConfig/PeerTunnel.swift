/// What a renderer writes from: a valid tunnel, BCE's gateway address, the key as shown and the vendor's names.
struct PeerTunnel {
    let update: TunnelUpdate
    /// BCE's side of the tunnel: the peer's remote address and identity.
    let gateway: IPv4Address
    let table: PeerNameTable
    let revealsSecrets: Bool

    /// The pre-shared key, or the mask.
    var secret: String { revealsSecrets ? update.secretKey : SecretMask.text }

    /// The name of the peer's objects (connection, proposals, policies): `bce-` and the tunnel id's suffix.
    var objectName: String {
        let prefix = "vpnconn-"
        let id = update.vpnConnId
        return "bce-" + (id.hasPrefix(prefix) ? String(id.dropFirst(prefix.count)) : id)
    }

    var ike: IkeConfig { update.ikeConfig }
    var ipsec: IpsecConfig { update.ipsecConfig }
    var isIKEv1: Bool { ike.ikeVersion == "v1" }

    /// The vendor's name for a setting of this tunnel; nil when the vendor leaves it out; a refusal otherwise.
    func name(_ setting: PeerSetting) throws(PeerConfigError) -> String? {
        try table.name(setting, in: ike, ipsec)
    }

    /// A name the vendor must have: a setting it never leaves out.
    func required(_ setting: PeerSetting) throws(PeerConfigError) -> String {
        guard let name = try name(setting) else {
            throw .unsupported(
                field: setting.field, value: setting.value(in: ike, ipsec) ?? "", format: table.format,
                reason: .noName)
        }
        return name
    }

    /// The peer's own networks: BCE's remote subnets, as networks (host bits cleared).
    var peerNetworks: [IPv4CIDR] { Self.networks(update.remoteSubnets) }
    /// The networks behind BCE: BCE's local subnets.
    var bceNetworks: [IPv4CIDR] { Self.networks(update.localSubnets) }

    private static func networks(_ rows: [String]) -> [IPv4CIDR] {
        rows.compactMap(IPv4CIDR.init).map { IPv4CIDR($0.network, prefix: $0.prefix) }
    }

    /// A value in double quotes with `"` and `\` escaped by a backslash, as strongswan.conf, libreswan's
    /// ipsec.secrets and Junos quote a string.
    static func doubleQuoted(_ text: String) -> String {
        var quoted = "\""
        for character in text {
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }

    /// The opening comment lines, each after `marker`: what the text is for and which addresses it uses.
    func header(_ marker: String) -> [String] {
        var lines = [
            "\(marker) \(table.format.title) configuration for the peer of BCE tunnel \(update.vpnConnId) "
                + "(\(update.vpnConnName)), written by vpn-tunnel peer-config.",
            "\(marker) BCE's gateway: \(gateway); BCE knows this peer as \(update.remoteIp).",
        ]
        if !revealsSecrets {
            lines.append("\(marker) The pre-shared key is masked: export again with --reveal-secrets to include it.")
        }
        return lines
    }
}

extension IPv4CIDR {
    /// The inverted mask of ACLs (`0.0.0.255` for a /24).
    var wildcard: IPv4Address { IPv4Address(~mask) }
    /// The mask in dotted form (`255.255.255.0`).
    var dottedMask: IPv4Address { IPv4Address(mask) }
}
