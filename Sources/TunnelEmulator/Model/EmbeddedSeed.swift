// Written by scripts/embed-seed.py from assets/emulator/seed.json: edit that file, then run the script.

/// The emulator's built-in starting state: `assets/emulator/seed.json`, compiled into the program so that a binary
/// run outside the checkout (installed, copied) starts the same way as one run from it. A test in
/// TunnelEmulatorTests compares the two byte for byte.
enum EmbeddedSeed {
    static let json = #"""
        {
          "vpns" : [
            {
              "vpnId" : "vpn-s1bpb19cmd8n",
              "vpnName" : "prod-bj-gateway",
              "vpcId" : "vpc-2pa2x0bjt26i",
              "description" : "Production VPC, Beijing",
              "status" : "active",
              "eip" : "198.51.100.10",
              "bandwidthInMbps" : 100,
              "productType" : "postpay",
              "expiredTime" : ""
            },
            {
              "vpnId" : "vpn-a7kq2m9xw3re",
              "vpnName" : "staging-gz-gateway",
              "vpcId" : "vpc-8xh4e1kdq7mt",
              "description" : "Staging VPC, Guangzhou",
              "status" : "active",
              "eip" : "198.51.100.20",
              "bandwidthInMbps" : 10,
              "productType" : "prepay",
              "expiredTime" : "2027-06-30T16:00:00Z"
            }
          ],
          "vpnConns" : [
            {
              "vpnId" : "vpn-s1bpb19cmd8n",
              "vpnConnId" : "vpnconn-ku4cxya6nisq",
              "vpnConnName" : "vpncon",
              "description" : "111",
              "localIp" : "198.51.100.10",
              "createdTime" : "2021-04-25 17:22:34",
              "status" : "active",
              "healthStatus" : "reachable",
              "secretKey" : "ddd22@www",
              "localSubnets" : [
                "192.168.0.0/20"
              ],
              "remoteIp" : "10.107.245.188",
              "remoteSubnets" : [
                "192.168.100.0/24"
              ],
              "ikeConfig" : {
                "ikeVersion" : "v1",
                "ikeMode" : "main",
                "ikeEncAlg" : "aes",
                "ikeAuthAlg" : "sha1",
                "ikePfs" : "group2",
                "ikeLifeTime" : "200s"
              },
              "ipsecConfig" : {
                "ipsecEncAlg" : "aes",
                "ipsecAuthAlg" : "sha1",
                "ipsecPfs" : "group2",
                "ipsecLifetime" : "28800s"
              }
            },
            {
              "vpnId" : "vpn-s1bpb19cmd8n",
              "vpnConnId" : "vpnconn-p3x8d2nq7w1z",
              "vpnConnName" : "office-shanghai",
              "description" : "Shanghai office firewall",
              "localIp" : "198.51.100.10",
              "createdTime" : "2023-09-12 09:41:07",
              "status" : "active",
              "healthStatus" : "reachable",
              "secretKey" : "Sh4nghai_2023!",
              "localSubnets" : [
                "172.16.0.0/16",
                "172.17.8.0/22"
              ],
              "remoteIp" : "203.0.113.24",
              "remoteSubnets" : [
                "10.20.0.0/16"
              ],
              "cgwId" : "cgw-5f2c81d9a0b3",
              "ikeConfig" : {
                "ikeVersion" : "v2",
                "ikeMode" : "main",
                "ikeEncAlg" : "aes256",
                "ikeAuthAlg" : "sha1",
                "ikePfs" : "group14",
                "ikeLifeTime" : "28800s"
              },
              "ipsecConfig" : {
                "ipsecEncAlg" : "aes256",
                "ipsecAuthAlg" : "sha1",
                "ipsecPfs" : "group14",
                "ipsecLifetime" : "3600s"
              }
            },
            {
              "vpnId" : "vpn-a7kq2m9xw3re",
              "vpnConnId" : "vpnconn-m6t4r9bc2ehv",
              "vpnConnName" : "partner-idc",
              "description" : "Partner data centre",
              "localIp" : "198.51.100.20",
              "createdTime" : "2024-02-03 14:05:59",
              "status" : "active",
              "healthStatus" : "unreachable",
              "secretKey" : "Partn3r#IDC",
              "localSubnets" : [
                "10.30.0.0/20"
              ],
              "remoteIp" : "192.0.2.45",
              "remoteSubnets" : [
                "10.200.0.0/24",
                "10.200.1.0/24"
              ],
              "ikeConfig" : {
                "ikeVersion" : "v1",
                "ikeMode" : "aggressive",
                "ikeEncAlg" : "3des",
                "ikeAuthAlg" : "md5",
                "ikePfs" : "group5",
                "ikeLifeTime" : "86400s"
              },
              "ipsecConfig" : {
                "ipsecEncAlg" : "aes",
                "ipsecAuthAlg" : "md5",
                "ipsecPfs" : "group5",
                "ipsecLifetime" : "28800s"
              }
            }
          ],
          "peers" : [
            {
              "vpnConnId" : "vpnconn-ku4cxya6nisq",
              "ikeConfig" : {
                "ikeVersion" : "v1",
                "ikeMode" : "main",
                "ikeEncAlg" : "aes",
                "ikeAuthAlg" : "sha1",
                "ikePfs" : "group2"
              },
              "ipsecConfig" : {
                "ipsecEncAlg" : "aes",
                "ipsecAuthAlg" : "sha1",
                "ipsecPfs" : "group2"
              }
            },
            {
              "vpnConnId" : "vpnconn-p3x8d2nq7w1z",
              "ikeConfig" : {
                "ikeVersion" : "v2",
                "ikeMode" : "main",
                "ikeEncAlg" : "aes256",
                "ikeAuthAlg" : "sha1",
                "ikePfs" : "group14"
              },
              "ipsecConfig" : {
                "ipsecEncAlg" : "aes256",
                "ipsecAuthAlg" : "sha1",
                "ipsecPfs" : "group14"
              }
            },
            {
              "vpnConnId" : "vpnconn-m6t4r9bc2ehv",
              "ikeConfig" : {
                "ikeVersion" : "v1",
                "ikeMode" : "aggressive",
                "ikeEncAlg" : "aes",
                "ikeAuthAlg" : "md5",
                "ikePfs" : "group5"
              },
              "ipsecConfig" : {
                "ipsecEncAlg" : "aes",
                "ipsecAuthAlg" : "md5",
                "ipsecPfs" : "group5"
              }
            }
          ]
        }

        """#
}
