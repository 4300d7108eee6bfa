import Testing
import TunnelClient
import TunnelCore
import TunnelTUI
import TunnelTesting

/// Which tunnel an update replaces: the ids of a tunnel read from BCE cannot be edited, and a tunnel file whose ids
/// were edited says so before anything is sent, with the changes against the tunnel it now names.
@Suite struct TunnelTargetTests {
    /// The gateway's other tunnel, as BCE has it.
    static let otherTunnel: TunnelDraft = {
        var other = TunnelFixtures.seedExample
        other.vpnConnId = "vpnconn-p3x8d2nq7w1z"
        other.vpnConnName = "branch-office"
        other.remoteIp = "203.0.113.9"
        return other
    }()

    @Test func theIdsOfATunnelReadFromBCEAreShownButNeverFocusedOrEdited() {
        let editor = EditorHarness(origin: .service(TunnelFixtures.seedExample))
        #expect(editor.model.focus == .vpnConnName)
        #expect(editor.text.contains("vpnconn-ku4cxya6nisq  (read from BCE)"))
        #expect(editor.text.contains("vpn-s1bpb19cmd8n  (read from BCE)"))
        var visited: [TunnelField] = []
        for _ in 0..<(FormModel.fields.count * 2) {
            editor.press(.tab)
            visited.append(editor.model.focus)
        }
        for _ in 0..<(FormModel.fields.count * 2) {
            editor.press(.backTab)
            visited.append(editor.model.focus)
        }
        #expect(!visited.contains(.vpnConnId) && !visited.contains(.vpnId))
        #expect(Set(visited).count == FormModel.fields.count - 2)
    }

    @Test func aLockedFieldRefusesKeysAndPastesWhenFocusedAnyway() {
        let editor = EditorHarness(origin: .service(TunnelFixtures.seedExample))
        // Only an error or a rejection can focus a field directly; even then nothing typed there lands.
        var model = editor.model
        model.setFocus(.vpnConnId)
        #expect(model.handle(.char("x")) == [.bell])
        #expect(model.handle(.paste("vpnconn-p3x8d2nq7w1z")) == [.bell])
        #expect(model.handle(.ctrl("u")) == [.bell])
        #expect(model.draft.vpnConnId == "vpnconn-ku4cxya6nisq")
        #expect(model.notice?.text.contains("vpnConnId was read from BCE") == true)
    }

    @Test func aRestoredDraftCannotMoveTheFormToAnotherTunnel() {
        let editor = EditorHarness(origin: .service(TunnelFixtures.seedExample))
        var saved = Self.otherTunnel
        saved.vpnId = "vpn-a7kq2m9xw3re"
        var model = editor.model
        model.offerRestore(SavedDraft(draft: saved))
        _ = model.handle(.char("r"))
        #expect(model.draft.vpnConnId == "vpnconn-ku4cxya6nisq")
        #expect(model.draft.vpnId == "vpn-s1bpb19cmd8n")
        #expect(model.draft.vpnConnName == "branch-office")
    }

    @Test func aTunnelFileStartsOnItsEditableId() {
        let editor = EditorHarness()
        #expect(editor.model.focus == .vpnConnId)
        editor.press(.ctrl("u"))
        editor.type("vpnconn-p3x8d2nq7w1z")
        #expect(editor.model.draft.vpnConnId == "vpnconn-p3x8d2nq7w1z")
    }

    @Test func aFileRetargetedAtAnotherTunnelSaysSoAndComparesWithThatTunnel() async {
        let editor = EditorHarness(service: FakeTunnelService(tunnel: Self.otherTunnel))
        editor.press(.ctrl("u"))
        editor.type("vpnconn-p3x8d2nq7w1z")
        editor.press(.ctrl("s"))
        guard case .confirmSubmit(_, .reading) = editor.model.mode else {
            Issue.record("the confirmation does not read its target first: \(editor.model.mode)")
            return
        }
        await editor.runUntilIdle()
        let box = editor.text
        // The box wraps the sentence after "the file's".
        #expect(box.contains("It now targets tunnel vpnconn-p3x8d2nq7w1z instead of the file's"))
        #expect(box.contains("| vpnconn-ku4cxya6nisq."))
        // Against the other tunnel as BCE has it: its name and peer differ from the form, its id does not.
        #expect(box.contains("Changes to vpnconn-p3x8d2nq7w1z as BCE has it: vpnConnName, remoteIp"))
        editor.press(.enter)
        await editor.runUntilIdle()
        #expect(editor.service.submissions.map(\.update.vpnConnId) == ["vpnconn-p3x8d2nq7w1z"])
    }

    @Test func aTargetThatCannotBeReadIsSaidAndTheChangesSinceLoadingAreShown() async {
        let editor = EditorHarness()
        editor.focus(.description)
        editor.type("!")
        editor.press(.ctrl("s"))
        await editor.runUntilIdle()
        #expect(editor.text.contains("Could not read vpnconn-ku4cxya6nisq from BCE to compare"))
        #expect(editor.text.contains("Changed since loaded: description"))
        #expect(!editor.text.contains("now targets"))
    }

    @Test func escLeavesAConfirmationWhoseTargetIsStillBeingRead() async {
        let editor = EditorHarness(service: FakeTunnelService(tunnel: TunnelFixtures.seedExample))
        editor.press(.ctrl("s"), .escape)
        #expect(editor.model.mode == .form)
        await editor.runUntilIdle()
        #expect(editor.model.mode == .form)
        #expect(editor.service.submissions.isEmpty)
    }
}
