/// libreswan's names for BCE's values, in `ipsec.conf`.
///
/// libreswan, ipsec.conf(5) (https://libreswan.org/man/ipsec.conf.5.html): `ike=` and `esp=` take
/// `cipher-integrity-dhgroup`, `ikev2=`, `aggressive=`, `pfs=`, `ikelifetime=`, `salifetime=`. Checked with
/// libreswan 4.10's own parser (`ipsec algparse`), which refuses the two groups refused here.
public enum LibreswanNames {
    public static let table = PeerNameTable(
        format: .libreswan,
        rows: versionRows + PeerNameTable.modesLeftOutOfIKEv2
            + encryption(.ikeEncryption) + encryption(.ipsecEncryption)
            + integrity(.ikeIntegrity) + integrity(.ipsecIntegrity)
            + groups(.ikeGroup) + groups(.ipsecGroup) + pfsOff,
        ikeLifetimes: ["v1": 1...86400, "v2": 1...86400],
        // ipsec.conf(5), salifetime: at most 24 hours (IPSEC_SA_LIFETIME_MAXIMUM).
        ipsecLifetimes: 1...86400
    )

    private static let versionRows: [PeerNameTable.Row] = [
        // ipsec.conf(5), ikev2=: "no" for IKEv1, "yes" for IKEv2.
        .init(.ikeVersion, "v1", .name("no")),
        .init(.ikeVersion, "v2", .name("yes")),
        // ipsec.conf(5), aggressive=: IKEv1 only.
        .init(.ikeMode, "main", .name("no"), ikeVersion: "v1"),
        .init(.ikeMode, "aggressive", .name("yes"), ikeVersion: "v1"),
    ]

    // ipsec.conf(5), pfs=no: the child SA without a DH exchange.
    private static let pfsOff = [PeerNameTable.Row(.ipsecGroup, "disabled", .omitted)]

    /// ipsec.conf(5), ike= and esp= ciphers: `aes128`, `aes192`, `aes256` (AES-CBC), `3des`.
    private static func encryption(_ setting: PeerSetting) -> [PeerNameTable.Row] {
        [
            .init(setting, "aes", .name("aes128")),
            .init(setting, "aes192", .name("aes192")),
            .init(setting, "aes256", .name("aes256")),
            .init(setting, "3des", .name("3des")),
        ]
    }

    /// ipsec.conf(5), integrity: `sha1`, `md5`, `sha2_256`, `sha2_384`, `sha2_512`.
    private static func integrity(_ setting: PeerSetting) -> [PeerNameTable.Row] {
        [
            .init(setting, "sha1", .name("sha1")),
            .init(setting, "md5", .name("md5")),
            .init(setting, "sha2_256", .name("sha2_256")),
            .init(setting, "sha2_384", .name("sha2_384")),
            .init(setting, "sha2_512", .name("sha2_512")),
        ]
    }

    /// ipsec.conf(5), DH groups: `modp1536` (5), `modp2048` (14). Group 2 (`modp1024`) is left out of libreswan 4's
    /// default build (USE_DH2, libreswan's "Weak DH groups" notes), and groups 22 to 24 were removed
    /// (RFC 8247 says they MUST NOT be used); libreswan 4.10 answers "not supported" and "not recognized".
    private static func groups(_ setting: PeerSetting) -> [PeerNameTable.Row] {
        [
            .init(
                setting, "group2",
                .refused(.libreswanWithoutGroup2)),
            .init(setting, "group5", .name("modp1536")),
            .init(setting, "group14", .name("modp2048")),
            .init(
                setting, "group24",
                .refused(.libreswanWithoutGroups22To24)),
        ]
    }
}
