/// A setting of the peer's configuration that a vendor names in its own words.
///
/// Mostly one per catalog field; `ikePrf` is the pseudo-random function that some vendors configure apart from the
/// integrity algorithm (BCE's `ikeAuthAlg` is both).
public enum PeerSetting: String, CaseIterable, Sendable, Hashable {
    case ikeVersion
    case ikeMode
    case ikeEncryption
    case ikeIntegrity
    case ikePrf
    case ikeGroup
    case ipsecEncryption
    case ipsecIntegrity
    case ipsecGroup

    /// The BCE field the setting comes from.
    public var field: TunnelField {
        switch self {
        case .ikeVersion: .ikeVersion
        case .ikeMode: .ikeMode
        case .ikeEncryption: .ikeEncAlg
        case .ikeIntegrity, .ikePrf: .ikeAuthAlg
        case .ikeGroup: .ikePfs
        case .ipsecEncryption: .ipsecEncAlg
        case .ipsecIntegrity: .ipsecAuthAlg
        case .ipsecGroup: .ipsecPfs
        }
    }

    /// The setting's BCE value in a tunnel; nil for an IKE mode that is not set.
    public func value(in ike: IkeConfig, _ ipsec: IpsecConfig) -> String? {
        switch self {
        case .ikeVersion: ike.ikeVersion
        case .ikeMode: ike.ikeMode
        case .ikeEncryption: ike.ikeEncAlg
        case .ikeIntegrity, .ikePrf: ike.ikeAuthAlg
        case .ikeGroup: ike.ikePfs
        case .ipsecEncryption: ipsec.ipsecEncAlg
        case .ipsecIntegrity: ipsec.ipsecAuthAlg
        case .ipsecGroup: ipsec.ipsecPfs
        }
    }
}
