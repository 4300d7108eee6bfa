import Testing
import TunnelClient
import TunnelCore
import TunnelTUI
import TunnelTesting

/// Control characters in what the editor draws (a description from a file, BCE's message) never reach the terminal:
/// the screen draws them as placeholders, messages show them as escapes, and a masked key does not tell its length.
@Suite struct ControlCharacterTests {
    /// Whether any cell of the frame holds a scalar a terminal would act on.
    static func holdsControl(_ buffer: ScreenBuffer) -> Bool {
        buffer.rows.contains { row in
            row.contains { cell in
                var found = false
                cell.forEachScalar { found = found || Unicode.Scalar($0).map(Sanitizer.isControl) ?? false }
                return found
            }
        }
    }

    @Test func controlsAreDrawnAsOneColumnPlaceholdersInReverseVideo() {
        var buffer = ScreenBuffer(size: TerminalSize(columns: 24, rows: 1))
        let used = buffer.write("ab\r\u{1b}]0;x\u{07}\u{9b}\u{202e}\u{7f}c", row: 0, column: 0)
        #expect(used == 13)
        #expect(buffer.text(row: 0) == "ab\u{240d}\u{241b}]0;x\u{2407}??\u{2421}c")
        #expect(!Self.holdsControl(buffer))
        let reversed = buffer.rows[0].indices.filter { buffer.rows[0][$0].style == .reverse }
        #expect(reversed == [2, 3, 8, 9, 10, 11])
        #expect(TextWidth.columns(of: "ab\r\u{1b}]0;x\u{07}\u{9b}\u{202e}\u{7f}c") == used)
    }

    @Test func aPlaceholderInAReversedFieldIsDrawnPlain() {
        var buffer = ScreenBuffer(size: TerminalSize(columns: 4, rows: 1))
        buffer.write("é\u{1b}", row: 0, column: 0, style: .reverse)
        #expect(buffer.rows[0][0].style == .reverse)
        #expect(buffer.rows[0][1].style == .plain)
        #expect(buffer.rows[0][1].character == "\u{241b}")
    }

    @Test func aCellNeverHoldsAControl() {
        #expect(Cell(character: "\u{1b}", width: 1, style: .plain).character == "\u{241b}")
        var cell = Cell(ascii: 0x41, style: .plain)
        cell.character = "\u{202e}"
        #expect(cell.character == "?")
    }

    @Test func aHostileDescriptionLeavesTheLabelColumnIntact() {
        var draft = TunnelFixtures.seedExample
        draft.description = "ok\r\u{1b}]0;pwned\u{07}\u{1b}[2J"
        let editor = EditorHarness(draft: draft)
        let row = editor.lines.first { $0.contains("Description (description)") }
        #expect(row == "  Description (description)       ok\u{240d}\u{241b}]0;pwned\u{2407}\u{241b}[2J")
        #expect(!Self.holdsControl(editor.terminal.screen!))
    }

    @Test func bceMessagesInTheResultAreShownAsEscapes() async {
        let error = BCEServiceError(
            httpStatus: 400, code: "Invalid\u{1b}[2J", message: "bad \u{1b}]0;pwned\u{07}", requestId: "req\u{9b}")
        let editor = EditorHarness(service: FakeTunnelService(outcome: .rejected(error, attempts: 1)))
        editor.focus(.description)
        editor.type("!")
        editor.press(.ctrl("s"))
        await editor.runUntilIdle()
        editor.press(.enter)
        await editor.runUntilIdle()
        #expect(editor.text.contains(#"Code: Invalid\x1b[2J"#))
        #expect(editor.text.contains(#"Message: bad \x1b]0;pwned\x07"#))
        #expect(editor.text.contains(#"Request id: req\x9b"#))
        #expect(!Self.holdsControl(editor.terminal.screen!))
    }

    @Test func aMaskedKeyShowsTheSameMaskWhateverItsLength() {
        var frames: [String] = []
        for key in ["abcd@123", "abcdefgh@12345678"] {
            let secret = SecretField(text: key)
            var buffer = ScreenBuffer(size: TerminalSize(columns: 20, rows: 1))
            let cursor = secret.render(into: &buffer, row: 0, column: 0, width: 20, style: .plain, focused: true)
            #expect(cursor == 8)
            frames.append(buffer.text(row: 0))
        }
        #expect(frames == [SecretMask.text, SecretMask.text])
        var empty = ScreenBuffer(size: TerminalSize(columns: 20, rows: 1))
        SecretField().render(into: &empty, row: 0, column: 0, width: 20, style: .plain, focused: false)
        #expect(empty.text(row: 0) == "")
    }
}
