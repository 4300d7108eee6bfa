import Foundation
import Testing
import TunnelCore
import TunnelTUI
import TunnelTesting

/// Ctrl-O: the peer's configuration for the form as it stands, at 80x24.
@Suite struct PeerConfigScreenTests {
    static let size = TerminalSize(columns: 80, rows: 24)

    static func harness(draft: TunnelDraft = TunnelFixtures.seedExample, gateway: String? = "198.51.100.10")
        -> EditorHarness
    {
        EditorHarness(
            model: FormModel(
                draft: draft, origin: .file("seed-example.json"), size: size, bceGatewayIp: gateway))
    }

    @Test func ctrlOShowsTheSwanctlConfigurationMasked() {
        let editor = Self.harness()
        editor.press(.ctrl("o"))
        let lines = editor.lines
        #expect(lines[0].hasPrefix("Peer configuration: strongSwan (swanctl.conf) (key masked)"))
        #expect(lines[1].hasPrefix("# strongSwan (swanctl.conf) configuration for the peer of BCE tunnel"))
        #expect(lines.contains { $0.hasPrefix("        proposals = aes128-sha1-modp1024") })
        #expect(lines.contains { $0.hasPrefix("        remote_addrs = 198.51.100.10") })
        #expect(!editor.text.contains("ddd22@www"))
        #expect(lines[23].hasPrefix("Up/Down scroll  Tab format  s save  Ctrl-R reveal key  Esc back"))
        // The rows left to scroll to are counted above the key line.
        #expect(lines[22].hasPrefix("rows 1-21 of "))
        editor.press(.end)
        #expect(editor.text.contains("        secret = \"********\""))
        editor.press(.escape)
        #expect(editor.model.mode == .form)
    }

    @Test func ctrlRRevealsTheKeyAndTabChangesTheFormat() {
        let editor = Self.harness()
        editor.press(.ctrl("o"), .tab, .tab)
        #expect(editor.lines[0].hasPrefix("Peer configuration: Cisco IOS (key masked)"))
        #expect(editor.text.contains("crypto isakmp key ******** address 198.51.100.10"))
        editor.press(.ctrl("r"))
        #expect(editor.lines[0].hasPrefix("Peer configuration: Cisco IOS (key shown)"))
        #expect(editor.text.contains("crypto isakmp key ddd22@www address 198.51.100.10"))
        #expect(editor.lines[23].hasPrefix("Up/Down scroll  Tab format  s save  Ctrl-R hide  Esc back"))
    }

    /// libreswan lacks group 2: the screen names the field, the value and the vendor, and nothing can be saved.
    @Test func aValueTheVendorLacksIsNamed() {
        let editor = Self.harness()
        editor.press(.ctrl("o"), .tab)
        let lines = editor.lines
        #expect(lines[0].hasPrefix("Peer configuration: libreswan (ipsec.conf) (key masked)"))
        #expect(lines[1].hasPrefix("No libreswan (ipsec.conf) configuration for the form as it stands:"))
        #expect(lines[2].hasPrefix("  ikeConfig.ikePfs (group2) has no libreswan (ipsec.conf) equivalent: libreswan"))
        editor.press(.char("s"))
        #expect(editor.lines[22].hasPrefix("nothing to save: No libreswan (ipsec.conf) configuration"))
    }

    @Test func anInvalidFieldSaysWhichFieldBlocksIt() {
        var draft = TunnelFixtures.seedExample
        draft.ikeConfig.ikeLifeTime = "8h"
        let editor = Self.harness(draft: draft)
        editor.press(.ctrl("o"))
        let lines = editor.lines
        #expect(lines[1].hasPrefix("No strongSwan (swanctl.conf) configuration for the form as it stands:"))
        #expect(lines[2].hasPrefix("  ikeConfig.ikeLifeTime (8h) "))
        #expect(lines[3].hasPrefix("Fix it on the form (Esc goes back)."))
    }

    @Test func withoutTheGatewayAddressItSaysWhereItComesFrom() {
        let editor = Self.harness(gateway: nil)
        editor.press(.ctrl("o"))
        #expect(
            editor.lines[1].hasPrefix(
                "No peer configuration: BCE's gateway address (its localIp) is not known."))
    }

    @Test func sSavesToTheTypedPathOwnerOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("peer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let editor = Self.harness()
        editor.press(.ctrl("o"), .tab, .tab, .tab, .char("s"))
        #expect(editor.lines[22].hasPrefix("Save to (mode 0600): bce-ku4cxya6nisq.junos.txt"))
        #expect(editor.lines[23].hasPrefix("Enter write the file  Esc cancel"))
        let path = folder + "/srx.txt"
        editor.press(.ctrl("u"))
        editor.type(path)
        editor.press(.enter)
        #expect(editor.lines[22].hasPrefix("saved to \(path) (mode 0600)"))
        var status = stat()
        #expect(lstat(path, &status) == 0)
        #expect(status.st_mode & 0o7777 == 0o600)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("# Juniper SRX configuration for the peer of BCE tunnel vpnconn-ku4cxya6nisq"))
        #expect(written.contains("pre-shared-key ascii-text \"********\""))
        #expect(
            written.hasSuffix(
                "establish-tunnels immediately\n# set security ipsec vpn bce-ku4cxya6nisq bind-interface st0.<unit>\n"))
    }

    @Test func aSaveThatFailsSaysWhy() {
        let editor = Self.harness()
        editor.press(.ctrl("o"), .char("s"), .ctrl("u"))
        editor.type("/nonexistent-folder/x.conf")
        editor.press(.enter)
        #expect(editor.lines[22].hasPrefix("not saved: /nonexistent-folder/x.conf "))
    }

    @Test func helpListsTheKeys() {
        let editor = Self.harness()
        editor.press(.f1)
        var text = editor.text
        for _ in 0..<10 {
            editor.press(.pageDown)
            text += editor.text
        }
        #expect(text.contains("Ctrl-O                      peer config"))
        #expect(text.contains("Peer configuration"))
        #expect(text.contains("Tab, f                      format"))
        #expect(text.contains("s                           save"))
    }
}
