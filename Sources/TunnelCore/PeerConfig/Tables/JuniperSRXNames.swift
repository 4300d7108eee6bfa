/// Juniper SRX (Junos OS) names for BCE's values.
///
/// Junos OS CLI Reference (https://www.juniper.net/documentation/us/en/software/junos/cli-reference/): "proposal
/// (Security IKE)" (topics/ref/statement/security-edit-proposal.html: `authentication-algorithm` with sha-512,
/// `dh-group` with group24, `encryption-algorithm`, `lifetime-seconds`), "policy (Security IKE)" (`mode`), "gateway
/// (Security IKE)" (`version`), "proposal (Security IPsec)", and "perfect-forward-secrecy" (`keys`).
public enum JuniperSRXNames {
    public static let table = PeerNameTable(
        format: .juniperSRX,
        rows: versionRows + PeerNameTable.modesLeftOutOfIKEv2 + encryptionRows + integrityRows + groupRows,
        // "proposal (Security IKE)", lifetime-seconds: 180 to 86400.
        ikeLifetimes: ["v1": 180...86400, "v2": 180...86400],
        // "proposal (Security IPsec)", lifetime-seconds: 180 to 86400.
        ipsecLifetimes: 180...86400
    )

    private static let versionRows: [PeerNameTable.Row] = [
        // "gateway (Security IKE)", version: `v1-only`, `v2-only`.
        .init(.ikeVersion, "v1", .name("v1-only")),
        .init(.ikeVersion, "v2", .name("v2-only")),
        // "policy (Security IKE)", mode: `main`, `aggressive` (IKEv1 only).
        .init(.ikeMode, "main", .name("main"), ikeVersion: "v1"),
        .init(.ikeMode, "aggressive", .name("aggressive"), ikeVersion: "v1"),
    ]

    /// "proposal (Security IKE)" and "proposal (Security IPsec)", encryption-algorithm: `aes-128-cbc`,
    /// `aes-192-cbc`, `aes-256-cbc`, `3des-cbc`.
    private static let encryptionRows: [PeerNameTable.Row] = [PeerSetting.ikeEncryption, .ipsecEncryption].flatMap {
        setting -> [PeerNameTable.Row] in
        [
            PeerNameTable.Row(setting, "aes", .name("aes-128-cbc")),
            .init(setting, "aes192", .name("aes-192-cbc")),
            .init(setting, "aes256", .name("aes-256-cbc")),
            .init(setting, "3des", .name("3des-cbc")),
        ]
    }

    private static let integrityRows: [PeerNameTable.Row] = [
        // "proposal (Security IKE)", authentication-algorithm: `sha1`, `md5`, `sha-256`, `sha-384`,
        // `sha-512`.
        .init(.ikeIntegrity, "sha1", .name("sha1")),
        .init(.ikeIntegrity, "md5", .name("md5")),
        .init(.ikeIntegrity, "sha2_256", .name("sha-256")),
        .init(.ikeIntegrity, "sha2_384", .name("sha-384")),
        .init(.ikeIntegrity, "sha2_512", .name("sha-512")),
        // "proposal (Security IPsec)", authentication-algorithm: `hmac-sha1-96`, `hmac-md5-96`,
        // `hmac-sha-256-128`, `hmac-sha-384`, `hmac-sha-512`.
        .init(.ipsecIntegrity, "sha1", .name("hmac-sha1-96")),
        .init(.ipsecIntegrity, "md5", .name("hmac-md5-96")),
        .init(.ipsecIntegrity, "sha2_256", .name("hmac-sha-256-128")),
        .init(.ipsecIntegrity, "sha2_384", .name("hmac-sha-384")),
        .init(.ipsecIntegrity, "sha2_512", .name("hmac-sha-512")),
    ]

    /// "proposal (Security IKE)", dh-group, and "perfect-forward-secrecy", keys: `group2`, `group5`, `group14`,
    /// `group24`; "perfect-forward-secrecy" left out of the IPsec policy: no PFS.
    private static let groupRows: [PeerNameTable.Row] =
        [PeerSetting.ikeGroup, .ipsecGroup].flatMap { setting -> [PeerNameTable.Row] in
            [
                PeerNameTable.Row(setting, "group2", .name("group2")),
                .init(setting, "group5", .name("group5")),
                .init(setting, "group14", .name("group14")),
                .init(setting, "group24", .name("group24")),
            ]
        } + [PeerNameTable.Row(.ipsecGroup, "disabled", .omitted)]
}
