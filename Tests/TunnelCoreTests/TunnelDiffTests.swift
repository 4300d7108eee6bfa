import Testing
import TunnelCore

@Suite("TunnelDiff")
struct TunnelDiffTests {
    static let current = TunnelDraft(
        vpnConnId: "vpnconn-1", vpnId: "vpn-1", vpnConnName: "office", description: "main office",
        secretKey: "Old1!key", remoteIp: "203.0.113.7", localSubnets: ["10.0.0.0/24", "10.0.1.0/24"],
        remoteSubnets: ["192.168.0.0/24"],
        ikeConfig: IkeDraft(
            ikeVersion: "v1", ikeMode: "main", ikeEncAlg: "aes", ikeAuthAlg: "sha1", ikePfs: "group2",
            ikeLifeTime: "28800"
        ),
        ipsecConfig: IpsecDraft(ipsecEncAlg: "aes", ipsecAuthAlg: "sha1", ipsecPfs: "group2", ipsecLifetime: "3600")
    )

    @Test("no change, no lines but one saying so")
    func unchanged() {
        let diff = TunnelDiff(from: Self.current, to: Self.current)
        #expect(diff.isEmpty)
        #expect(diff.lines == ["no changes"])
    }

    @Test("text fields show both values, in form order")
    func textFields() {
        var edited = Self.current
        edited.ipsecConfig.ipsecPfs = "group14"
        edited.ikeConfig.ikeLifeTime = "3600"
        edited.description = ""
        let diff = TunnelDiff(from: Self.current, to: edited)
        #expect(diff.changes.map(\.field) == [.description, .ikeLifeTime, .ipsecPfs])
        #expect(
            diff.lines == [
                "description: main office -> (empty)",
                "ikeConfig.ikeLifeTime: 28800 -> 3600",
                "ipsecConfig.ipsecPfs: group2 -> group14",
            ]
        )
    }

    @Test("list fields show the rows removed and added")
    func lists() {
        var edited = Self.current
        edited.localSubnets = ["10.0.0.0/24", "10.0.2.0/24"]
        let diff = TunnelDiff(from: Self.current, to: edited)
        #expect(
            diff.changes == [
                TunnelDiff.Change(
                    field: .localSubnets,
                    values: .list(
                        before: ["10.0.0.0/24", "10.0.1.0/24"], after: ["10.0.0.0/24", "10.0.2.0/24"],
                        removed: ["10.0.1.0/24"], added: ["10.0.2.0/24"]
                    )
                )
            ]
        )
        #expect(diff.lines.first?.hasPrefix("localSubnets: -10.0.1.0/24 +10.0.2.0/24") == true)
    }

    @Test("a reordered list is a change with no rows added or removed")
    func reordered() {
        var edited = Self.current
        edited.localSubnets.reverse()
        #expect(TunnelDiff(from: Self.current, to: edited).lines.first?.contains("order changed") == true)
    }

    @Test("the secret key is only said to have changed, never shown")
    func secret() {
        var edited = Self.current
        edited.secretKey = "New2@key"
        let diff = TunnelDiff(from: Self.current, to: edited)
        #expect(diff.changes == [TunnelDiff.Change(field: .secretKey, values: .secret)])
        #expect(diff.lines == ["secretKey: changed (value hidden)"])
        let text = diff.lines.joined() + String(describing: diff)
        #expect(!text.contains("Old1!key"))
        #expect(!text.contains("New2@key"))
    }

    @Test("an unchanged secret key is not mentioned")
    func unchangedSecret() {
        var edited = Self.current
        edited.vpnConnName = "office-2"
        let diff = TunnelDiff(from: Self.current, to: edited)
        #expect(!diff.changes(.secretKey))
        #expect(diff.changes(.vpnConnName))
    }

    @Test("the client token is not part of a tunnel")
    func clientToken() {
        var edited = Self.current
        edited.clientToken = "token-1"
        #expect(TunnelDiff(from: Self.current, to: edited).isEmpty)
    }
}
