/// A field of the update request, named as the API names it.
public enum TunnelField: String, CaseIterable, Sendable, Hashable {
    case vpnConnId
    case clientToken
    case vpnId
    case vpnConnName
    case description
    case secretKey
    case remoteIp
    case cgwId
    case localSubnets
    case remoteSubnets
    case ikeVersion
    case ikeMode
    case ikeEncAlg
    case ikeAuthAlg
    case ikePfs
    case ikeLifeTime
    case ipsecEncAlg
    case ipsecAuthAlg
    case ipsecPfs
    case ipsecLifetime

    /// The part of the form a field belongs to.
    public enum Section: String, CaseIterable, Sendable {
        case tunnel = "Tunnel"
        case ike = "IKE"
        case ipsec = "IPsec"
    }

    /// The section of the form and of the request body that holds the field.
    public var section: Section {
        switch self {
        case .ikeVersion, .ikeMode, .ikeEncAlg, .ikeAuthAlg, .ikePfs, .ikeLifeTime: .ike
        case .ipsecEncAlg, .ipsecAuthAlg, .ipsecPfs, .ipsecLifetime: .ipsec
        default: .tunnel
        }
    }

    /// The field's path in the request: `ikeConfig.ikeLifeTime`, `vpnConnName`.
    public var path: String {
        switch section {
        case .tunnel: rawValue
        case .ike: "ikeConfig." + rawValue
        case .ipsec: "ipsecConfig." + rawValue
        }
    }

    /// A plain name for people in English, shown next to the API's own name (`Language.text(.fieldLabel(_:))` in
    /// another language).
    public var label: String { Language.en.text(.fieldLabel(self)) }

    /// Whether the value is a secret that is masked unless the operator asks to see it.
    public var isSecret: Bool { self == .secretKey }

    /// Whether the field holds a list of CIDRs.
    public var isList: Bool { self == .localSubnets || self == .remoteSubnets }

    /// Whether the field is a choice from the algorithm catalog.
    public var isChoice: Bool { AlgorithmCatalog.choiceFields.contains(self) }
}

/// Where a value sits in a tunnel: a field, and for list fields the row.
public struct FieldPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var field: TunnelField
    public var index: Int?

    public init(_ field: TunnelField, index: Int? = nil) {
        self.field = field
        self.index = index
    }

    /// `ikeConfig.ikeLifeTime`, `localSubnets[2]`.
    public var description: String {
        guard let index else { return field.path }
        return "\(field.path)[\(index)]"
    }

    /// Form order: by field as `TunnelField` lists them, then by row.
    public static func < (lhs: FieldPath, rhs: FieldPath) -> Bool {
        if lhs.field != rhs.field { return lhs.field.order < rhs.field.order }
        return (lhs.index ?? -1) < (rhs.index ?? -1)
    }
}

extension TunnelField {
    /// The field's place in form order: its index in `allCases` (a test checks the two agree), found by a `switch`
    /// rather than a search, since the validator and the form ask on every key.
    public var order: Int {
        switch self {
        case .vpnConnId: 0
        case .clientToken: 1
        case .vpnId: 2
        case .vpnConnName: 3
        case .description: 4
        case .secretKey: 5
        case .remoteIp: 6
        case .cgwId: 7
        case .localSubnets: 8
        case .remoteSubnets: 9
        case .ikeVersion: 10
        case .ikeMode: 11
        case .ikeEncAlg: 12
        case .ikeAuthAlg: 13
        case .ikePfs: 14
        case .ikeLifeTime: 15
        case .ipsecEncAlg: 16
        case .ipsecAuthAlg: 17
        case .ipsecPfs: 18
        case .ipsecLifetime: 19
        }
    }
}
