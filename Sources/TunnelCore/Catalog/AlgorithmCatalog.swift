/// The allowed values of every IKE and IPsec choice, in the documented order.
///
/// The form's dropdowns and the validator read this one list, so they cannot disagree.
public enum AlgorithmCatalog {
    /// The fields whose value is picked from this catalog.
    public static let choiceFields: [TunnelField] = [
        .ikeVersion, .ikeMode, .ikeEncAlg, .ikeAuthAlg, .ikePfs, .ipsecEncAlg, .ipsecAuthAlg, .ipsecPfs,
    ]

    static let versions = [
        AlgorithmChoice("v1", "IKEv1"),
        AlgorithmChoice("v2", "IKEv2"),
    ]
    static let modes = [
        AlgorithmChoice("main", "Main mode"),
        AlgorithmChoice("aggressive", "Aggressive mode"),
    ]
    static let encryption = [
        AlgorithmChoice("aes", "AES-128"),
        AlgorithmChoice("aes192", "AES-192"),
        AlgorithmChoice("aes256", "AES-256"),
        AlgorithmChoice("3des", "Triple DES", weak: true),
    ]
    static let authentication = [
        AlgorithmChoice("sha1", "SHA-1"),
        AlgorithmChoice("md5", "MD5", weak: true),
        AlgorithmChoice("sha2_256", "SHA-256", tier: .extended),
        AlgorithmChoice("sha2_384", "SHA-384", tier: .extended),
        AlgorithmChoice("sha2_512", "SHA-512", tier: .extended),
    ]
    static let groups = [
        AlgorithmChoice("group2", "DH group 2 (1024-bit)", weak: true),
        AlgorithmChoice("group5", "DH group 5 (1536-bit)", weak: true),
        AlgorithmChoice("group14", "DH group 14 (2048-bit)"),
        AlgorithmChoice("group24", "DH group 24 (2048-bit, 256-bit subgroup)"),
    ]
    static let ipsecGroups = groups + [AlgorithmChoice("disabled", "No PFS", tier: .extended)]

    /// Every value of a choice field, documented first, then the extended tier; empty for other fields.
    public static func allChoices(for field: TunnelField) -> [AlgorithmChoice] {
        switch field {
        case .ikeVersion: versions
        case .ikeMode: modes
        case .ikeEncAlg, .ipsecEncAlg: encryption
        case .ikeAuthAlg, .ipsecAuthAlg: authentication
        case .ikePfs: groups
        case .ipsecPfs: ipsecGroups
        default: []
        }
    }

    /// The values an operator may pick for a field: the documented ones, plus the extended tier when asked for.
    public static func choices(for field: TunnelField, includingExtended: Bool = false) -> [AlgorithmChoice] {
        let all = allChoices(for: field)
        return includingExtended ? all : all.filter { $0.tier == .documented }
    }

    /// The catalog entry of a value, whichever tier it is in.
    public static func choice(_ value: String, for field: TunnelField) -> AlgorithmChoice? {
        allChoices(for: field).first { $0.value == value }
    }
}
