import Foundation
import Testing
import TunnelCore

/// The Cisco, Juniper and Huawei exports, which no program here can check: golden files of two tunnels (IKEv1 with
/// aggressive mode, weak values, no PFS and two networks behind BCE; IKEv2 with the extended tier and group 24),
/// and every line of them checked against the command syntax the vendor documents.
@Suite("Peer configuration golden files")
struct PeerConfigSyntaxTests {
    typealias F = PeerConfigFixtures

    static let tunnels: [(name: String, update: TunnelUpdate)] = [
        (
            "ikev1",
            F.update(
                ike: IkeConfig(
                    ikeVersion: "v1", ikeMode: "aggressive", ikeEncAlg: "3des", ikeAuthAlg: "md5", ikePfs: "group5",
                    ikeLifeTime: 86400),
                ipsec: IpsecConfig(
                    ipsecEncAlg: "aes192", ipsecAuthAlg: "sha1", ipsecPfs: "disabled", ipsecLifetime: 1800),
                local: ["10.1.0.0/16", "10.2.3.4/32"])
        ),
        (
            "ikev2",
            F.update(
                ike: IkeConfig(
                    ikeVersion: "v2", ikeMode: nil, ikeEncAlg: "aes256", ikeAuthAlg: "sha2_256", ikePfs: "group14",
                    ikeLifeTime: 28800),
                ipsec: IpsecConfig(
                    ipsecEncAlg: "aes", ipsecAuthAlg: "sha2_512", ipsecPfs: "group24", ipsecLifetime: 3600))
        ),
    ]

    static let formats: [PeerConfigFormat] = [.ciscoIOS, .juniperSRX, .huawei]

    static func goldenPath(_ format: PeerConfigFormat, _ tunnel: String) -> String {
        Fixtures.repositoryRoot.appendingPathComponent("Tests/golden/peer-config/\(format.rawValue)-\(tunnel).txt")
            .path
    }

    /// The export equals its golden file (revealed, so the key's place is checked too).
    @Test(arguments: formats)
    func goldenFiles(_ format: PeerConfigFormat) throws {
        for tunnel in Self.tunnels {
            let text = try PeerConfig.render(
                tunnel.update, bceGatewayIp: F.gateway, format: format, revealingSecrets: true)
            let golden = try String(contentsOfFile: Self.goldenPath(format, tunnel.name), encoding: .utf8)
            #expect(text == golden, "\(format.rawValue)-\(tunnel.name)")
        }
    }

