import Foundation
import TunnelCore

/// Drafts and files the core tests share.
enum Fixtures {
    /// The repository's root, found from this file's place in it.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let seedExamplePath = repositoryRoot.appendingPathComponent("assets/examples/seed-example.json").path

    /// The seed's own example, as a draft: valid, with warnings only.
    static let seedDraft = TunnelDraft(
        vpnConnId: "vpnconn-ku4cxya6nisq", vpnId: "vpn-s1bpb19cmd8n", vpnConnName: "vpncon", description: "111",
        secretKey: "ddd22@www", remoteIp: "10.107.245.188", localSubnets: ["192.168.0.0/20"],
        remoteSubnets: ["192.168.100.0/24"],
        ikeConfig: IkeDraft(
            ikeVersion: "v1", ikeMode: "main", ikeEncAlg: "aes", ikeAuthAlg: "sha1", ikePfs: "group2",
            ikeLifeTime: "200"),
        ipsecConfig: IpsecDraft(ipsecEncAlg: "aes", ipsecAuthAlg: "sha1", ipsecPfs: "group2", ipsecLifetime: "28800"))

    /// A draft with no warning at all: strong algorithms, a public peer, disjoint subnets.
    static let cleanDraft: TunnelDraft = {
        var draft = seedDraft
        draft.remoteIp = "8.8.8.8"
        draft.ikeConfig.ikePfs = "group14"
        draft.ipsecConfig.ipsecPfs = "group14"
        return draft
    }()

    /// The seed example's body, compact, in the seed's key order (417 bytes).
    static let seedBody =
        #"{"vpnId":"vpn-s1bpb19cmd8n","secretKey":"ddd22@www","localSubnets":["192.168.0.0/20"],"#
        + #""remoteIp":"10.107.245.188","remoteSubnets":["192.168.100.0/24"],"description":"111","#
        + #""vpnConnName":"vpncon","ikeConfig":{"ikeVersion":"v1","ikeMode":"main","ikeEncAlg":"aes","#
        + #""ikeAuthAlg":"sha1","ikePfs":"group2","ikeLifeTime":200},"ipsecConfig":{"ipsecEncAlg":"aes","#
        + #""ipsecAuthAlg":"sha1","ipsecPfs":"group2","ipsecLifetime":28800}}"#
}
