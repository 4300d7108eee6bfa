import Testing
import TunnelCore
import TunnelTUI
import TunnelTesting

/// Keys say what they do, at exactly 80x24: a refused key says why, an open list fits its descriptions and jumps
/// by value and by description, and help lists the list's keys and scrolls by page.
@Suite struct KeyFeedbackTests {
    @Test func aNonDigitInALifetimeIsRefusedWithTheRule() {
        let editor = EditorHarness()
        editor.focus(.ikeLifeTime)
        editor.type("9x")
        #expect(editor.model.draft.ikeConfig.ikeLifeTime == "2009")
        #expect(editor.terminal.bells == 1)
        let status = editor.lines[22]
        #expect(status.hasPrefix(#"ikeConfig.ikeLifeTime takes digits only: "x" refused "#))
        #expect(status.hasSuffix("3 warnings"))
        editor.press(.paste("36 00"))
        #expect(editor.terminal.bells == 1)
        editor.press(.paste("1h"))
        #expect(editor.terminal.bells == 2)
        #expect(editor.lines[22].hasPrefix("ikeConfig.ikeLifeTime takes digits only: paste refused "))
    }

    @Test func anOpenListShowsEveryDescriptionWholeAt80Columns() {
        let editor = EditorHarness()
        editor.focus(.ikePfs)
        editor.press(.enter)
        let choices = AlgorithmCatalog.choices(for: .ikePfs, includingExtended: false)
        for choice in choices {
            let text = Dropdown.describe(choice)
            #expect(editor.lines.contains { $0.contains(text) }, "cut: \(text)")
        }
        #expect(editor.lines.allSatisfy { TextWidth.columns(of: $0) <= 80 })
    }

    @Test(arguments: [
        (TunnelField.ikePfs, "1", "group14"),
        (.ikePfs, "5", "group5"),
        (.ikeAuthAlg, "s", "sha1"),
        (.ikeAuthAlg, "m", "md5"),
        (.ikeEncAlg, "2", "aes256"),
    ])
    func typingInAnOpenListJumpsByValueThenDescription(field: TunnelField, key: Character, expected: String) {
        let editor = EditorHarness()
        editor.focus(field)
        editor.press(.enter, .home, .char(key), .enter)
        #expect(editor.model.draft[text: field] == expected)
    }

    @Test func helpListsTheListKeysAndScrollsByPage() {
        let editor = EditorHarness()
        editor.press(.f1)
        let all = editor.model.mode
        #expect(all == .help(scroll: 0))
        editor.press(.end)
        guard case .help(let bottom) = editor.model.mode else {
            Issue.record("left help")
            return
        }
        #expect(bottom > 0)
        #expect(editor.lines.contains { $0.hasPrefix("  Ctrl-U, Ctrl-K") })
        editor.press(.home, .pageDown)
        #expect(editor.model.mode == .help(scroll: min(22, bottom)))
        editor.press(.pageUp)
        #expect(editor.model.mode == .help(scroll: 0))
        var seen: [String] = []
        editor.press(.home)
        for _ in 0..<10 {
            seen += editor.lines
            editor.press(.pageDown)
        }
        #expect(seen.contains { $0.contains("jump to a choice with a word starting with it") })
        #expect(seen.contains { $0.contains("Enter") && $0.contains("pick") })
        #expect(seen.contains { $0.contains("Esc") && $0.contains("keep") })
        #expect(editor.lines.last?.contains("PgUp/PgDn page") == true)
    }
}

/// The status line at 80x24: its parts never run into each other; the least important gives way first.
@Suite struct StatusLineTests {
    @Test func aLongSourceDropsTheScrollNoteThenShortensWithAnEllipsis() {
        let editor = EditorHarness(origin: .file("/home/operator/tunnels/production/beijing/branch-office-east.json"))
        editor.focus(.ipsecLifetime)
        let status = editor.lines[22]
        #expect(status.hasSuffix("  3 warnings"))
        #expect(!status.contains("(more"))
        #expect(status.contains("...  "))
        #expect(status.hasPrefix("vpnconn-ku4cxya6nisq from /home/operator/tunnels/"))
        #expect(TextWidth.columns(of: status) <= 79)
    }

    @Test func aShortSourceKeepsTheScrollNote() {
        let editor = EditorHarness(origin: .file("t.json"))
        editor.focus(.ipsecLifetime)
        #expect(editor.lines[22].hasSuffix("(more above)  3 warnings"))
        #expect(editor.lines[22].hasPrefix("vpnconn-ku4cxya6nisq from t.json"))
    }
}

/// Problems can be walked, and a notice is drawn as serious as it is.
@Suite struct ProblemWalkTests {
    @Test func ctrlGWalksTheProblemsInFormOrderAndRoundAgain() {
        let editor = EditorHarness()
        var visited: [TunnelField] = []
        for _ in 0..<4 {
            editor.press(.ctrl("g"))
            visited.append(editor.model.focus)
        }
        // The seed example's three warnings: a private peer address and DH group 2 twice.
        #expect(visited == [.remoteIp, .ikePfs, .ipsecPfs, .remoteIp])
        #expect(editor.text.contains("warning: is a private address"))
    }

    @Test func ctrlGReachesTheRowOfAListWithAProblem() {
        var draft = TunnelFixtures.seedExample
        draft.remoteIp = "114.114.114.114"
        draft.ikeConfig.ikePfs = "group14"
        draft.ipsecConfig.ipsecPfs = "group14"
        draft.localSubnets = ["192.168.0.0/20", "10.0.0.1/8"]  // host bits set: a warning on row 1
        let editor = EditorHarness(draft: draft)
        editor.press(.ctrl("g"))
        #expect(editor.model.focus == .localSubnets)
        guard case .list(let list) = editor.model.editors[.localSubnets] else {
            Issue.record("not a list")
            return
        }
        #expect(list.selected == 1)
    }

    @Test func withoutProblemsCtrlGSaysSo() {
        var draft = TunnelFixtures.seedExample
        draft.remoteIp = "114.114.114.114"
        draft.ikeConfig.ikePfs = "group14"
        draft.ipsecConfig.ipsecPfs = "group14"
        let editor = EditorHarness(draft: draft)
        editor.press(.ctrl("g"))
        #expect(editor.lines[22].hasPrefix("no problems to go to"))
        #expect(editor.terminal.bells == 1)
    }

    @Test func anInformationNoticeIsPlainAndARefusalIsAnError() {
        let informed = EditorHarness(
            model: FormModel(
                draft: TunnelFixtures.seedExample, origin: .service(TunnelFixtures.seedExample),
                size: TerminalSize(columns: 80, rows: 24),
                notice: .information("demo: a local emulator at http://127.0.0.1:1 stands in for BCE")))
        #expect(informed.lines[22].hasPrefix("demo: a local emulator"))
        #expect(informed.terminal.screen?.rows[22][0].style == .plain)
        informed.focus(.ikeLifeTime)
        informed.type("x")
        #expect(informed.terminal.screen?.rows[22][0].style == .error)
    }
}
