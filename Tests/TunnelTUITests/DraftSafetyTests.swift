import Foundation
import Testing
import TunnelCore
import TunnelTUI
import TunnelTesting

/// Drafts in a folder someone else may have prepared, and drafts that keep the promises the screen makes.
@Suite struct DraftSafetyTests {
    static let vpnConnId = "vpnconn-ku4cxya6nisq"

    /// A fresh `$XDG_STATE_HOME` per test, removed afterwards.
    private struct StateHome {
        let folder: ScratchFolder
        init() throws { folder = try ScratchFolder("draft-safety") }

        var path: String { folder.path }
        var environment: [String: String] { ["XDG_STATE_HOME": path, "HOME": "/nonexistent"] }
        var directory: String { path + "/vpn-tunnel" }

        /// The drafts folder made beforehand, as another user could have made it.
        func makeDirectory(mode: mode_t) throws {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
            chmod(directory, mode)
        }

        /// A file outside the drafts folder that no draft may change.
        func victim(_ name: String) throws -> String { try folder.victim(name) }
    }

    private static func mode(_ path: String) -> mode_t { ScratchFolder.mode(path) }

    private static func opened(_ home: StateHome) throws -> DraftStore {
        try DraftStore.standard(environment: home.environment).get()
    }

    @Test func theStandardFolderIsCreatedOwnerOnly() throws {
        let home = try StateHome()
        let store = try Self.opened(home)
        #expect(store.directory == home.directory)
        #expect(Self.mode(home.directory) & 0o7777 == 0o700)
    }

    @Test func linksPlantedAtTheTemporaryNameAndAtTheDraftNameAreNotFollowed() throws {
        let home = try StateHome()
        let store = try Self.opened(home)
        let target = store.path(for: Self.vpnConnId)
        // The name the editor used to write through, and the draft's own name.
        let viaTemporary = try home.victim("victim-temporary")
        let viaDraft = try home.victim("victim-draft")
        try FileManager.default.createSymbolicLink(atPath: target + ".tmp", withDestinationPath: viaTemporary)
        try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: viaDraft)

        try store.save(TunnelFixtures.seedExample, vpnConnId: Self.vpnConnId)

