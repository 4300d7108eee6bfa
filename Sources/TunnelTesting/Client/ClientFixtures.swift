import TunnelCore

/// Tunnels and BCE answers shared by the client tests.
public enum ClientFixtures {
    /// A valid update of the tunnel of the list call's example answer (`vpnConnJSON`).
    public static let update = TunnelUpdate(
        vpnConnId: "vpnconn-ku4cxya6nisq", vpnId: "vpn-119bd69b", secretKey: "ddd22@www",
        localSubnets: ["192.168.100.0/24"], remoteIp: "10.107.245.188", remoteSubnets: ["192.168.200.0/24"],
        description: "111", vpnConnName: "vpnConn", cgwId: nil,
        ikeConfig: IkeConfig(
            ikeVersion: "v1", ikeMode: "main", ikeEncAlg: "aes", ikeAuthAlg: "sha1", ikePfs: "group2",
            ikeLifeTime: 25500
        ),
        ipsecConfig: IpsecConfig(ipsecEncAlg: "aes", ipsecAuthAlg: "sha1", ipsecPfs: "group2", ipsecLifetime: 28800)
    )

    /// Credentials of `SigningTests`' third vector (a VPN update).
    public static let credentials = BCECredentials(
        accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SKEXAMPLE", securityToken: nil
    )

    /// One VpnConn object as the list call returns it, with the given id and pre-shared key.
    public static func vpnConnJSON(
        vpnConnId: String = "vpnconn-ku4cxya6nisq", secretKey: String = "ddd22@www", ikeLifeTime: String = "\"25500s\""
    ) -> String {
        """
        {"vpnId":"vpn-119bd69b","vpnConnId":"\(vpnConnId)","localIp":"192.168.100.1",\
        "createdTime":"2021-04-25 17:22:34","status":"active","healthStatus":"reachable",\
        "secretKey":"\(secretKey)","localSubnets":["192.168.100.0/24"],"remoteIp":"10.107.245.188",\
        "remoteSubnets":["192.168.100.0/24"],"description":"111","vpnConnName":"vpnConn",\
        "ikeConfig":{"ikeVersion":"v1","ikeMode":"main","ikeEncAlg":"aes","ikeAuthAlg":"sha1",\
        "ikePfs":"group2","ikeLifeTime":\(ikeLifeTime)},\
        "ipsecConfig":{"ipsecEncAlg":"aes","ipsecAuthAlg":"sha1","ipsecPfs":"group2","ipsecLifetime":"28800s"}}
        """
    }

    /// A list answer holding the given VpnConn objects.
    public static func listBody(_ vpnConns: [String]) -> String {
        #"{"vpnConns":["# + vpnConns.joined(separator: ",") + "]}"
    }
}
