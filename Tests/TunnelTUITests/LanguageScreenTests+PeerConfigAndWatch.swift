import Testing
import TunnelClient
import TunnelCore
import TunnelTUI
import TunnelTesting

/// The screens main's editor gained, in Chinese at 80x24: the peer configuration (Ctrl-O) and the watch after a
/// submit. The vendor's configuration itself is the vendor's text, in every language.
extension LanguageScreenTests {
    @Test func thePeerConfigurationInChinese() {
        let editor = EditorHarness(
            model: FormModel(
                draft: TunnelFixtures.seedExample, origin: .file("seed-example.json"), size: Self.size,
                bceGatewayIp: "198.51.100.10", language: .zh))
        editor.press(.ctrl("o"))
        #expect(editor.text == Self.chinesePeerConfig, "\(editor.text)")
        // libreswan lacks group 2: the refusal is said in Chinese, the vendor's name as the vendor writes it.
        editor.press(.tab)
        #expect(editor.lines[1] == "表单当前的内容无法生成 libreswan (ipsec.conf) 配置：")
        #expect(editor.lines[2] == "  ikeConfig.ikePfs (group2) 在 libreswan (ipsec.conf) 中没有对应项：libreswan 4")
        #expect(editor.lines[3].hasPrefix("  > 默认编译不含 DH分组2 (modp1024)，除非设置 USE_DH2；请选 group14"))
        editor.press(.char("s"))
        #expect(editor.lines[22].hasPrefix("没有可保存的内容：表单当前的内容无法生成"))
    }

    @Test func theWatchInChinese() async {
        let tunnel = TunnelFixtures.seedExample
        let editor = EditorHarness(
            model: FormModel(draft: tunnel, origin: .service(tunnel), size: Self.size, language: .zh),
            service: FakeTunnelService(
                tunnel: tunnel, outcome: .applied(requestId: "req-42", attempts: 1),
                listSteps: [
                    .state(TunnelState(status: "configuring", healthStatus: "unreachable")),
                    .state(TunnelState(status: "active", healthStatus: "unreachable")), .state(FakeTunnelService.up),
                ]))
        editor.focus(.description)
        editor.type(" changed")
        editor.press(.ctrl("s"), .enter)
        await editor.runUntilIdle()
        #expect(editor.text == Self.chineseWatch, "\(editor.text)")
    }

    static let chinesePeerConfig = #"""
        对端配置：strongSwan (swanctl.conf)（共享秘钥已隐藏）
        # strongSwan (swanctl.conf) configuration for the peer of BCE tunnel
        > vpnconn-ku4cxya6nisq (vpncon), written by vpn-tunnel peer-config.
        # BCE's gateway: 198.51.100.10; BCE knows this peer as 10.107.245.188.
        # The pre-shared key is masked: export again with --reveal-secrets to include
        > it.
        connections {
            bce-ku4cxya6nisq {
                version = 1
                aggressive = no
                remote_addrs = 198.51.100.10
                proposals = aes128-sha1-modp1024
                reauth_time = 200s
                local {
                    auth = psk
                    id = 10.107.245.188
                }
                remote {
                    auth = psk
                    id = 198.51.100.10
                }
                children {
        第 1-21 行，共 37 行
        Up/Down 滚动  Tab 格式  s 保存  Ctrl-R 显示秘钥  Esc 返回
        """#
    static let chineseWatch = #"""
        VPN隧道
          VPN隧道ID (vpnConnId)       vpnconn-ku4cxya6nisq  (读取自 BCE)
          VPN网关ID (vpnId)           vpn-s1bpb19cmd8n  (读取自 BCE)
          VPN隧道名称 (vpnConnName)   vpncon
        > 描述 (description)          111 changed
          共享秘钥 (secretKey)        ********
          对端网关IP (remoteIp)       10.107.245.188
            +- 已连通 -------------------------------------------------------------+
            | 已生效：BCE 接受了此次更新。                                         |
          用| 请求 ID：req-42                                                      |
          本| 正在监视 vpnconn-ku4cxya6nisq，直到它连通（最长 5m00s）：            |
          对|     0s  configuring / unreachable                                    |
        IKE |     2s  active / unreachable                                         |
          IK|     4s  active / reachable                                           | v
          协| 4s 后连通：active / reachable。                                      | v
          加+----------------------------------------------------------------------+ v
          认证算法 (ikeAuthAlg)       sha1 - SHA-1                                   v
          DH分组 (ikePfs)             group2 - DH分组2 (1024位) (弱)                 v
                                      警告：较弱（1024 位 DH 分组 2）；建议用 group14
          SA生命周期 (ikeLifeTime)    200        60-86400 秒
        IPSec配置
          加密算法 (ipsecEncAlg)      aes - AES-128                                  v
        vpnconn-ku4cxya6nisq（来自 BCE）                       (下方还有内容)  3 个警告
        Enter/Esc 返回表单  Ctrl-T 再次监视
        """#
}
