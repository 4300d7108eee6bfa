/// A tunnel update as the operator is editing it.
///
/// Every value is text, so the draft can hold what is not valid yet (a half-typed CIDR, a lifetime of "8h").
/// `TunnelValidator` turns a draft into a typed `TunnelUpdate`, or into the list of what is wrong with it.
/// An empty optional field (`description`, `cgwId`, `clientToken`, `ikeMode`) means "not set": it is not sent.
public struct TunnelDraft: Sendable, Hashable {
    public var vpnConnId: String
    public var clientToken: String
    public var vpnId: String
    public var vpnConnName: String
    public var description: String
    public var secretKey: String
    public var remoteIp: String
    public var cgwId: String
    public var localSubnets: [String]
    public var remoteSubnets: [String]
    public var ikeConfig: IkeDraft
    public var ipsecConfig: IpsecDraft

    public init(
        vpnConnId: String = "", clientToken: String = "", vpnId: String = "", vpnConnName: String = "",
        description: String = "", secretKey: String = "", remoteIp: String = "", cgwId: String = "",
        localSubnets: [String] = [], remoteSubnets: [String] = [], ikeConfig: IkeDraft = IkeDraft(),
        ipsecConfig: IpsecDraft = IpsecDraft()
    ) {
        self.vpnConnId = vpnConnId
        self.clientToken = clientToken
        self.vpnId = vpnId
        self.vpnConnName = vpnConnName
        self.description = description
        self.secretKey = secretKey
        self.remoteIp = remoteIp
        self.cgwId = cgwId
        self.localSubnets = localSubnets
        self.remoteSubnets = remoteSubnets
        self.ikeConfig = ikeConfig
        self.ipsecConfig = ipsecConfig
    }

    /// The text of a single-value field; a list field reads as its rows joined by ", ".
    public subscript(text field: TunnelField) -> String {
        get {
            switch field {
            case .vpnConnId: vpnConnId
            case .clientToken: clientToken
            case .vpnId: vpnId
            case .vpnConnName: vpnConnName
            case .description: description
            case .secretKey: secretKey
            case .remoteIp: remoteIp
            case .cgwId: cgwId
            case .localSubnets: localSubnets.joined(separator: ", ")
            case .remoteSubnets: remoteSubnets.joined(separator: ", ")
            case .ikeVersion: ikeConfig.ikeVersion
            case .ikeMode: ikeConfig.ikeMode
            case .ikeEncAlg: ikeConfig.ikeEncAlg
            case .ikeAuthAlg: ikeConfig.ikeAuthAlg
            case .ikePfs: ikeConfig.ikePfs
            case .ikeLifeTime: ikeConfig.ikeLifeTime
            case .ipsecEncAlg: ipsecConfig.ipsecEncAlg
            case .ipsecAuthAlg: ipsecConfig.ipsecAuthAlg
            case .ipsecPfs: ipsecConfig.ipsecPfs
            case .ipsecLifetime: ipsecConfig.ipsecLifetime
            }
        }
        set {
            switch field {
            case .vpnConnId: vpnConnId = newValue
            case .clientToken: clientToken = newValue
            case .vpnId: vpnId = newValue
            case .vpnConnName: vpnConnName = newValue
            case .description: description = newValue
            case .secretKey: secretKey = newValue
            case .remoteIp: remoteIp = newValue
            case .cgwId: cgwId = newValue
            case .localSubnets: localSubnets = CIDRList.rows(fromPasted: newValue)
            case .remoteSubnets: remoteSubnets = CIDRList.rows(fromPasted: newValue)
            case .ikeVersion: ikeConfig.ikeVersion = newValue
            case .ikeMode: ikeConfig.ikeMode = newValue
            case .ikeEncAlg: ikeConfig.ikeEncAlg = newValue
            case .ikeAuthAlg: ikeConfig.ikeAuthAlg = newValue
            case .ikePfs: ikeConfig.ikePfs = newValue
            case .ikeLifeTime: ikeConfig.ikeLifeTime = newValue
            case .ipsecEncAlg: ipsecConfig.ipsecEncAlg = newValue
            case .ipsecAuthAlg: ipsecConfig.ipsecAuthAlg = newValue
            case .ipsecPfs: ipsecConfig.ipsecPfs = newValue
            case .ipsecLifetime: ipsecConfig.ipsecLifetime = newValue
            }
        }
    }

    /// The rows of a list field (`localSubnets`, `remoteSubnets`); empty for any other field.
    public subscript(list field: TunnelField) -> [String] {
        get {
            switch field {
            case .localSubnets: localSubnets
            case .remoteSubnets: remoteSubnets
            default: []
            }
        }
        set {
            switch field {
            case .localSubnets: localSubnets = newValue
            case .remoteSubnets: remoteSubnets = newValue
            default: break
            }
        }
    }

    /// The fields whose values differ between two drafts, in form order.
    public func changedFields(from other: TunnelDraft) -> [TunnelField] {
        TunnelField.allCases.filter { field in
            field.isList ? self[list: field] != other[list: field] : self[text: field] != other[text: field]
        }
    }
}

/// Turning pasted text into rows of a CIDR list.
public enum CIDRList {
    /// Splits text on commas, spaces, tabs and newlines into non-empty, trimmed rows.
    public static func rows(fromPasted text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map(String.init)
    }
}
