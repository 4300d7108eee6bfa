import Testing
import TunnelCore
import TunnelTUI
import TunnelTesting

@Suite struct FormScreenTests {
    @Test func theFormAt80x24() {
        let editor = EditorHarness()
        #expect(
            editor.text == """
                Tunnel
                > Tunnel ID (vpnConnId)           vpnconn-ku4cxya6nisq
                  VPN ID (vpnId)                  vpn-s1bpb19cmd8n
                  Name (vpnConnName)              vpncon
                  Description (description)       111
                  Pre-shared key (secretKey)      ********
                  Peer IP (remoteIp)              10.107.245.188
                  Customer gateway (cgwId)
                  Local subnets (localSubnets)    192.168.0.0/20
                  Remote subnets (remoteSubnets)  192.168.100.0/24
                IKE
                  IKE version (ikeVersion)        v1 - IKEv1                                 v
                  IKE mode (ikeMode)              main - Main mode                           v
                  IKE encryption (ikeEncAlg)      aes - AES-128                              v
                  IKE integrity (ikeAuthAlg)      sha1 - SHA-1                               v
                  IKE DH group (ikePfs)           group2 - DH group 2 (1024-bit) (weak)      v
                  IKE lifetime (ikeLifeTime)      200        60-86400 seconds
                IPsec
                  IPsec encryption (ipsecEncAlg)  aes - AES-128                              v
                  IPsec integrity (ipsecAuthAlg)  sha1 - SHA-1                               v
                  IPsec PFS group (ipsecPfs)      group2 - DH group 2 (1024-bit) (weak)      v
                  IPsec lifetime (ipsecLifetime)  28800      180-86400 seconds
                vpnconn-ku4cxya6nisq from seed-example.json                          3 warnings
                Ctrl-P preview  Ctrl-S submit  Ctrl-O peer config  F1 help  Ctrl-Q quit
                """)
        // The focus starts on the first text field, with the cursor at the end of its value.
        #expect(editor.model.focus == .vpnConnId)
        #expect(editor.terminal.screen?.cursor?.row == 1)
        #expect(editor.terminal.screen?.cursor?.column == 34 + "vpnconn-ku4cxya6nisq".count)
    }

    @Test func theFormAt120x40UsesTheRoom() {
        let editor = EditorHarness(size: TerminalSize(columns: 120, rows: 40))
        let expected = """
            vpn-tunnel: edit an IPsec VPN tunnel

            Tunnel
            > Tunnel ID (vpnConnId)           vpnconn-ku4cxya6nisq
              VPN ID (vpnId)                  vpn-s1bpb19cmd8n
              Name (vpnConnName)              vpncon
              Description (description)       111
              Pre-shared key (secretKey)      ********
              Peer IP (remoteIp)              10.107.245.188
              Customer gateway (cgwId)
              Local subnets (localSubnets)    192.168.0.0/20
              Remote subnets (remoteSubnets)  192.168.100.0/24

            IKE
              IKE version (ikeVersion)        v1 - IKEv1                                     v
              IKE mode (ikeMode)              main - Main mode                               v
              IKE encryption (ikeEncAlg)      aes - AES-128                                  v
              IKE integrity (ikeAuthAlg)      sha1 - SHA-1                                   v
              IKE DH group (ikePfs)           group2 - DH group 2 (1024-bit) (weak)          v
              IKE lifetime (ikeLifeTime)      200        60-86400 seconds

            IPsec
              IPsec encryption (ipsecEncAlg)  aes - AES-128                                  v
              IPsec integrity (ipsecAuthAlg)  sha1 - SHA-1                                   v
              IPsec PFS group (ipsecPfs)      group2 - DH group 2 (1024-bit) (weak)          v
              IPsec lifetime (ipsecLifetime)  28800      180-86400 seconds
            """
        let lines = editor.lines
        #expect(lines.prefix(26).joined(separator: "\n") == expected)
        #expect(lines[26..<38].allSatisfy { $0.isEmpty })
        #expect(
            lines[38] == "vpnconn-ku4cxya6nisq from seed-example.json" + String(repeating: " ", count: 66)
                + "3 warnings")
        #expect(lines.count == 40)
    }

    @Test func aDropdownOpensAndAChoiceIsMade() {
        let editor = EditorHarness()
        editor.focus(.ikeEncAlg)
        editor.press(.enter)
        #expect(editor.text.contains("|> aes - AES-128 "))
        #expect(editor.text.contains("|  3des - Triple DES (weak) "))
        #expect(editor.lines.last == "Up/Down move  Enter pick  Esc keep")
        editor.press(.down, .down)
        #expect(editor.text.contains("|> aes256 - AES-256 "))
        editor.press(.enter)
        #expect(!editor.text.contains("|"))
        #expect(editor.lines.contains { $0.hasPrefix("> IKE encryption (ikeEncAlg)      aes256 - AES-256 ") })
        #expect(editor.model.draft.ikeConfig.ikeEncAlg == "aes256")
        #expect(editor.text.contains("(edited)"))
    }

    @Test func escapeClosesADropdownWithoutChangingIt() {
        let editor = EditorHarness()
        editor.focus(.ipsecPfs)
        editor.press(.char(" "), .char("g"), .escape)
        #expect(editor.model.draft.ipsecConfig.ipsecPfs == "group2")
        #expect(!editor.model.hasUnsentEdits)
    }

    @Test func anInvalidSecretKeyShowsItsMessageAfterLeavingAndLosesItOnceFixed() {
        let editor = EditorHarness()
        editor.focus(.secretKey)
        editor.press(.ctrl("u"))
        editor.type("abcdefgh")
        // Not while the operator is still typing in the field.
        #expect(!editor.text.contains("must contain"))
        #expect(editor.text.contains("1 error, 3 warnings"))
        editor.press(.tab)
        #expect(editor.text.contains("! must contain a digit, a symbol"))
        editor.press(.backTab)
        editor.type("1!")
        #expect(!editor.text.contains("must contain"))
        #expect(editor.text.contains("3 warnings"))
        #expect(!editor.text.contains("error"))
    }

    @Test func theSecretKeyIsMaskedUnlessRevealed() {
        let editor = EditorHarness()
        editor.focus(.secretKey)
        #expect(!editor.text.contains("ddd22@www"))
        #expect(editor.lines.last?.hasPrefix("Ctrl-R reveal") == true)
        editor.press(.ctrl("r"))
        #expect(editor.text.contains("ddd22@www"))
    }

    @Test func aPastedListOfCIDRsBecomesRows() {
        let editor = EditorHarness()
        editor.focus(.remoteSubnets)
        editor.press(.enter, .paste("10.1.0.0/16, 10.2.0.0/16\n10.3.0.0/16"))
        #expect(editor.model.draft.remoteSubnets == ["192.168.100.0/24", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16"])
        #expect(
            editor.text.contains(
                "> Remote subnets (remoteSubnets)  192.168.100.0/24\n" + String(repeating: " ", count: 34)
                    + "10.1.0.0/16"))
    }

    @Test func aResizeTo20x5AndBackKeepsEditsAndFocus() {
        let editor = EditorHarness()
        editor.focus(.vpnConnName)
        editor.type("-prod")
        editor.resize(TerminalSize(columns: 20, rows: 5))
        #expect(editor.text == "terminal too small:\nneed 80x24, have\n20x5\n\nCtrl-Q quit")
        // Keys other than quit do nothing while the form cannot be shown.
        editor.press(.char("x"), .tab)
        editor.resize(TerminalSize(columns: 10, rows: 3))
        #expect(editor.lines.first == "terminal")
        editor.resize(TerminalSize(columns: 80, rows: 24))
        #expect(editor.model.focus == .vpnConnName)
        #expect(editor.model.draft.vpnConnName == "vpncon-prod")
        #expect(editor.lines[3].hasPrefix("> Name (vpnConnName)              vpncon-prod"))
        #expect(editor.terminal.screen?.cursor?.row == 3)
    }

    @Test func typingACharacterRewritesOnlyItsRow() {
        let editor = EditorHarness()
        editor.focus(.description)
        let before = editor.terminal.presentedRows.count
        editor.type("x")
        #expect(editor.terminal.presentedRows.count == before + 1)
        #expect(editor.terminal.presentedRows.last == [4, 22])  // the field, and "(edited)" on the status line
        editor.type("y")
        #expect(editor.terminal.presentedRows.last == [4])
    }

    @Test func ctrlLAsksForAFullRepaint() {
        let editor = EditorHarness()
        editor.press(.ctrl("l"))
        #expect(editor.terminal.fullRepaints == 1)
        #expect(editor.terminal.presentedRows.last?.count == 24)
    }

    @Test func ctrlZStopsTheProgramAndRedrawsEverythingWhenItContinues() {
        let editor = EditorHarness()
        editor.type("x")
        editor.press(.ctrl("z"))
        #expect(editor.terminal.stops == 1)
        #expect(editor.terminal.fullRepaints == 1)
        #expect(editor.model.draft.vpnConnId == "vpnconn-ku4cxya6nisqx")
        editor.press(.ctrl("p"), .ctrl("z"))
        #expect(editor.terminal.stops == 2)
        editor.press(.escape, .f1)
        #expect(editor.text.contains("Ctrl-Z"))
        #expect(editor.text.contains("suspend to the shell (fg resumes)"))
    }

    @Test func helpIsPrintedFromTheKeyMap() {
        let editor = EditorHarness()
        editor.press(.f1)
        #expect(editor.lines.first == "Help: keys (vpn-tunnel \(ToolVersion.current))")
        #expect(editor.text.contains("  Ctrl-P                      preview"))
        #expect(editor.text.contains("  Ctrl-Q, F10, Ctrl-C         quit"))
        editor.press(.escape)
        #expect(editor.lines.first == "Tunnel")
    }

    @Test func quitAsksFirstWhenThereAreUnsentEdits() {
        let clean = EditorHarness()
        clean.session.handle(.ctrl("q"))
        #expect(clean.model.mode == .form)
        let edited = EditorHarness()
        edited.type("x")
        edited.press(.f10)
        #expect(edited.text.contains("Quit with unsent edits?"))
        edited.press(.escape)
        #expect(edited.model.mode == .form)
        #expect(edited.model.draft.vpnConnId == "vpnconn-ku4cxya6nisqx")
    }
}
