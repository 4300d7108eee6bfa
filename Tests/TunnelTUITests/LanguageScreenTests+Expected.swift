import TunnelCore

/// The screens as the operator sees them, row by row (trailing spaces removed). The English form is
/// `FormScreenTests.theFormAt80x24`'s; the Chinese preview is the English one with its chrome translated
/// (`theChinesePreviewTranslatesOnlyItsChrome`).
extension LanguageScreenTests {
    static let expected: [Language: [String: String]] = [
        .en: [
            "dropdown": #"""
            Tunnel
              Tunnel ID (vpnConnId)           vpnconn-ku4cxya6nisq
              VPN ID (vpnId)                  vpn-s1bpb19cmd8n
              Name (vpnConnName)              vpncon
              Description (description)       111
              Pre-shared key (secretKey)      ********
              Peer IP (remoteIp)              10.107.245.188
                                              warning: is a private address (10.0.0.0/8);
                                                a peer gateway is normally on a public
                                                address
              Customer gateway (cgwId)
              Local subnets (localSubnets)    192.168.0.0/20
              Remote subnets (remote+------------------------------------------------------+
            IKE                     |> group2 - DH group 2 (1024-bit) (weak)               |
              IKE version (ikeVersio|  group5 - DH group 5 (1536-bit) (weak)               |
              IKE mode (ikeMode)    |  group14 - DH group 14 (2048-bit)                    |
              IKE encryption (ikeEnc|  group24 - DH group 24 (2048-bit, 256-bit subgroup)  |
              IKE integrity (ikeAuth+------------------------------------------------------+
            > IKE DH group (ikePfs)           group2 - DH group 2 (1024-bit) (weak)      v
              IKE lifetime (ikeLifeTime)      200        60-86400 seconds
            IPsec
              IPsec encryption (ipsecEncAlg)  aes - AES-128                              v
            vpnconn-ku4cxya6nisq from seed-example.json            (more below)  3 warnings
            Up/Down move  Enter pick  Esc keep
            """#,
            "preview": #"""
            Preview: the request as it will be sent (secretKey masked)
            PUT /v1/vpn/vpnconn/vpnconn-ku4cxya6nisq?clientToken=
            > 1849ef6b-f73c-4f5d-b88b-259ca47af849 HTTP/1.1
            Host: bcc.bj.baidubce.com
            Content-Type: application/json;charset=utf-8
            Content-Length: 417
            User-Agent: vpn-tunnel/0.1
            x-bce-date: 2015-08-11T04:17:29Z
            Authorization: bce-auth-v1/f81d3b34e48048fbb2634dc7882d7e21/
            > 2015-08-11T04:17:29Z/1800/content-length;content-type;host;x-bce-date/********

            -- body indented for reading; w shows the exact bytes sent --
            {
              "vpnId": "vpn-s1bpb19cmd8n",
              "secretKey": "********",
              "localSubnets": [
                "192.168.0.0/20"
              ],
              "remoteIp": "10.107.245.188",
              "remoteSubnets": [
                "192.168.100.0/24"
              ],
              "description": "111",
            Up/Down scroll  Ctrl-S submit  Ctrl-R reveal key  w wire bytes  Esc back
            """#,
            "confirmation": #"""
            Tunnel
              Tunnel ID (vpnConnId)           vpnconn-ku4cxya6nisq  (read from BCE)
              VPN ID (vpnId)                  vpn-s1bpb19cmd8n  (read from BCE)
              Name (vpnConnName)              vpncon
            > Description (description)       111!
              Pre-shared key (secretKey)      ********
              Pe+- Submit -------------------------------------------------------------+
                | Send this update of vpnconn-ku4cxya6nisq to bcc.bj.baidubce.com?     |;
                | Changes to vpnconn-ku4cxya6nisq as BCE has it: description           |
                | It is sent with 3 warnings:                                          |
              Cu|   remoteIp (10.107.245.188) is a private address (10.0.0.0/8); a     |
              Lo| peer gateway is normally on a public address                         |
              Re|   ikeConfig.ikePfs (group2) is weak (1024-bit DH group 2); prefer    |
            IKE | group14                                                              |
              IK|   ipsecConfig.ipsecPfs (group2) is weak (1024-bit DH group 2);       | v
              IK| prefer group14                                                       | v
              IK| Enter sends it, Esc goes back.                                       | v
              IK+----------------------------------------------------------------------+ v
              IKE DH group (ikePfs)           group2 - DH group 2 (1024-bit) (weak)      v
                                              warning: is weak (1024-bit DH group 2);
                                                prefer group14
              IKE lifetime (ikeLifeTime)      200        60-86400 seconds
            vpnconn-ku4cxya6nisq from BCE (edited)                 (more below)  3 warnings
            Enter send  Esc back
            """#,
            "help": #"""
            Help: keys (vpn-tunnel \#(ToolVersion.current))
            On every field
              Ctrl-P                      preview
              Ctrl-S                      submit
              Ctrl-O                      peer config
              F1                          help
              Ctrl-Q, F10, Ctrl-C         quit
              Tab, Down                   next
              Shift-Tab, Up               prev
              Ctrl-G                      next problem
              Ctrl-T                      watch the tunnel on BCE until it is up
              Ctrl-L                      redraw the screen
              Ctrl-Z                      suspend to the shell (fg resumes)

            Pre-shared key (secretKey)
              Ctrl-R                      reveal
              Ctrl-P                      preview
              Ctrl-S                      submit
              Ctrl-O                      peer config
              F1                          help
              Ctrl-Q, F10, Ctrl-C         quit
              Tab, Down                   next
              Shift-Tab, Up               prev
            Up/Down scroll  PgUp/PgDn page  Esc back
            """#,
        ],
        .zh: [
            "form": #"""
            VPN隧道
            > VPN隧道ID (vpnConnId)       vpnconn-ku4cxya6nisq
              VPN网关ID (vpnId)           vpn-s1bpb19cmd8n
              VPN隧道名称 (vpnConnName)   vpncon
              描述 (description)          111
              共享秘钥 (secretKey)        ********
              对端网关IP (remoteIp)       10.107.245.188
              用户网关ID (cgwId)
              本端网络 (localSubnets)     192.168.0.0/20
              对端网络 (remoteSubnets)    192.168.100.0/24
            IKE配置
              IKE版本 (ikeVersion)        v1 - IKEv1                                     v
              协商模式 (ikeMode)          main - 主模式                                  v
              加密算法 (ikeEncAlg)        aes - AES-128                                  v
              认证算法 (ikeAuthAlg)       sha1 - SHA-1                                   v
              DH分组 (ikePfs)             group2 - DH分组2 (1024位) (弱)                 v
              SA生命周期 (ikeLifeTime)    200        60-86400 秒
            IPSec配置
              加密算法 (ipsecEncAlg)      aes - AES-128                                  v
              认证算法 (ipsecAuthAlg)     sha1 - SHA-1                                   v
              DH分组 (ipsecPfs)           group2 - DH分组2 (1024位) (弱)                 v
              SA生命周期 (ipsecLifetime)  28800      180-86400 秒
            vpnconn-ku4cxya6nisq（来自 seed-example.json）                         3 个警告
            Ctrl-P 预览  Ctrl-S 提交  Ctrl-O 对端配置  F1 帮助  Ctrl-Q 退出  Tab 下一项
            """#,
            "dropdown": #"""
            VPN隧道
              VPN隧道ID (vpnConnId)       vpnconn-ku4cxya6nisq
              VPN网关ID (vpnId)           vpn-s1bpb19cmd8n
              VPN隧道名称 (vpnConnName)   vpncon
              描述 (description)          111
              共享秘钥 (secretKey)        ********
              对端网关IP (remoteIp)       10.107.245.188
                                          警告：是私有地址 (10.0.0.0/8)；对端网关通常使用
                                            公网地址
              用户网关ID (cgwId)
              本端网络 (localSubnets)     192.168.0.0/20
              对端网络 (remoteSubnets)   +------------------------------------------------+
            IKE配置                      |> group2 - DH分组2 (1024位) (弱)                |
              IKE版本 (ikeVersion)       |  group5 - DH分组5 (1536位) (弱)                |
              协商模式 (ikeMode)         |  group14 - DH分组14 (2048位)                   |
              加密算法 (ikeEncAlg)       |  group24 - DH分组24 (2048位，256位子群)        |
              认证算法 (ikeAuthAlg)      +------------------------------------------------+
            > DH分组 (ikePfs)             group2 - DH分组2 (1024位) (弱)                 v
              SA生命周期 (ikeLifeTime)    200        60-86400 秒
            IPSec配置
              加密算法 (ipsecEncAlg)      aes - AES-128                                  v
              认证算法 (ipsecAuthAlg)     sha1 - SHA-1                                   v
            vpnconn-ku4cxya6nisq（来自 seed-example.json）         (下方还有内容)  3 个警告
            Up/Down 移动  Enter 选定  Esc 保留原值
            """#,
            "confirmation": #"""
            VPN隧道
              VPN隧道ID (vpnConnId)       vpnconn-ku4cxya6nisq  (读取自 BCE)
              VPN网关ID (vpnId)           vpn-s1bpb19cmd8n  (读取自 BCE)
              VPN隧道名称 (vpnConnName)   vpncon
            > 描述 (description)          111!
              共享秘钥 (secretKey)        ********
              对+- 提交 ---------------------------------------------------------------+
                | 将 vpnconn-ku4cxya6nisq 的这次更新发送到 bcc.bj.baidubce.com？       |
                | 对 BCE 上 vpnconn-ku4cxya6nisq 的修改：description                   |
              用| 发送时带有 3 个警告：                                                |
              本|   remoteIp (10.107.245.188) 是私有地址 (10.0.0.0/8)；对端网关通常使  |
              对| 用公网地址                                                           |
            IKE |   ikeConfig.ikePfs (group2) 较弱（1024 位 DH 分组 2）；建议用        |
              IK| group14                                                              | v
              协|   ipsecConfig.ipsecPfs (group2) 较弱（1024 位 DH 分组 2）；建议用    | v
              加| group14                                                              | v
              认| Enter 发送，Esc 返回。                                               | v
              DH+----------------------------------------------------------------------+ v
                                          警告：较弱（1024 位 DH 分组 2）；建议用 group14
              SA生命周期 (ikeLifeTime)    200        60-86400 秒
            IPSec配置
              加密算法 (ipsecEncAlg)      aes - AES-128                                  v
            vpnconn-ku4cxya6nisq（来自 BCE，已编辑）               (下方还有内容)  3 个警告
            Enter 发送  Esc 返回
            """#,
            "help": #"""
            帮助：按键（vpn-tunnel \#(ToolVersion.current)）
            所有字段
              Ctrl-P                      预览
              Ctrl-S                      提交
              Ctrl-O                      对端配置
              F1                          帮助
              Ctrl-Q, F10, Ctrl-C         退出
              Tab, Down                   下一项
              Shift-Tab, Up               上一项
              Ctrl-G                      下一个问题
              Ctrl-T                      监视 BCE 上的隧道直到连通
              Ctrl-L                      重绘屏幕
              Ctrl-Z                      挂起到 shell（fg 恢复）

            共享秘钥 (secretKey)
              Ctrl-R                      显示
              Ctrl-P                      预览
              Ctrl-S                      提交
              Ctrl-O                      对端配置
              F1                          帮助
              Ctrl-Q, F10, Ctrl-C         退出
              Tab, Down                   下一项
              Shift-Tab, Up               上一项
            Up/Down 滚动  PgUp/PgDn 翻页  Esc 返回
            """#,
        ],
    ]
}