    /// Every line of every golden file is a comment or a command of the vendor's documented syntax.
    @Test(arguments: formats)
    func everyLineIsDocumentedSyntax(_ format: PeerConfigFormat) throws {
        let patterns = try Self.syntax[format]!.map { try Regex("^" + $0 + "$") }
        for tunnel in Self.tunnels {
            let golden = try String(contentsOfFile: Self.goldenPath(format, tunnel.name), encoding: .utf8)
            let lines = golden.split(separator: "\n")
            #expect(lines.count > 15)
            for line in lines {
                #expect(
                    patterns.contains { String(line).wholeMatch(of: $0) != nil },
                    "\(format.rawValue)-\(tunnel.name): \(line)")
            }
        }
    }

    static let ip = #"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"#
    static let name = #"bce-[a-z0-9]+"#
    static let key = #"\S+"#

    static let syntax: [PeerConfigFormat: [String]] = [
        // Cisco IOS Security Command Reference
        // (https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/a1/sec-a1-cr-book.html and volumes c1-s6).
        .ciscoIOS: [
            "!.*",
            // "crypto isakmp policy": encryption {des | 3des | aes | aes 192 | aes 256}, hash {sha | sha256 |
            // sha384 | sha512 | md5}, authentication pre-share, group {1 | 2 | 5 | 14 | 15 | 16 | 19 | 20 | 24},
            // lifetime seconds.
            #"crypto isakmp policy \d+"#, " encryption (3des|aes|aes 192|aes 256)",
            " hash (sha|sha256|sha384|sha512|md5)",
            " authentication pre-share", " group (1|2|5|14|15|16|19|20|24)", #" lifetime \d+"#,
            // "crypto isakmp key": crypto isakmp key keystring address peer-address.
            "crypto isakmp key \(key) address \(ip)",
            // "crypto isakmp peer", "set aggressive-mode password", "set aggressive-mode client-endpoint".
            "crypto isakmp peer address \(ip)", " set aggressive-mode password \(key)",
            " set aggressive-mode client-endpoint ipv4-address \(ip)",
            // "crypto ikev2 proposal": encryption {3des | aes-cbc-128 | aes-cbc-192 | aes-cbc-256}, integrity {md5
            // | sha1 | sha256 | sha384 | sha512}, group {1 | 2 | 5 | 14 | 15 | 16 | 19 | 20 | 21 | 24}.
            "crypto ikev2 proposal \(name)", " encryption (3des|aes-cbc-128|aes-cbc-192|aes-cbc-256)",
            " integrity (md5|sha1|sha256|sha384|sha512)",
            // "crypto ikev2 policy": proposal name.
            "crypto ikev2 policy \(name)", " proposal \(name)",
            // "crypto ikev2 keyring": peer name, address ipv4-address, pre-shared-key line.
            "crypto ikev2 keyring \(name)", " peer bce", "  address \(ip)", "  pre-shared-key \(key)",
            // "crypto ikev2 profile": match identity remote address ip-address mask, identity local address,
            // authentication {local | remote} pre-share, keyring local name, lifetime seconds (120-86400).
            "crypto ikev2 profile \(name)", " match identity remote address \(ip) \(ip)",
            " identity local address \(ip)",
            " authentication (local|remote) pre-share", " keyring local \(name)",
            // "crypto ipsec transform-set": transform-set-name transform1 [transform2], esp-aes [128 | 192 | 256],
            // esp-3des, esp-md5-hmac, esp-sha-hmac, esp-sha256-hmac, esp-sha384-hmac, esp-sha512-hmac; "mode".
            "crypto ipsec transform-set \(name) (esp-aes( (128|192|256))?|esp-3des) "
                + "(esp-md5-hmac|esp-sha-hmac|esp-sha256-hmac|esp-sha384-hmac|esp-sha512-hmac)",
            " mode tunnel",
            // "ip access-list extended", "permit": permit protocol source source-wildcard destination
            // destination-wildcard, or host address.
            "ip access-list extended \(name)", " permit ip (host \(ip)|\(ip) \(ip)) (host \(ip)|\(ip) \(ip))",
            // "crypto map (global IPsec)": map-name seq-num ipsec-isakmp; "set peer", "set transform-set",
            // "set pfs" {group1 | group2 | group5 | group14 | group15 | group16 | group19 | group20 | group24},
            // "set security-association lifetime" seconds, "set ikev2-profile", "match address".
            "crypto map \(name) \\d+ ipsec-isakmp", " set peer \(ip)", " set transform-set \(name)",
            " set pfs group(1|2|5|14|15|16|19|20|24)", #" set security-association lifetime seconds \d+"#,
            " set ikev2-profile \(name)", " match address \(name)",
        ],
        // Junos OS CLI Reference (https://www.juniper.net/documentation/us/en/software/junos/cli-reference/).
        .juniperSRX: [
            "#.*",
            // "proposal (Security IKE)": authentication-method pre-shared-keys, dh-group (group1 | group2 | group5
            // | group14 | group15 | group16 | group19 | group20 | group21 | group24), authentication-algorithm (md5
            // | sha-256 | sha-384 | sha-512 | sha1), encryption-algorithm (3des-cbc | aes-128-cbc | aes-192-cbc |
            // aes-256-cbc | des-cbc), lifetime-seconds seconds.
            "set security ike proposal \(name) authentication-method pre-shared-keys",
            "set security ike proposal \(name) dh-group group(1|2|5|14|15|16|19|20|21|24)",
            "set security ike proposal \(name) authentication-algorithm (md5|sha-256|sha-384|sha-512|sha1)",
            "set security ike proposal \(name) encryption-algorithm (3des-cbc|aes-128-cbc|aes-192-cbc|aes-256-cbc)",
            "set security ike proposal \(name) lifetime-seconds \\d+",
            // "policy (Security IKE)": mode (aggressive | main), proposals, pre-shared-key ascii-text.
            "set security ike policy \(name) mode (aggressive|main)",
            "set security ike policy \(name) proposals \(name)",
            "set security ike policy \(name) pre-shared-key ascii-text \"[^\"]*\"",
            // "gateway (Security IKE)": ike-policy, address, local-identity inet, remote-identity inet, version
            // (v1-only | v2-only).
            "set security ike gateway \(name) ike-policy \(name)", "set security ike gateway \(name) address \(ip)",
            "set security ike gateway \(name) (local|remote)-identity inet \(ip)",
            "set security ike gateway \(name) version (v1-only|v2-only)",
            // "proposal (Security IPsec)": protocol esp, authentication-algorithm (hmac-md5-96 | hmac-sha-256-128
            // | hmac-sha-384 | hmac-sha-512 | hmac-sha1-96), encryption-algorithm, lifetime-seconds.
            "set security ipsec proposal \(name) protocol esp",
            "set security ipsec proposal \(name) authentication-algorithm "
                + "(hmac-md5-96|hmac-sha-256-128|hmac-sha-384|hmac-sha-512|hmac-sha1-96)",
            "set security ipsec proposal \(name) encryption-algorithm (3des-cbc|aes-128-cbc|aes-192-cbc|aes-256-cbc)",
            "set security ipsec proposal \(name) lifetime-seconds \\d+",
            // "policy (Security IPsec)": perfect-forward-secrecy keys (group1 | group2 | group5 | group14 | … |
            // group24), proposals.
            "set security ipsec policy \(name) perfect-forward-secrecy keys group(1|2|5|14|15|16|19|20|21|24)",
            "set security ipsec policy \(name) proposals \(name)",
            // "vpn (Security)": ike gateway, ike ipsec-policy, traffic-selector name local-ip / remote-ip,
            // establish-tunnels immediately.
            "set security ipsec vpn \(name) ike gateway \(name)",
            "set security ipsec vpn \(name) ike ipsec-policy \(name)",
            "set security ipsec vpn \(name) traffic-selector ts\\d+ (local|remote)-ip \(ip)/\\d+",
            "set security ipsec vpn \(name) establish-tunnels immediately",
        ],
        // Huawei AR Command Reference and "CLI-based Configuration Guide - VPN", IPSec
        // (https://support.huawei.com/enterprise/en/doc/EDOC1100033725).
        .huawei: [
            "#.*",
            // "acl (system view)": acl number acl-number (3000-3999 advanced); "rule (advanced ACL view)": rule
            // rule-id permit ip source source-address source-wildcard destination destination-address
            // destination-wildcard.
            "acl number 3\\d{3}", " rule \\d+ permit ip source \(ip) \(ip) destination \(ip) \(ip)",
            // "ike proposal": encryption-algorithm { 3des | aes-128 | aes-192 | aes-256 }, authentication-algorithm
            // { md5 | sha1 | sha2-256 | sha2-384 | sha2-512 }, integrity-algorithm { hmac-md5-96 | hmac-sha1-96 |
            // hmac-sha2-256 | hmac-sha2-384 | hmac-sha2-512 }, prf { hmac-md5 | hmac-sha1 | hmac-sha2-256 | … },
            // dh { group1 | group2 | group5 | group14 | group19 | group20 | group21 | group24 },
            // authentication-method pre-share, sa duration seconds.
            "ike proposal \\d+", " encryption-algorithm (3des|aes-128|aes-192|aes-256)",
            " authentication-algorithm (md5|sha1|sha2-256|sha2-384|sha2-512)",
            " integrity-algorithm (hmac-md5-96|hmac-sha1-96|hmac-sha2-256|hmac-sha2-384|hmac-sha2-512)",
            " prf (hmac-md5|hmac-sha1|hmac-sha2-256|hmac-sha2-384|hmac-sha2-512)",
            " dh group(1|2|5|14|19|20|21|24)", " authentication-method pre-share", " sa duration \\d+",
            // "ike peer": undo version { 1 | 2 }, exchange-mode { main | aggressive }, pre-shared-key { simple |
            // cipher } key, ike-proposal proposal-number, remote-address ip-address.
            "ike peer \(name)", " undo version (1|2)", " exchange-mode (main|aggressive)",
            " pre-shared-key cipher \(key)", " ike-proposal \\d+", " remote-address \(ip)",
            // "ipsec proposal": transform esp, esp authentication-algorithm { md5 | sha1 | sha2-256 | sha2-384 |
            // sha2-512 }, esp encryption-algorithm { 3des | aes-128 | aes-192 | aes-256 }.
            "ipsec proposal \(name)", " transform esp",
            " esp authentication-algorithm (md5|sha1|sha2-256|sha2-384|sha2-512)",
            " esp encryption-algorithm (3des|aes-128|aes-192|aes-256)",
            // "ipsec policy (system view)": policy-name seq-number isakmp; security acl, ike-peer, proposal,
            // "pfs" { dh-group1 | dh-group2 | dh-group5 | dh-group14 | … | dh-group24 }, "sa duration time-based".
            "ipsec policy \(name) \\d+ isakmp", " security acl 3\\d{3}", " ike-peer \(name)", " proposal \(name)",
            " pfs dh-group(1|2|5|14|19|20|21|24)", " sa duration time-based \\d+",
        ],
    ]
}
