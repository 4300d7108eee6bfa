import Testing
import TunnelCore

@Suite("Peer configuration export")
struct PeerConfigTests {
    typealias F = PeerConfigFixtures

    /// Every catalog value of every setting has a row in every vendor's table: nothing is left to a guess.
    @Test(arguments: PeerConfigFormat.allCases)
    func everyCatalogValueHasARow(_ format: PeerConfigFormat) {
        let settings: [PeerSetting] =
            format == .huawei ? PeerSetting.allCases : PeerSetting.allCases.filter { $0 != .ikePrf }
        for version in ["v1", "v2"] {
            for setting in settings {
                for choice in AlgorithmCatalog.allChoices(for: setting.field) {
                    #expect(
                        format.table.entry(setting, choice.value, ikeVersion: version) != nil,
                        "\(format) \(setting) \(choice.value) \(version)")
                }
            }
        }
    }

    /// The names the brief names, one row each.
    @Test(arguments: [
        (PeerConfigFormat.swanctl, PeerSetting.ikeEncryption, "aes", "v2", "aes128"),
        (.swanctl, .ikeGroup, "group14", "v2", "modp2048"),
        (.swanctl, .ipsecGroup, "group24", "v2", "modp2048s256"),
        (.swanctl, .ikeIntegrity, "sha2_256", "v2", "sha256"),
        (.libreswan, .ikeIntegrity, "sha2_384", "v1", "sha2_384"),
        (.libreswan, .ikeGroup, "group5", "v1", "modp1536"),
        (.ciscoIOS, .ikeGroup, "group14", "v2", "14"),
        (.ciscoIOS, .ikeIntegrity, "sha1", "v1", "sha"),
        (.ciscoIOS, .ikeEncryption, "aes256", "v2", "aes-cbc-256"),
        (.ciscoIOS, .ipsecIntegrity, "sha2_512", "v2", "esp-sha512-hmac"),
        (.juniperSRX, .ipsecIntegrity, "sha1", "v1", "hmac-sha1-96"),
        (.juniperSRX, .ikeEncryption, "3des", "v1", "3des-cbc"),
        (.huawei, .ipsecGroup, "group14", "v2", "dh-group14"),
        (.huawei, .ikeIntegrity, "sha2_256", "v2", "hmac-sha2-256"),
        (.huawei, .ikeIntegrity, "sha2_256", "v1", "sha2-256"),
    ])
    func knownNames(
        _ format: PeerConfigFormat, _ setting: PeerSetting, _ value: String, _ version: String, _ name: String
    ) {
        #expect(format.table.entry(setting, value, ikeVersion: version) == .name(name))
        #expect(format.table.value(setting, named: name, ikeVersion: version) == value)
    }

    /// Every row of every vendor's table, one test case each.
    static let allRows = PeerConfigFormat.allCases.flatMap { format in format.table.rows.map { (format, $0) } }

    /// A row's name shows up in the text written for a tunnel with that value; a row that leaves the setting out
    /// writes the rest; a refusal is thrown with the field, the value, the vendor and the row's reason.
    @Test(arguments: allRows)
    func everyRow(_ format: PeerConfigFormat, _ row: PeerNameTable.Row) throws {
        var ike = F.ike
        var ipsec = F.ipsec
        ike.ikeVersion = row.ikeVersion ?? "v1"
        switch row.setting {
        case .ikeVersion: ike.ikeVersion = row.value
        case .ikeMode: ike.ikeMode = row.value
        case .ikeEncryption: ike.ikeEncAlg = row.value
        case .ikeIntegrity, .ikePrf: ike.ikeAuthAlg = row.value
        case .ikeGroup: ike.ikePfs = row.value
        case .ipsecEncryption: ipsec.ipsecEncAlg = row.value
        case .ipsecIntegrity: ipsec.ipsecAuthAlg = row.value
        case .ipsecGroup: ipsec.ipsecPfs = row.value
        }
        let update = F.update(ike: ike, ipsec: ipsec)
        switch row.entry {
        case .name(let name):
            let text = try PeerConfig.render(update, bceGatewayIp: F.gateway, format: format)
            let words = text.split(whereSeparator: { " \n=-;{}".contains($0) }).map(String.init)
            let nameWords = name.split(whereSeparator: { " -".contains($0) }).map(String.init)
            #expect(text.contains(name) && nameWords.allSatisfy(words.contains), "\(name) not in:\n\(text)")
        case .omitted:
            #expect(throws: Never.self) { try PeerConfig.render(update, bceGatewayIp: F.gateway, format: format) }
        case .refused(let reason):
            #expect(
                throws: PeerConfigError.unsupported(
                    field: row.setting.field, value: row.value, format: format, reason: reason)
            ) {
                try PeerConfig.render(update, bceGatewayIp: F.gateway, format: format)
            }
        }
    }

    /// A value the vendor has no equivalent for is refused, naming the field, the value and the vendor.
    @Test(arguments: [
        (PeerConfigFormat.libreswan, "ikeConfig.ikePfs", "group2"),
        (.libreswan, "ikeConfig.ikePfs", "group24"),
        (.libreswan, "ipsecConfig.ipsecPfs", "group24"),
    ])
    func refusals(_ format: PeerConfigFormat, _ path: String, _ value: String) {
        var ike = F.ike
        var ipsec = F.ipsec
        if path.hasPrefix("ike") { ike.ikePfs = value } else { ipsec.ipsecPfs = value }
        #expect {
            try PeerConfig.render(F.update(ike: ike, ipsec: ipsec), bceGatewayIp: F.gateway, format: format)
        } throws: { error in
            let message = (error as? PeerConfigError)?.localizedMessage ?? ""
            return message.hasPrefix("\(path) (\(value)) has no \(format.title) equivalent: ")
                && message.contains("pick group14")
        }
    }

    /// Lifetimes outside the vendor's range are refused with the range.
    @Test(arguments: [
        (
            PeerConfigFormat.juniperSRX, "v2", 60, 3600,
            "ikeConfig.ikeLifeTime (60) is outside what Juniper SRX accepts, 180 to 86400 seconds" as String?
        ),
        (
            .ciscoIOS, "v2", 119, 3600,
            "ikeConfig.ikeLifeTime (119) is outside what Cisco IOS accepts, 120 to 86400 seconds"
        ),
        (.ciscoIOS, "v1", 60, 180, nil),
        (.juniperSRX, "v1", 180, 180, nil),
    ])
    func lifetimes(_ format: PeerConfigFormat, _ version: String, _ ikeLife: Int, _ ipsecLife: Int, _ message: String?)
    {
        var ike = F.ike
        ike.ikeVersion = version
        ike.ikeLifeTime = ikeLife
        var ipsec = F.ipsec
        ipsec.ipsecLifetime = ipsecLife
        let update = F.update(ike: ike, ipsec: ipsec)
        if let message {
            #expect(throws: PeerConfigError.self) {
                try PeerConfig.render(update, bceGatewayIp: F.gateway, format: format)
            }
            do {
                _ = try PeerConfig.render(update, bceGatewayIp: F.gateway, format: format)
            } catch {
                #expect(error.localizedMessage == message)
            }
        } else {
            #expect(throws: Never.self) { try PeerConfig.render(update, bceGatewayIp: F.gateway, format: format) }
        }
    }

    /// The key is masked unless asked for, in every format.
    @Test(arguments: PeerConfigFormat.allCases)
    func masking(_ format: PeerConfigFormat) throws {
        let masked = try PeerConfig.render(F.update(), bceGatewayIp: F.gateway, format: format)
        #expect(!masked.contains("ddd22@www"))
        #expect(masked.contains(SecretMask.text))
        #expect(masked.contains("--reveal-secrets"))
        let revealed = try PeerConfig.render(
            F.update(), bceGatewayIp: F.gateway, format: format, revealingSecrets: true)
        #expect(revealed.contains("ddd22@www"))
        #expect(!revealed.contains(SecretMask.text))
    }

    /// Mirrored: the peer's local networks are BCE's remote subnets, its remote address BCE's gateway.
    @Test func swanctlText() throws {
        let text = try PeerConfig.render(F.update(), bceGatewayIp: F.gateway, format: .swanctl)
        #expect(
            text == """
                # strongSwan (swanctl.conf) configuration for the peer of BCE tunnel vpnconn-ku4cxya6nisq (office-1), \
                written by vpn-tunnel peer-config.
                # BCE's gateway: 198.51.100.10; BCE knows this peer as 203.0.113.7.
                # The pre-shared key is masked: export again with --reveal-secrets to include it.
                connections {
                    bce-ku4cxya6nisq {
                        version = 2
                        remote_addrs = 198.51.100.10
                        proposals = aes128-sha1-modp2048
                        rekey_time = 28800s
                        local {
                            auth = psk
                            id = 203.0.113.7
                        }
                        remote {
                            auth = psk
                            id = 198.51.100.10
                        }
                        children {
                            bce-ku4cxya6nisq {
                                local_ts = 192.168.10.0/24
                                remote_ts = 10.1.0.0/16
                                esp_proposals = aes128-sha1-modp2048
                                rekey_time = 3600s
                                start_action = start
                            }
                        }
                    }
                }
                secrets {
                    ike-bce-ku4cxya6nisq {
                        id = 198.51.100.10
                        secret = "********"
                    }
                }

                """)
    }

    /// IKEv1 negotiates one pair of selectors per child: one child per pair; IKEv2 one child with all of them.
    @Test func swanctlChildrenPerPairForIKEv1() throws {
        var ike = F.ike
        ike.ikeVersion = "v1"
        ike.ikeMode = "aggressive"
        let update = F.update(ike: ike, local: ["10.1.0.0/16", "10.2.0.0/16"], remote: ["192.168.10.0/24"])
        let text = try PeerConfig.render(update, bceGatewayIp: F.gateway, format: .swanctl)
        #expect(text.contains("bce-ku4cxya6nisq-1 {") && text.contains("bce-ku4cxya6nisq-2 {"))
        #expect(text.contains("remote_ts = 10.2.0.0/16"))
        #expect(text.contains("aggressive = yes"))
        #expect(text.contains("reauth_time = 28800s"))
    }

    @Test func invalidTunnelNamesTheBlockingField() {
        var draft = TunnelDraft(
            vpnConnId: "vpnconn-ku4cxya6nisq", vpnId: "vpn-s1bpb19cmd8n", vpnConnName: "office-1",
            secretKey: "ddd22@www", remoteIp: "203.0.113.7", localSubnets: ["10.1.0.0/16"],
            remoteSubnets: ["192.168.10.0/24"],
            ikeConfig: IkeDraft(
                ikeVersion: "v2", ikeMode: "", ikeEncAlg: "aes", ikeAuthAlg: "sha1", ikePfs: "group14",
                ikeLifeTime: "28800"),
            ipsecConfig: IpsecDraft(
                ipsecEncAlg: "aes", ipsecAuthAlg: "sha1", ipsecPfs: "group14", ipsecLifetime: "3600"))
        #expect(throws: Never.self) {
            try PeerConfig.render(draft, validator: TunnelValidator(), bceGatewayIp: F.gateway, format: .huawei)
        }
        draft.ikeConfig.ikeLifeTime = "8h"
        do {
            _ = try PeerConfig.render(draft, validator: TunnelValidator(), bceGatewayIp: F.gateway, format: .huawei)
            Issue.record("rendered a tunnel with an error")
        } catch {
            #expect(error.localizedMessage.hasPrefix("the tunnel has 1 error: ikeConfig.ikeLifeTime (8h) "))
        }
    }

    @Test func gatewayMustBeAnIPv4Address() {
        #expect(throws: PeerConfigError.invalidGatewayAddress("bce.example")) {
            try PeerConfig.render(F.update(), bceGatewayIp: "bce.example", format: .swanctl)
        }
    }

    /// The swanctl text reads back as the tunnel's proposal, for every combination of the catalog's values.
    @Test func swanctlRoundTrip() throws {
        #expect(F.combinations.count == 400)
        for (ike, ipsec) in F.combinations {
            let text = try PeerConfig.render(
                F.update(ike: ike, ipsec: ipsec), bceGatewayIp: F.gateway, format: .swanctl)
            var expected = ike
            if ike.ikeVersion == "v2" { expected.ikeMode = nil }
            #expect(try PeerProposal(swanctl: text) == PeerProposal(ikeConfig: expected, ipsecConfig: ipsec))
        }
    }

    @Test(arguments: [
        ("", "swanctl.conf line 0: no connection"),
        ("connections {\n  a {\n    version = 3\n  }\n}\n", "swanctl.conf line 3: version: unknown value \"3\""),
        (
            "connections {\n  a {\n    version = 2\n    proposals = aes128-sha1-ecp256\n  }\n}\n",
            "swanctl.conf line 4: proposals: unknown name \"ecp256\""
        ),
        ("connections {\n  a {\n    version\n", "swanctl.conf line 3: not a setting: version"),
    ])
    func unreadableSwanctl(_ text: String, _ message: String) {
        do {
            _ = try PeerProposal(swanctl: text)
            Issue.record("read \(text)")
        } catch {
            #expect(error.localizedMessage == message)
        }
    }

    @Test func formatsStepRoundAndHaveTitles() {
        var format = PeerConfigFormat.swanctl
        var seen: [PeerConfigFormat] = []
        for _ in PeerConfigFormat.allCases {
            seen.append(format)
            format = format.next
        }
        #expect(format == .swanctl)
        #expect(Set(seen).count == PeerConfigFormat.allCases.count)
        #expect(PeerConfigFormat(rawValue: "cisco-ios") == .ciscoIOS)
    }
}
