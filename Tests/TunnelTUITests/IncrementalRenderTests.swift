import Testing
import TunnelCore
import TunnelTUI
import TunnelTesting

@Suite struct IncrementalRenderTests {
    private static let size = TerminalSize(columns: 80, rows: 24)

    private func model(size: TerminalSize = size) -> FormModel {
        FormModel(
            draft: TunnelFixtures.seedExample, origin: .file("seed-example.json"), size: size,
            sendTarget: .host("bcc.bj.baidubce.com"))
    }

    @Test func aTypedCharacterRedrawsOnlyItsFieldAndWhatItChanged() {
        var model = model()
        var renderer = IncrementalFormRenderer()
        _ = renderer.render(model)
        #expect(renderer.redrawnRows == nil)  // the first frame is drawn whole

        _ = model.handle(.char("x"))
        _ = renderer.render(model)
        #expect(renderer.redrawnRows == [1, 22])  // the id field, and "(edited)" on the status line
        _ = model.handle(.char("y"))
        #expect(renderer.render(model) == FormRenderer.render(model))
        #expect(renderer.redrawnRows == [1])
        _ = model.handle(.left)
        #expect(renderer.render(model) == FormRenderer.render(model))
        #expect(renderer.redrawnRows == [1])
        #expect(renderer.frame?.cursor?.column == 34 + "vpnconn-ku4cxya6nisqx".count)
    }

    @Test func aKeyThatChangesNothingRedrawsNothing() {
        var model = model()
        var renderer = IncrementalFormRenderer()
        _ = renderer.render(model)
        _ = model.handle(.right)  // already at the end
        _ = renderer.render(model)
        #expect(renderer.redrawnRows == [])
    }

    @Test func aNewCountRedrawsTheStatusLine() {
        var model = model()
        var renderer = IncrementalFormRenderer()
        model.setFocus(.vpnConnName)
        _ = renderer.render(model)
        // "vpncon" + "!" is not a valid name: an error is counted, but not yet shown under the field.
        _ = model.handle(.char("!"))
        let frame = renderer.render(model)
        #expect(renderer.redrawnRows == [3, 22])
        #expect(frame.text(row: 22).hasSuffix("1 error, 3 warnings"))
        #expect(frame == FormRenderer.render(model))
    }

    @Test func movingTheFocusDrawsTheWholeFrame() {
        var model = model()
        var renderer = IncrementalFormRenderer()
        _ = renderer.render(model)
        _ = model.handle(.tab)
        #expect(renderer.render(model) == FormRenderer.render(model))
        #expect(renderer.redrawnRows == nil)
    }

    /// The keys the property test draws from: typing (a wide character too), editing and moving keys, list keys,
    /// the dropdown's, and the ones that open and close overlays.
    private static let keys: [KeyEvent] =
        "abcxyz019./-!@ 上".map { KeyEvent.char($0) } + [
            .backspace, .backspace, .delete, .left, .right, .home, .end, .ctrl("w"), .ctrl("u"), .ctrl("k"),
            .altBackspace, .tab, .tab, .tab, .backTab, .backTab, .up, .down, .enter, .escape, .ctrl("n"), .ctrl("d"),
            .ctrl("r"), .paste("10.1.0.0/16, 10.2.0.0/16\n10.3.0.0/16"), .paste("x y"), .f1, .ctrl("p"), .ctrl("s"),
            .ctrl("q"), .ctrl("l"), .pageDown, .char("q"), .char("n"), .char("r"), .char("d"),
        ]

    private static let sizes = [
        size, TerminalSize(columns: 100, rows: 30), TerminalSize(columns: 120, rows: 40),
        TerminalSize(columns: 90, rows: 26), TerminalSize(columns: 60, rows: 20),
    ]

    /// After any sequence of keys, the frame brought up to date key by key equals the frame drawn from scratch.
    @Test(arguments: 0..<16)
    func theUpdatedFrameEqualsAWholeRender(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var model = model(size: Self.sizes[Int(seed) % 3])
        var renderer = IncrementalFormRenderer()
        var updated = 0
        for step in 0..<300 {
            let roll = random.next(below: 100)
            if roll == 0 || (model.isTooSmall && roll < 10) {
                // Now and then a new size; one too small for the form does not last long.
                model.resize(to: Self.sizes[random.next(below: Self.sizes.count)])
            } else {
                let key = Self.keys[random.next(below: Self.keys.count)]
                for effect in model.handle(key) {
                    switch effect {
                    case .buildPreview:
                        model.showPreview(
                            readable: ["PUT /v1/vpnconn", "", "{", "}"], wire: ["PUT /v1/vpnconn", "", "{}"])
                    case .submit:
                        model.receive(
                            random.next(below: 2) == 0 ? .cancelled(attempts: 1) : .applied(requestId: "r", attempts: 1)
                        )
                    default: break
                    }
                }
            }
            let frame = renderer.render(model)
            let whole = FormRenderer.render(model)
            if frame != whole {
                Issue.record(
                    "seed \(seed), step \(step): the updated frame differs:\n\(frame.text)\n---\n\(whole.text)")
                return
            }
            if renderer.redrawnRows != nil { updated += 1 }
        }
        // Many keys are edits in the same field: the test must exercise the row-by-row path, not only the fallback
        // (a walk spends some keys in overlays and questions, where every frame is drawn whole).
        #expect(updated > 50)
    }
}
