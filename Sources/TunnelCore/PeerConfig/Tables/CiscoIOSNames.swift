/// Cisco IOS / IOS XE names for BCE's values.
///
/// Cisco IOS Security Command Reference (https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/a1/sec-a1-cr-book.html
/// and its c1, c2, s1 to s6 volumes): "crypto ikev2 proposal" (`encryption`, `integrity`, `group`), "crypto isakmp
/// policy" (`encryption`, `hash`, `group`, `lifetime`), "crypto ikev2 profile" (`lifetime`), "crypto ipsec
/// transform-set", "set pfs", "set security-association lifetime".
public enum CiscoIOSNames {
    public static let table = PeerNameTable(
        format: .ciscoIOS,
        rows: rows + PeerNameTable.modesLeftOutOfIKEv2,
        // "crypto isakmp policy", lifetime: 60 to 86400 seconds; "crypto ikev2 profile", lifetime: 120 to 86400.
        ikeLifetimes: ["v1": 60...86400, "v2": 120...86400],
        // "set security-association lifetime seconds": 120 to 2592000.
        ipsecLifetimes: 120...2_592_000
    )

    private static let rows: [PeerNameTable.Row] = [
        // The IKE version is the command family: "crypto isakmp" for IKEv1, "crypto ikev2" for IKEv2.
        .init(.ikeVersion, "v1", .name("isakmp")),
        .init(.ikeVersion, "v2", .name("ikev2")),
        // "crypto isakmp peer", "set aggressive-mode client-endpoint": aggressive mode is set per peer; main
        // mode is the default and needs no line.
        .init(.ikeMode, "main", .omitted, ikeVersion: "v1"),
        .init(.ikeMode, "aggressive", .name("aggressive-mode"), ikeVersion: "v1"),
        // "crypto isakmp policy", encryption: `aes` (128-bit), `aes 192`, `aes 256`, `3des`.
        .init(.ikeEncryption, "aes", .name("aes"), ikeVersion: "v1"),
        .init(.ikeEncryption, "aes192", .name("aes 192"), ikeVersion: "v1"),
        .init(.ikeEncryption, "aes256", .name("aes 256"), ikeVersion: "v1"),
        .init(.ikeEncryption, "3des", .name("3des"), ikeVersion: "v1"),
        // "crypto ikev2 proposal", encryption: `aes-cbc-128`, `aes-cbc-192`, `aes-cbc-256`, `3des`.
        .init(.ikeEncryption, "aes", .name("aes-cbc-128"), ikeVersion: "v2"),
        .init(.ikeEncryption, "aes192", .name("aes-cbc-192"), ikeVersion: "v2"),
        .init(.ikeEncryption, "aes256", .name("aes-cbc-256"), ikeVersion: "v2"),
        .init(.ikeEncryption, "3des", .name("3des"), ikeVersion: "v2"),
        // "crypto isakmp policy", hash: `sha`, `md5`, `sha256`, `sha384`, `sha512`.
        .init(.ikeIntegrity, "sha1", .name("sha"), ikeVersion: "v1"),
        .init(.ikeIntegrity, "md5", .name("md5"), ikeVersion: "v1"),
        .init(.ikeIntegrity, "sha2_256", .name("sha256"), ikeVersion: "v1"),
        .init(.ikeIntegrity, "sha2_384", .name("sha384"), ikeVersion: "v1"),
        .init(.ikeIntegrity, "sha2_512", .name("sha512"), ikeVersion: "v1"),
        // "crypto ikev2 proposal", integrity: `sha1`, `md5`, `sha256`, `sha384`, `sha512`.
        .init(.ikeIntegrity, "sha1", .name("sha1"), ikeVersion: "v2"),
        .init(.ikeIntegrity, "md5", .name("md5"), ikeVersion: "v2"),
        .init(.ikeIntegrity, "sha2_256", .name("sha256"), ikeVersion: "v2"),
        .init(.ikeIntegrity, "sha2_384", .name("sha384"), ikeVersion: "v2"),
        .init(.ikeIntegrity, "sha2_512", .name("sha512"), ikeVersion: "v2"),
        // "crypto isakmp policy" and "crypto ikev2 proposal", group: the group's number.
        .init(.ikeGroup, "group2", .name("2")),
        .init(.ikeGroup, "group5", .name("5")),
        .init(.ikeGroup, "group14", .name("14")),
        .init(.ikeGroup, "group24", .name("24")),
        // "crypto ipsec transform-set": `esp-aes 128`, `esp-aes 192`, `esp-aes 256`, `esp-3des`.
        .init(.ipsecEncryption, "aes", .name("esp-aes 128")),
        .init(.ipsecEncryption, "aes192", .name("esp-aes 192")),
        .init(.ipsecEncryption, "aes256", .name("esp-aes 256")),
        .init(.ipsecEncryption, "3des", .name("esp-3des")),
        // "crypto ipsec transform-set": `esp-sha-hmac`, `esp-md5-hmac`, `esp-sha256-hmac`, `esp-sha384-hmac`,
        // `esp-sha512-hmac`.
        .init(.ipsecIntegrity, "sha1", .name("esp-sha-hmac")),
        .init(.ipsecIntegrity, "md5", .name("esp-md5-hmac")),
        .init(.ipsecIntegrity, "sha2_256", .name("esp-sha256-hmac")),
        .init(.ipsecIntegrity, "sha2_384", .name("esp-sha384-hmac")),
        .init(.ipsecIntegrity, "sha2_512", .name("esp-sha512-hmac")),
        // "set pfs": `group2`, `group5`, `group14`, `group24`; no `set pfs` line means no PFS.
        .init(.ipsecGroup, "group2", .name("group2")),
        .init(.ipsecGroup, "group5", .name("group5")),
        .init(.ipsecGroup, "group14", .name("group14")),
        .init(.ipsecGroup, "group24", .name("group24")),
        .init(.ipsecGroup, "disabled", .omitted),
    ]
}
