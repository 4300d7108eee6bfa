import Testing
import TunnelClient
import TunnelCore
import TunnelTUI
import TunnelTesting

@Suite struct PreviewAndSubmitTests {
    @Test func thePreviewOfTheSeedExampleIsTheRequestTheServiceBuilds() throws {
        let editor = EditorHarness()
        editor.press(.ctrl("p"))
        let update = try #require(editor.model.report.update)
        let request = editor.service.preparedRequest(
            for: update, clientToken: TunnelFixtures.seedExample.clientToken, date: EditorHarness.fixedDate)
        let expected = RequestRenderer.http(request, revealingSecrets: false)
        #expect(editor.lines[0] == "Preview: the request as it will be sent (secretKey masked)")
        // The request line and the headers are the renderer's text broken at the terminal's width: the same code as
        // what is sent.
        let head = expected.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
            .flatMap { TextWrap.tokenLines(String($0), width: 80) }
        #expect(Array(editor.lines[1...head.count]) == head.map(\.asShown))
        #expect(
            editor.lines[1] + editor.lines[2].dropFirst(TextWrap.continuationMark.count)
                == "PUT /v1/vpn/vpnconn/vpnconn-ku4cxya6nisq?clientToken=1849ef6b-f73c-4f5d-b88b-259ca47af849 HTTP/1.1")
        #expect(editor.lines.contains { $0.hasPrefix("Authorization: bce-auth-v1/f81d3b34e48048fbb2634dc7882d7e21/") })
        #expect(editor.text.contains(#""secretKey": "********""#))
        #expect(!editor.text.contains("ddd22@www"))
        editor.press(.ctrl("r"))
        #expect(editor.text.contains("ddd22@www"))
        #expect(editor.lines[0].contains("secretKey shown"))
        editor.press(.escape)
        #expect(editor.model.mode == .form)
    }

    @Test func aLongPreviewScrollsToItsLastRow() throws {
        var draft = TunnelFixtures.seedExample
        draft.localSubnets = (0..<60).map { "10.0.\($0).0/24" }
        let editor = EditorHarness(draft: draft)
        editor.press(.ctrl("p"))
        #expect(editor.lines.last == "Up/Down scroll  Ctrl-S submit  Ctrl-R reveal key  w wire bytes  Esc back")
        editor.press(.end)
        #expect(editor.lines[22] == "}")
        // The bytes sent: the screen is the renderer's text broken at the terminal's width.
        editor.press(.home, .char("w"))
        let update = try #require(editor.model.report.update)
        let request = editor.service.preparedRequest(
            for: update, clientToken: draft.clientToken, date: EditorHarness.fixedDate)
        let shown = RequestRenderer.http(request, revealingSecrets: false)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { TextWrap.tokenLines(String($0), width: 80) }
            .map(\.asShown)
        #expect(shown.count > 22)
        editor.press(.pageDown, .pageDown, .pageDown)
        #expect(editor.lines[22] == shown.last)
        editor.press(.up)
        #expect(editor.lines[22] == shown[shown.count - 2])
        editor.press(.pageUp, .pageUp, .pageUp)
        #expect(editor.lines[1] == shown.first)
    }

    @Test func thePreviewOfATunnelReadFromBCEShowsTheDiff() {
        let editor = EditorHarness(origin: .service(TunnelFixtures.seedExample))
        editor.focus(.ikeEncAlg)
        editor.press(.enter, .down, .down, .enter, .ctrl("p"))
        #expect(editor.lines[1] == "Changes against the tunnel on BCE:")
        #expect(editor.lines[2] == "  ikeConfig.ikeEncAlg: aes -> aes256")
        editor.press(.escape)
        editor.focus(.secretKey)
        editor.type("9")
        editor.press(.ctrl("p"), .ctrl("r"))
        // Revealed, the request shows the new key; the diff only says that it changed.
        #expect(editor.lines[2] == "  secretKey: changed (value hidden)")
        #expect(editor.text.contains("ddd22@www9"))
        #expect(!editor.lines[1...4].joined().contains("ddd22"))
    }

    @Test func submitIsRefusedWhileErrorsRemainAndFocusesTheFirst() {
        let editor = EditorHarness()
        editor.focus(.ikeLifeTime)
        editor.press(.ctrl("u"))
        editor.type("30")
        editor.focus(.vpnConnName)
        editor.press(.ctrl("u"), .ctrl("s"))
        #expect(editor.model.mode == .form)
        #expect(editor.model.focus == .vpnConnName)
        #expect(editor.text.contains("fix 2 errors before submitting"))
        #expect(editor.text.contains("! is required"))
        editor.focus(.ikeLifeTime)
        #expect(editor.text.contains("! is below the minimum of 60 seconds"))
        #expect(editor.service.submissions.isEmpty)
        #expect(editor.terminal.bells == 1)
    }

    @Test func aConfirmedSubmitShowsTheRequestId() async {
        let editor = EditorHarness(
            service: FakeTunnelService(
                tunnel: TunnelFixtures.seedExample, outcome: .applied(requestId: "req-42", attempts: 1)))
        editor.focus(.description)
        editor.type(" changed")
        editor.press(.ctrl("s"))
        #expect(editor.text.contains("Send this update of vpnconn-ku4cxya6nisq to bcc.bj.baidubce.com?"))
        #expect(editor.text.contains("Reading vpnconn-ku4cxya6nisq from BCE to compare"))
        // Not sent before the confirmation can say what it changes.
        editor.press(.enter)
        #expect(editor.service.submissions.isEmpty)
        await editor.runUntilIdle()
        #expect(editor.text.contains("Changes to vpnconn-ku4cxya6nisq as BCE has it: description"))
        editor.press(.enter)
        #expect(editor.text.contains("Sending the update of vpnconn-ku4cxya6nisq to BCE"))
        await editor.runUntilIdle()
        #expect(editor.text.contains("Request id: req-42"))
        #expect(editor.service.submissions.map(\.clientToken) == ["1849ef6b-f73c-4f5d-b88b-259ca47af849"])
        #expect(editor.service.submissions.first?.update.description == "111 changed")
        #expect(!editor.model.hasUnsentEdits)
    }

    @Test func aRejectionFocusesTheFieldAndARetryReusesTheToken() async {
        let error = BCEServiceError(
            httpStatus: 400, code: "InvalidParameter", message: "remoteIp is a duplicate", requestId: "req-7",
            field: FieldPath(.remoteIp))
        let editor = EditorHarness(
            draft: {
                var d = TunnelFixtures.seedExample; d.clientToken = ""; return d
            }(),
            service: FakeTunnelService(outcome: .rejected(error, attempts: 1)))
        editor.focus(.description)
        editor.type("!")
        let before = editor.model.draft
        editor.press(.ctrl("s"))
        await editor.runUntilIdle()
        editor.press(.enter)
        await editor.runUntilIdle()
        #expect(editor.text.contains("Code: InvalidParameter"))
        #expect(editor.text.contains("Message: remoteIp is a duplicate"))
        #expect(editor.text.contains("Field: remoteIp"))
        editor.press(.ctrl("s"))
        await editor.runUntilIdle()
        editor.press(.enter)
        #expect(editor.model.focus == .remoteIp)
        #expect(editor.model.draft == before)
        let tokens = editor.service.submissions.map(\.clientToken)
        #expect(tokens.count == 2 && tokens[0] == tokens[1] && !tokens[0].isEmpty)
        // A changed update is a new request: it gets a new token.
        editor.type("9")
        editor.press(.backspace, .backspace, .char("7"), .ctrl("s"))
        await editor.runUntilIdle()
        editor.press(.enter)
        await editor.runUntilIdle()
        #expect(editor.service.submissions.last?.clientToken != tokens[0])
    }

    @Test func escapeCancelsARequestInFlight() async {
        let service = FakeTunnelService(holdsSubmissions: true)
        let editor = EditorHarness(service: service)
        editor.press(.ctrl("s"))
        await editor.runUntilIdle()
        editor.press(.enter)
        #expect(editor.lines.last == "Esc cancel")
        editor.press(.char("x"))  // keys still arrive while the request runs
        editor.press(.escape)
        await editor.runUntilIdle()
        #expect(editor.text.contains("Cancelled. The request may already have reached BCE."))
        #expect(editor.model.draft == TunnelFixtures.seedExample)
    }
}
