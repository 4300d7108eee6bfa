/// The configuration of the device at the other end of a BCE tunnel, in a vendor's language.
///
/// Mirrors the tunnel as BCE has it: the peer's local networks are BCE's `remoteSubnets`, its remote networks BCE's
/// `localSubnets`, its remote address BCE's gateway address (the tunnel's `localIp`, the VPN's EIP), and its
/// proposal BCE's, in the vendor's names (`PeerNameTable`).
public enum PeerConfig {
    /// The configuration of a valid tunnel, the key masked unless `revealingSecrets`.
    public static func render(
        _ update: TunnelUpdate, bceGatewayIp: String, format: PeerConfigFormat, revealingSecrets: Bool = false
    ) throws(PeerConfigError) -> String {
        guard let gateway = IPv4Address(bceGatewayIp) else { throw .invalidGatewayAddress(bceGatewayIp) }
        let table = format.table
        try table.checkLifetimes(update.ikeConfig, update.ipsecConfig)
        let peer = PeerTunnel(update: update, gateway: gateway, table: table, revealsSecrets: revealingSecrets)
        let lines: [String]
        switch format {
        case .swanctl: lines = try SwanctlRenderer.lines(peer)
        case .libreswan: lines = try LibreswanRenderer.lines(peer)
        case .ciscoIOS: lines = try CiscoIOSRenderer.lines(peer)
        case .juniperSRX: lines = try JuniperSRXRenderer.lines(peer)
        case .huawei: lines = try HuaweiRenderer.lines(peer)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The configuration of a tunnel as edited: validated first, refused with its errors when it has any.
    public static func render(
        _ draft: TunnelDraft, validator: TunnelValidator, bceGatewayIp: String, format: PeerConfigFormat,
        revealingSecrets: Bool = false
    ) throws(PeerConfigError) -> String {
        let report = validator.validate(draft)
        guard let update = report.update else { throw .invalidTunnel(report.errors) }
        return try render(update, bceGatewayIp: bceGatewayIp, format: format, revealingSecrets: revealingSecrets)
    }
}
