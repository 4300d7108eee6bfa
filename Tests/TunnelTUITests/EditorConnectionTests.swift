import Foundation
import Testing
import TunnelClient
import TunnelCore
import TunnelTUI
import TunnelTesting

/// An editor with no usable connection (a refused endpoint, no credentials) edits and previews, and sends nothing.
@Suite struct EditorConnectionTests {
    static let reason =
        "refusing plain HTTP to http://vm:8080: the request carries the pre-shared key; use https://, a loopback "
        + "address, or pass --allow-insecure-http"

    /// An editor on the seed example, 100 columns wide, whose connection is preview-only for `http://vm:8080`.
    func previewOnlyEditor() throws -> (EditorSession, MemoryTerminal) {
        let size = TerminalSize(columns: 100, rows: 30)
        let terminal = MemoryTerminal(size: size)
        let session = EditorSession(
            model: FormModel(draft: TunnelFixtures.seedExample, origin: .file("seed-example.json"), size: size),
            terminal: terminal,
            connection: .previewOnly(endpoint: try Endpoint(url: "http://vm:8080"), reason: Self.reason),
            drafts: nil, clock: { EditorHarness.fixedDate })
        session.render()
        return (session, terminal)
    }

    func press(_ session: EditorSession, _ keys: KeyEvent...) {
        for key in keys {
            session.handle(key)
            session.render()
        }
    }

    @Test func ctrlSSaysWhyNothingCanBeSentAndAsksNothing() throws {
        let (session, terminal) = try previewOnlyEditor()
        #expect(session.model.sendTarget == .unavailable(reason: Self.reason))
        press(session, .ctrl("s"))
        #expect(session.model.mode == .form)
        #expect(terminal.text.contains("not sent: refusing plain HTTP to http://vm:8080"))
        #expect(!terminal.text.contains("Send this update"))
        #expect(terminal.bells == 1)
        // Enter after it only acts on the form: there is no confirmation to accept.
        press(session, .enter)
        #expect(session.model.mode == .form)
    }

    @Test func thePreviewIsBuiltUnsignedForTheURLAskedFor() throws {
        let (session, terminal) = try previewOnlyEditor()
        press(session, .ctrl("p"))
        #expect(terminal.text.contains("Host: vm:8080"))
        #expect(!terminal.text.contains("Authorization:"))
        // Ctrl-S from the preview goes back to the form with the reason, not to a confirmation.
        press(session, .ctrl("s"))
        #expect(session.model.mode == .form)
        #expect(terminal.text.contains("not sent: refusing plain HTTP to http://vm:8080"))
        #expect(terminal.bells == 1)
    }

    @Test func editingStillWorksWithoutAConnection() throws {
        let (session, _) = try previewOnlyEditor()
        var guardCount = 0
        while session.model.focus != .description && guardCount < 40 {
            press(session, .tab)
            guardCount += 1
        }
        press(session, .char("!"))
        #expect(session.model.draft.description == "111!")
        #expect(session.model.hasUnsentEdits)
    }

    @Test func aModelWithoutASessionCannotSend() {
        var model = FormModel(
            draft: TunnelFixtures.seedExample, origin: .file("seed-example.json"),
            size: TerminalSize(columns: 80, rows: 24))
        #expect(model.handle(.ctrl("s")) == [.bell])
        #expect(model.mode == .form)
        #expect(model.notice == .error("not sent: the editor has no connection to BCE"))
    }

    @Test func theConfirmationNamesTheHost() {
        let editor = EditorHarness()
        editor.press(.ctrl("s"))
        #expect(editor.model.sendTarget == .host("bcc.bj.baidubce.com"))
        #expect(editor.text.contains("Send this update of vpnconn-ku4cxya6nisq to bcc.bj.baidubce.com?"))
    }
}
