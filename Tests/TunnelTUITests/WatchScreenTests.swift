import Testing
import TunnelClient
import TunnelCore
import TunnelTUI
import TunnelTesting

@Suite("Watching the tunnel after a submit")
struct WatchScreenTests {
    static let configuring = FakeTunnelService.ListStep.state(
        TunnelState(status: "configuring", healthStatus: "unreachable"))
    static let activeDown = FakeTunnelService.ListStep.state(TunnelState(status: "active", healthStatus: "unreachable"))
    static let up = FakeTunnelService.ListStep.state(FakeTunnelService.up)

    /// An editor on the seed's tunnel as read from BCE, with `description` edited and submitted.
    static func submitted(_ steps: [FakeTunnelService.ListStep]) async -> EditorHarness {
        let tunnel = TunnelFixtures.seedExample
        let editor = EditorHarness(
            draft: tunnel, origin: .service(tunnel),
            service: FakeTunnelService(
                tunnel: tunnel, outcome: .applied(requestId: "req-42", attempts: 1), listSteps: steps))
        editor.focus(.description)
        editor.type(" changed")
        editor.press(.ctrl("s"), .enter)
        await editor.runUntilIdle()
        return editor
    }

    /// The box's inner lines (between its `|` borders), trailing spaces removed.
    static func box(_ editor: EditorHarness) -> [String] {
        editor.lines.filter { $0.filter { $0 == "|" }.count >= 2 }.map { line in
            let inner = line[line.index(after: line.firstIndex(of: "|")!)..<line.lastIndex(of: "|")!]
            return String(inner).trimmingTrailingSpaces()
        }
    }

    @Test("an applied submit is followed by the watch: each change with its time, until up")
    func watchesUntilUp() async {
        let editor = await Self.submitted([Self.configuring, Self.configuring, Self.activeDown, Self.up])
        #expect(
            Self.box(editor) == [
                " Applied: BCE accepted the update.",
                " Request id: req-42",
                " Watching vpnconn-ku4cxya6nisq until it is up (at most 5m00s):",
                "     0s  configuring / unreachable",
                "     6s  active / unreachable",
                "     8s  active / reachable",
                " Up after 8s: active / reachable.",
            ])
        #expect(editor.text.contains("+- Up -"))
        #expect(editor.lines.last == "Enter/Esc back to the form  Ctrl-T watch again")
        #expect(editor.service.listCalls == 4)
        editor.press(.escape)
        #expect(editor.model.mode == .form)
        #expect(editor.model.draft.description == "111 changed")
    }

    @Test("a tunnel that stays unreachable ends not up at the timeout; Ctrl-T watches again from the start")
    func timesOutAndWatchesAgain() async {
        let editor = await Self.submitted([Self.configuring, Self.activeDown])
        let box = Self.box(editor)
        #expect(editor.text.contains("+- Not up -"))
        #expect(
            box.suffix(3) == [
                "     0s  configuring / unreachable",
                "     2s  active / unreachable",
                " Not up after 5m00s (the timeout): last seen active / unreachable.",
            ])
        let calls = editor.service.listCalls
        editor.press(.ctrl("t"))
        #expect(editor.text.contains("+- Watching -"))
        #expect(editor.text.contains("Esc stops watching; the form stays."))
        #expect(editor.lines.last == "Esc stop watching")
        await editor.runUntilIdle()
        #expect(editor.service.listCalls > calls)
        #expect(Self.box(editor).contains("     0s  active / unreachable"))
    }

    @Test("Esc stops a running watch: the form comes back with its edits, and what the watch still says is dropped")
    func escStopsTheWatch() {
        var model = FormModel(
            draft: TunnelFixtures.seedExample, origin: .service(TunnelFixtures.seedExample),
            size: TerminalSize(columns: 80, rows: 24), sendTarget: .host("bcc.bj.baidubce.com"))
        _ = model.handle(.char("x"))
        let edited = model.draft
        let submit = model.handle(.ctrl("s")) + model.handle(.enter)
        guard case .submit(let update, _)? = submit.last else {
            Issue.record("no submit: \(submit)")
            return
        }
        let effects = model.receive(.applied(requestId: "req-1", attempts: 1))
        #expect(
            effects == [.watchTunnel(vpnId: update.vpnId, vpnConnId: update.vpnConnId, timeout: FormModel.watchTimeout)]
        )
        model.receiveWatch(.changed(TunnelState(status: "configuring", healthStatus: "unreachable"), elapsed: .zero))
        #expect(model.handle(.escape) == [.stopWatching])
        #expect(model.mode == .form)
        #expect(model.draft == edited)
        model.receiveWatch(.changed(FakeTunnelService.up, elapsed: .seconds(2)))
        model.finishWatch(.up(elapsed: .seconds(2)))
        #expect(model.mode == .form)
    }

    @Test("Ctrl-T on the form watches the tunnel as loaded; without a connection it says why not")
    func ctrlTOnTheForm() async {
        let tunnel = TunnelFixtures.seedExample
        let editor = EditorHarness(draft: tunnel, origin: .service(tunnel), service: FakeTunnelService(tunnel: tunnel))
        editor.press(.ctrl("t"))
        await editor.runUntilIdle()
        #expect(
            Self.box(editor) == [
                " Watching vpnconn-ku4cxya6nisq until it is up (at most 5m00s):",
                "     0s  active / reachable",
                " Up after 0s: active / reachable.",
            ])

        var model = FormModel(draft: tunnel, origin: .service(tunnel), size: TerminalSize(columns: 80, rows: 24))
        #expect(model.handle(.ctrl("t")) == [.bell])
        #expect(model.notice?.text == "cannot watch the tunnel: the editor has no connection to BCE")
    }

    @Test("a long watch shows its latest changes and how many came before")
    func longWatch() async {
        let states = (1...10).map {
            FakeTunnelService.ListStep.state(TunnelState(status: "step\($0)", healthStatus: "unreachable"))
        }
        let editor = await Self.submitted(states + [Self.up])
        let box = Self.box(editor)
        #expect(box.contains("   (3 earlier changes not shown)"))
        #expect(box.contains { $0.hasSuffix("step4 / unreachable") })
        #expect(!box.contains { $0.hasSuffix("step3 / unreachable") })
        #expect(editor.lines.count == 24)
    }

    @Test("the help lists Ctrl-T")
    func help() {
        let editor = EditorHarness()
        editor.press(.f1)
        #expect(editor.text.contains("Ctrl-T"))
        #expect(editor.text.contains("watch the tunnel on BCE until it is up"))
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
