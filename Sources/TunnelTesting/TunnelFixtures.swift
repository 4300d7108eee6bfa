import TunnelCore

/// Tunnels the tests start from.
public enum TunnelFixtures {
    /// The request example of BCE's "Update VPN tunnel" API page (`assets/examples/seed-example.json`), as a draft.
    public static let seedExample = TunnelDraft(
        vpnConnId: "vpnconn-ku4cxya6nisq", clientToken: "1849ef6b-f73c-4f5d-b88b-259ca47af849",
        vpnId: "vpn-s1bpb19cmd8n", vpnConnName: "vpncon", description: "111", secretKey: "ddd22@www",
        remoteIp: "10.107.245.188", localSubnets: ["192.168.0.0/20"], remoteSubnets: ["192.168.100.0/24"],
        ikeConfig: IkeDraft(
            ikeVersion: "v1", ikeMode: "main", ikeEncAlg: "aes", ikeAuthAlg: "sha1", ikePfs: "group2",
            ikeLifeTime: "200"),
        ipsecConfig: IpsecDraft(ipsecEncAlg: "aes", ipsecAuthAlg: "sha1", ipsecPfs: "group2", ipsecLifetime: "28800")
    )
}
