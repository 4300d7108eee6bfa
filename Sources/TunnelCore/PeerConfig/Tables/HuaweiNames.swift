/// Huawei AR / USG (VRP) names for BCE's values.
///
/// Huawei "AR100-S … AR3200-S V200R010 Command Reference", IPSec Configuration Commands
/// (https://support.huawei.com/enterprise/en/doc/EDOC1100207804/bbfcca36/ipsec-configuration-commands), and the AR
/// "CLI-based Configuration Guide - VPN" (https://support.huawei.com/enterprise/en/doc/EDOC1100033725): "ike proposal" (`encryption-algorithm`,
/// `authentication-algorithm`, `integrity-algorithm`, `prf`, `dh`, `sa duration`), "ike peer" (`version`,
/// `exchange-mode`), "ipsec proposal" (`esp encryption-algorithm`, `esp authentication-algorithm`), "pfs" and
/// "sa duration time-based" in the IPSec policy view.
public enum HuaweiNames {
    public static let table = PeerNameTable(
        format: .huawei,
        rows: versionRows + PeerNameTable.modesLeftOutOfIKEv2 + encryptionRows + integrityRows + otherRows,
        // "ike proposal", sa duration: 60 to 604800 seconds.
        ikeLifetimes: ["v1": 60...604_800, "v2": 60...604_800],
        // "sa duration time-based": 30 to 604800 seconds.
        ipsecLifetimes: 30...604_800
    )

    private static let versionRows: [PeerNameTable.Row] = [
        // "ike peer", version: both versions are on by default; `undo version 2` leaves IKEv1 alone, `undo
        // version 1` IKEv2.
        .init(.ikeVersion, "v1", .name("undo version 2")),
        .init(.ikeVersion, "v2", .name("undo version 1")),
        // "ike peer", exchange-mode: `main`, `aggressive` (IKEv1 only).
        .init(.ikeMode, "main", .name("main"), ikeVersion: "v1"),
        .init(.ikeMode, "aggressive", .name("aggressive"), ikeVersion: "v1"),
    ]

    /// "ike proposal", encryption-algorithm, and "ipsec proposal", esp encryption-algorithm: `aes-128`, `aes-192`,
    /// `aes-256`, `3des`.
    private static let encryptionRows: [PeerNameTable.Row] = [PeerSetting.ikeEncryption, .ipsecEncryption].flatMap {
        setting -> [PeerNameTable.Row] in
        [
            PeerNameTable.Row(setting, "aes", .name("aes-128")),
            .init(setting, "aes192", .name("aes-192")),
            .init(setting, "aes256", .name("aes-256")),
            .init(setting, "3des", .name("3des")),
        ]
    }

    private static let integrityRows: [PeerNameTable.Row] =
        [
            // "ike proposal", authentication-algorithm (IKEv1): `sha1`, `md5`, `sha2-256`, `sha2-384`,
            // `sha2-512`.
            .init(.ikeIntegrity, "sha1", .name("sha1"), ikeVersion: "v1"),
            .init(.ikeIntegrity, "md5", .name("md5"), ikeVersion: "v1"),
            .init(.ikeIntegrity, "sha2_256", .name("sha2-256"), ikeVersion: "v1"),
            .init(.ikeIntegrity, "sha2_384", .name("sha2-384"), ikeVersion: "v1"),
            .init(.ikeIntegrity, "sha2_512", .name("sha2-512"), ikeVersion: "v1"),
            // "ike proposal", integrity-algorithm (IKEv2): `hmac-sha1-96`, `hmac-md5-96`, `hmac-sha2-256`,
            // `hmac-sha2-384`, `hmac-sha2-512`.
            .init(.ikeIntegrity, "sha1", .name("hmac-sha1-96"), ikeVersion: "v2"),
            .init(.ikeIntegrity, "md5", .name("hmac-md5-96"), ikeVersion: "v2"),
            .init(.ikeIntegrity, "sha2_256", .name("hmac-sha2-256"), ikeVersion: "v2"),
            .init(.ikeIntegrity, "sha2_384", .name("hmac-sha2-384"), ikeVersion: "v2"),
            .init(.ikeIntegrity, "sha2_512", .name("hmac-sha2-512"), ikeVersion: "v2"),
            // "ike proposal", prf (IKEv2; BCE uses the integrity algorithm's hash): `hmac-sha1`, `hmac-md5`,
            // `hmac-sha2-256`, `hmac-sha2-384`, `hmac-sha2-512`. IKEv1 derives it from the authentication
            // algorithm.
            .init(.ikePrf, "sha1", .name("hmac-sha1"), ikeVersion: "v2"),
            .init(.ikePrf, "md5", .name("hmac-md5"), ikeVersion: "v2"),
            .init(.ikePrf, "sha2_256", .name("hmac-sha2-256"), ikeVersion: "v2"),
            .init(.ikePrf, "sha2_384", .name("hmac-sha2-384"), ikeVersion: "v2"),
            .init(.ikePrf, "sha2_512", .name("hmac-sha2-512"), ikeVersion: "v2"),
        ]
        + AlgorithmCatalog.allChoices(for: .ikeAuthAlg).map { choice -> PeerNameTable.Row in
            PeerNameTable.Row(.ikePrf, choice.value, .omitted, ikeVersion: "v1")
        }

    private static let otherRows: [PeerNameTable.Row] = [
        // "ipsec proposal", esp authentication-algorithm: `sha1`, `md5`, `sha2-256`, `sha2-384`, `sha2-512`.
        .init(.ipsecIntegrity, "sha1", .name("sha1")),
        .init(.ipsecIntegrity, "md5", .name("md5")),
        .init(.ipsecIntegrity, "sha2_256", .name("sha2-256")),
        .init(.ipsecIntegrity, "sha2_384", .name("sha2-384")),
        .init(.ipsecIntegrity, "sha2_512", .name("sha2-512")),
        // "ike proposal", dh: `group2`, `group5`, `group14`, `group24`.
        .init(.ikeGroup, "group2", .name("group2")),
        .init(.ikeGroup, "group5", .name("group5")),
        .init(.ikeGroup, "group14", .name("group14")),
        .init(.ikeGroup, "group24", .name("group24")),
        // "pfs" in the IPSec policy view: `dh-group2`, `dh-group5`, `dh-group14`, `dh-group24`; no `pfs`
        // line means no PFS.
        .init(.ipsecGroup, "group2", .name("dh-group2")),
        .init(.ipsecGroup, "group5", .name("dh-group5")),
        .init(.ipsecGroup, "group14", .name("dh-group14")),
        .init(.ipsecGroup, "group24", .name("dh-group24")),
        .init(.ipsecGroup, "disabled", .omitted),
    ]
}
