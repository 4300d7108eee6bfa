import Testing
import TunnelClient
import TunnelCore
import TunnelTUI
import TunnelTesting

/// The confirmation at 80x24 tells everything that matters: the host, what changes on the tunnel as BCE has it,
/// the warnings still standing; and an update that changes nothing is not sent.
@Suite struct ConfirmationTests {
    @Test func itNamesTheHostTheChangesAndTheWarningsStillStanding() async {
        let tunnel = TunnelFixtures.seedExample
        let editor = EditorHarness(origin: .service(tunnel), service: FakeTunnelService(tunnel: tunnel))
        editor.focus(.description)
        editor.type("!")
        editor.press(.ctrl("s"))
        let box = editor.lines.joined(separator: "\n")
        #expect(box.contains("Send this update of vpnconn-ku4cxya6nisq to bcc.bj.baidubce.com?"))
        #expect(box.contains("Changes to vpnconn-ku4cxya6nisq as BCE has it: description"))
        #expect(box.contains("It is sent with 3 warnings:"))
        #expect(box.contains("remoteIp (10.107.245.188) is a private address"))
        #expect(box.contains("ikeConfig.ikePfs (group2) is weak"))
        #expect(box.contains("ipsecConfig.ipsecPfs (group2) is weak"))
        #expect(box.contains("Enter sends it, Esc goes back."))
        #expect(editor.lines.allSatisfy { TextWidth.columns(of: $0) <= 80 })
        editor.press(.enter)
        await editor.runUntilIdle()
        #expect(editor.service.submissions.count == 1)
    }

    @Test func anUpdateThatChangesNothingIsNotSent() async {
        let tunnel = TunnelFixtures.seedExample
        let editor = EditorHarness(origin: .service(tunnel), service: FakeTunnelService(tunnel: tunnel))
        editor.press(.ctrl("s"))
        #expect(editor.text.contains("No changes: vpnconn-ku4cxya6nisq on BCE already has these values."))
        #expect(!editor.text.contains("Enter sends it"))
        #expect(editor.lines.last == "Esc back")
        editor.press(.enter)
        await editor.runUntilIdle()
        #expect(editor.service.submissions.isEmpty)
        #expect(editor.terminal.bells == 1)
        editor.press(.escape)
        #expect(editor.model.mode == .form)
    }

    @Test func aFileThatMatchesBCEIsNotSentEither() async {
        let editor = EditorHarness(service: FakeTunnelService(tunnel: TunnelFixtures.seedExample))
        editor.press(.ctrl("s"))
        await editor.runUntilIdle()
        #expect(editor.text.contains("No changes: vpnconn-ku4cxya6nisq on BCE already has these values."))
        editor.press(.enter)
        #expect(editor.service.submissions.isEmpty)
    }

    @Test func aLongListOfWarningsEndsWithHowManyMore() {
        var draft = TunnelFixtures.seedExample
        draft.localSubnets = (1...9).map { "10.\($0).0.1/16" }  // host bits set: a warning each
        let editor = EditorHarness(
            draft: draft, origin: .service(TunnelFixtures.seedExample),
            service: FakeTunnelService(tunnel: TunnelFixtures.seedExample))
        editor.focus(.description)
        editor.type("!")
        editor.press(.ctrl("s"))
        #expect(editor.text.contains("It is sent with 12 warnings:"))
        #expect(editor.text.contains("and 8 more (Ctrl-G walks them on the form)"))
        #expect(editor.lines.count == 24)
    }
}
