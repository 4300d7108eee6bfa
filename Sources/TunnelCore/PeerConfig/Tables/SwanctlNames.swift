/// strongSwan's names for BCE's values, in `swanctl.conf`.
///
/// Proposal keywords: strongSwan, "IKEv2 Cipher Suites"
/// (https://docs.strongswan.org/docs/5.9/config/IKEv2CipherSuites.html), the same keywords for IKEv1, as its source
/// lists them in `src/libstrongswan/crypto/proposal/proposal_keywords_static.txt`. Settings: strongSwan,
/// "swanctl.conf" (https://docs.strongswan.org/docs/5.9/swanctl/swanctlConf.html). A name only parses; charon
/// negotiates it only with a plugin that implements it, named per row (Debian: `aes`, `sha1`, `sha2`, `md5`, `hmac`,
/// `gmp` in `libstrongswan`; `openssl` in `libstrongswan-standard-plugins`, the only one there with 3DES).
public enum SwanctlNames {
    public static let table = PeerNameTable(
        format: .swanctl,
        rows: versionRows + PeerNameTable.modesLeftOutOfIKEv2
            + encryption(.ikeEncryption) + encryption(.ipsecEncryption)
            + integrity(.ikeIntegrity) + integrity(.ipsecIntegrity)
            + groups(.ikeGroup) + groups(.ipsecGroup) + pfsOff,
        // swanctl.conf takes any duration; BCE's own ranges apply.
        ikeLifetimes: ["v1": 1...Int.max, "v2": 1...Int.max],
        ipsecLifetimes: 1...Int.max
    )

    private static let versionRows: [PeerNameTable.Row] = [
        // swanctl.conf, connections.<conn>.version: 1 is IKEv1, 2 is IKEv2.
        .init(.ikeVersion, "v1", .name("1")),
        .init(.ikeVersion, "v2", .name("2")),
        // swanctl.conf, connections.<conn>.aggressive: yes|no, IKEv1 only (IKEv2 has no modes).
        .init(.ikeMode, "main", .name("no"), ikeVersion: "v1"),
        .init(.ikeMode, "aggressive", .name("yes"), ikeVersion: "v1"),
    ]

    // No DH group in esp_proposals means no PFS ("IKEv2 Cipher Suites", Diffie-Hellman groups).
    private static let pfsOff = [PeerNameTable.Row(.ipsecGroup, "disabled", .omitted)]

    /// "IKEv2 Cipher Suites", Encryption Algorithms: `aes128` (plugin aes, or openssl), `aes192`, `aes256`,
    /// `3des` (plugin openssl, or des).
    private static func encryption(_ setting: PeerSetting) -> [PeerNameTable.Row] {
        [
            .init(setting, "aes", .name("aes128")),
            .init(setting, "aes192", .name("aes192")),
            .init(setting, "aes256", .name("aes256")),
            .init(setting, "3des", .name("3des")),
        ]
    }

    /// "IKEv2 Cipher Suites", Integrity Algorithms: `sha1` (HMAC_SHA1_96; plugins sha1 and hmac), `md5`
    /// (HMAC_MD5_96; md5 and hmac), `sha256`/`sha384`/`sha512` (HMAC_SHA2_*, RFC 4868 truncation; sha2 and hmac).
    private static func integrity(_ setting: PeerSetting) -> [PeerNameTable.Row] {
        [
            .init(setting, "sha1", .name("sha1")),
            .init(setting, "md5", .name("md5")),
            .init(setting, "sha2_256", .name("sha256")),
            .init(setting, "sha2_384", .name("sha384")),
            .init(setting, "sha2_512", .name("sha512")),
        ]
    }

    /// "IKEv2 Cipher Suites", Diffie-Hellman Groups: `modp1024` (group 2), `modp1536` (5), `modp2048` (14),
    /// `modp2048s256` (24); all MODP groups need plugin gmp or openssl.
    private static func groups(_ setting: PeerSetting) -> [PeerNameTable.Row] {
        [
            .init(setting, "group2", .name("modp1024")),
            .init(setting, "group5", .name("modp1536")),
            .init(setting, "group14", .name("modp2048")),
            .init(setting, "group24", .name("modp2048s256")),
        ]
    }
}
