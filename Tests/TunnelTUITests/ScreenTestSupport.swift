import Foundation
import Testing
import TunnelCore
import TunnelTUI
import TunnelTesting

/// An editor on a memory terminal with a fake service: what the screen tests drive.
struct EditorHarness {
    let terminal: MemoryTerminal
    let service: FakeTunnelService
    let session: EditorSession

    /// The signing time of every preview in tests: the seed's example date.
    static let fixedDate = Date(timeIntervalSince1970: 1_439_266_649)  // 2015-08-11T04:17:29Z

    init(
        draft: TunnelDraft = TunnelFixtures.seedExample, origin: FormModel.Origin = .file("seed-example.json"),
        size: TerminalSize = TerminalSize(columns: 80, rows: 24), service: FakeTunnelService = FakeTunnelService(),
        drafts: DraftStore? = nil
    ) {
        terminal = MemoryTerminal(size: size)
        self.service = service
        session = EditorSession(
            model: FormModel(draft: draft, origin: origin, size: size), terminal: terminal, service: service,
            drafts: drafts, clock: { Self.fixedDate }, watchClock: ManualRetryClock())
        session.render()
    }

    /// An editor on a model made by the test (a notice, another origin).
    init(model: FormModel, service: FakeTunnelService = FakeTunnelService()) {
        terminal = MemoryTerminal(size: model.size)
        self.service = service
        session = EditorSession(
            model: model, terminal: terminal, service: service, drafts: nil, clock: { Self.fixedDate },
            watchClock: ManualRetryClock())
        session.render()
    }

    var model: FormModel { session.model }
    var lines: [String] { terminal.lines }
    var text: String { terminal.text }

    /// Feeds keys one by one, rendering after each as the real loop does.
    func press(_ keys: KeyEvent...) { press(keys) }

    func press(_ keys: [KeyEvent]) {
        for key in keys {
            session.handle(key)
            session.render()
        }
    }

    func type(_ text: String) { press(text.map { KeyEvent.char($0) }) }

    func resize(_ size: TerminalSize) {
        terminal.resize(to: size)
        while let event = terminal.readEvent(timeoutMilliseconds: 0) {
            session.handle(event)
            session.render()
        }
    }

    /// Runs the editor's own loop, as the program does, on the keys queued so far, until it waits for the next key
    /// with nothing in flight: the requests that the keys started (a confirmation's read of its target, a
    /// submission) have finished, and the loop has taken their results in and drawn them.
    func runUntilIdle() async {
        let exit = await session.run()
        #expect(exit == .signal(MemoryTerminal.hangUpSignal), "the editor did not come to wait for a key")
        terminal.pendingSignal = nil
    }

    /// Presses Tab until the focus is on a field.
    func focus(_ field: TunnelField) {
        var guardCount = 0
        while session.model.focus != field && guardCount < 40 {
            press(.tab)
            guardCount += 1
        }
    }
}

/// A small seeded generator (SplitMix64), so that a failing sequence of keys can be replayed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
