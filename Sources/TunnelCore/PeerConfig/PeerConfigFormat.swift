/// The configuration languages the peer's configuration is exported in.
public enum PeerConfigFormat: String, CaseIterable, Sendable, Hashable {
    /// strongSwan's `swanctl.conf`.
    case swanctl
    /// libreswan's `ipsec.conf`.
    case libreswan
    /// Cisco IOS / IOS XE configuration mode commands.
    case ciscoIOS = "cisco-ios"
    /// Juniper SRX (Junos) `set` commands.
    case juniperSRX = "juniper-srx"
    /// Huawei AR / USG (VRP) commands.
    case huawei

    /// The vendor and language, for messages and the editor's title: `strongSwan (swanctl.conf)`.
    public var title: String {
        switch self {
        case .swanctl: "strongSwan (swanctl.conf)"
        case .libreswan: "libreswan (ipsec.conf)"
        case .ciscoIOS: "Cisco IOS"
        case .juniperSRX: "Juniper SRX"
        case .huawei: "Huawei AR/USG"
        }
    }

    /// The mapping of BCE's values to this vendor's names.
    public var table: PeerNameTable {
        switch self {
        case .swanctl: SwanctlNames.table
        case .libreswan: LibreswanNames.table
        case .ciscoIOS: CiscoIOSNames.table
        case .juniperSRX: JuniperSRXNames.table
        case .huawei: HuaweiNames.table
        }
    }

    /// The format after this one, round again: the editor's format key steps through them.
    public var next: PeerConfigFormat {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