        for victim in [viaTemporary, viaDraft] {
            #expect(try String(contentsOfFile: victim, encoding: .utf8) == "theirs\n")
            #expect(Self.mode(victim) & 0o7777 == 0o644)
        }
        #expect(Self.mode(target) & S_IFMT == S_IFREG)
        #expect(Self.mode(target) & 0o7777 == 0o600)
        #expect(store.load(vpnConnId: Self.vpnConnId)?.draft.vpnConnName == TunnelFixtures.seedExample.vpnConnName)
    }

    @Test func aFolderOpenToOthersTurnsDraftsOffWithTheReason() throws {
        let home = try StateHome()
        try home.makeDirectory(mode: 0o777)
        let reason = "\(home.directory) has mode 777, open to group or others (chmod 700 it to allow it)"
        #expect(throws: DraftStore.Unavailable(reason: reason)) { try Self.opened(home) }
        // A store made on the folder anyway writes nothing there and reads nothing from it.
        let store = DraftStore(directory: home.directory)
        #expect(throws: DraftStore.SaveError.self) {
            try store.save(TunnelFixtures.seedExample, vpnConnId: Self.vpnConnId)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.directory).isEmpty)
        try Data(TunnelFile.encode(TunnelFixtures.seedExample, revealingSecrets: false).utf8)
            .write(to: URL(fileURLWithPath: store.path(for: Self.vpnConnId)))
        #expect(store.load(vpnConnId: Self.vpnConnId) == nil)
    }

    /// Giving a folder to another user takes root; as any other user the case cannot be set up, and is skipped.
    @Test(.enabled(if: geteuid() == 0, "chown to another user needs root"))
    func aFolderOfAnotherUserTurnsDraftsOff() throws {
        let home = try StateHome()
        try home.makeDirectory(mode: 0o700)
        #expect(chown(home.directory, 65534, 65534) == 0)
        #expect(throws: DraftStore.Unavailable(reason: "\(home.directory) belongs to user id 65534, not to you (0)")) {
            try Self.opened(home)
        }
    }

    /// On a FIFO, an open for reading without O_NONBLOCK waits for a writer: this returns at once or never.
    @Test(.timeLimit(.minutes(1))) func aFIFOAtTheDraftPathIsNotWaitedOn() throws {
        let home = try StateHome()
        let store = try Self.opened(home)
        #expect(mkfifo(store.path(for: Self.vpnConnId), 0o600) == 0)
        #expect(store.load(vpnConnId: Self.vpnConnId) == nil)
    }

    @Test func anOversizedDraftIsRefused() throws {
        let home = try StateHome()
        let store = try Self.opened(home)
        // A valid tunnel file, padded with whitespace past the limit: still valid JSON, but no draft is that large.
        let text = TunnelFile.encode(TunnelFixtures.seedExample, revealingSecrets: false)
        let padded = text + String(repeating: " ", count: DraftStore.sizeLimit)
        try Data(padded.utf8).write(to: URL(fileURLWithPath: store.path(for: Self.vpnConnId)))
        #expect(store.load(vpnConnId: Self.vpnConnId) == nil)
        try Data(text.utf8).write(to: URL(fileURLWithPath: store.path(for: Self.vpnConnId)))
        #expect(store.load(vpnConnId: Self.vpnConnId) != nil)
    }

    @Test func aChangedKeyIsRecordedAsChangedNeverAsTheKey() async throws {
        let home = try StateHome()
        let store = try Self.opened(home)
        let first = EditorHarness(drafts: store)
        first.focus(.secretKey)
        first.type("9")
        first.terminal.pendingSignal = 1  // SIGHUP: the SSH connection was cut
        #expect(await first.session.run() == .signal(1))
        let text = try String(contentsOfFile: store.path(for: Self.vpnConnId), encoding: .utf8)
        #expect(!text.contains("ddd22@www"))
        #expect(store.load(vpnConnId: Self.vpnConnId)?.secretKeyChanged == true)
    }

    @Test func aRestoredDraftMarksAChangedKeyUntilOneIsTyped() async throws {
        let home = try StateHome()
        let store = try Self.opened(home)
        let first = EditorHarness(drafts: store)
        first.focus(.secretKey)
        first.type("9")
        first.focus(.vpnConnName)
        first.type("-2")
        first.terminal.pendingSignal = 1
        #expect(await first.session.run() == .signal(1))

        let second = EditorHarness(drafts: store)
        second.session.offerSavedDraft()
        second.session.render()
        #expect(second.text.contains("It differs in: vpnConnName, secretKey (to be typed again)"))
        second.press(.char("r"))
        #expect(second.model.draft.vpnConnName == "vpncon-2")
        // The key on screen is the one loaded, and the field says that the one typed before the cut is not there.
        #expect(second.model.draft.secretKey == "ddd22@www")
        #expect(second.text.contains("needs to be typed again"))
        #expect(second.model.hasUnsentEdits)
        second.focus(.secretKey)
        second.type("8")
        #expect(!second.text.contains("needs to be typed again"))
    }

    @Test func aDraftThatOnlyChangedTheKeyIsStillOffered() throws {
        let home = try StateHome()
        let store = try Self.opened(home)
        try store.save(TunnelFixtures.seedExample, vpnConnId: Self.vpnConnId, secretKeyChanged: true)
        let editor = EditorHarness(drafts: store)
        editor.session.offerSavedDraft()
        editor.session.render()
        #expect(editor.text.contains("It differs in: secretKey (to be typed again)"))
    }

    @Test(arguments: [true, false])
    func theQuitQuestionPromisesADraftOnlyWhenOneIsKept(keepsDrafts: Bool) throws {
        let home = try StateHome()
        let editor = EditorHarness(drafts: keepsDrafts ? try Self.opened(home) : nil)
        editor.focus(.vpnConnName)
        editor.type("-2")
        editor.press(.ctrl("q"))
        #expect(editor.text.contains("Quit with unsent edits?"))
        #expect(editor.text.contains("The draft is kept") == keepsDrafts)
        #expect(editor.text.contains("No draft is kept: the edits are lost.") == !keepsDrafts)
    }
}
