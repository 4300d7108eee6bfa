import Foundation
import Testing
import TunnelCore
import TunnelTUI
import TunnelTesting

@Suite struct DraftTests {
    /// A fresh state directory per test, removed afterwards.
    private final class StateDirectory {
        let path: String
        init() {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("vpn-tunnel-tests-\(UUID())").path
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        var store: DraftStore { DraftStore(directory: path + "/vpn-tunnel") }
    }

    @Test(arguments: [
        (["XDG_STATE_HOME": "/s", "HOME": "/h"], "/s/vpn-tunnel"),
        (["HOME": "/h"], "/h/.local/state/vpn-tunnel"),
        (["XDG_STATE_HOME": "relative", "HOME": "/h"], "/h/.local/state/vpn-tunnel"),
    ])
    func theStateDirectoryFollowsXDG(environment: [String: String], expected: String) {
        #expect(DraftStore.directory(environment: environment) == expected)
    }

    @Test func aDraftIsSavedOwnerOnlyAndWithoutTheSecretKey() throws {
        let state = StateDirectory()
        var draft = TunnelFixtures.seedExample
        draft.description = "上海 office"
        try state.store.save(draft, vpnConnId: draft.vpnConnId)
        let path = state.store.path(for: draft.vpnConnId)
        #expect(path == state.path + "/vpn-tunnel/draft-vpnconn-ku4cxya6nisq.json")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("ddd22@www"))
        let loaded = try #require(state.store.load(vpnConnId: draft.vpnConnId))
        var expected = draft
        expected.secretKey = ""
        #expect(loaded == SavedDraft(draft: expected, secretKeyChanged: false))
        state.store.remove(vpnConnId: draft.vpnConnId)
        #expect(state.store.load(vpnConnId: draft.vpnConnId) == nil)
    }

    @Test func aSignalSavesTheDraftAndALaterEditOffersIt() async throws {
        let state = StateDirectory()
        let first = EditorHarness(drafts: state.store)
        first.focus(.vpnConnName)
        first.type("-2")
        first.terminal.pendingSignal = 1  // SIGHUP: the SSH connection was cut
        #expect(await first.session.run() == .signal(1))
        let saved = try #require(state.store.load(vpnConnId: "vpnconn-ku4cxya6nisq"))
        #expect(saved.draft.vpnConnName == "vpncon-2")

        let second = EditorHarness(drafts: state.store)
        second.session.offerSavedDraft()
        second.session.render()
        #expect(second.text.contains("A saved draft of this tunnel exists."))
        #expect(second.text.contains("It differs in: vpnConnName"))
        second.press(.char("r"))
        #expect(second.model.draft.vpnConnName == "vpncon-2")
        // The secret key is not in the draft file: the one loaded is kept.
        #expect(second.model.draft.secretKey == "ddd22@www")
    }

    @Test func quittingWithoutEditsRemovesTheDraftAndQuittingWithEditsKeepsIt() async throws {
        let state = StateDirectory()
        let editor = EditorHarness(drafts: state.store)
        editor.terminal.enqueue(typing: "x")
        editor.terminal.enqueue(.ctrl("q"), .char("y"))
        #expect(await editor.session.run() == .quit)
        #expect(state.store.load(vpnConnId: "vpnconn-ku4cxya6nisq")?.draft.vpnConnId == "vpnconn-ku4cxya6nisqx")

        let clean = EditorHarness(drafts: state.store)
        clean.session.offerSavedDraft()
        clean.terminal.enqueue(.char("d"), .ctrl("q"))
        #expect(await clean.session.run() == .quit)
        #expect(state.store.load(vpnConnId: "vpnconn-ku4cxya6nisq") == nil)
    }
}
