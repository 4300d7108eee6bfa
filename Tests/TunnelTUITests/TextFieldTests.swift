import Testing
import TunnelTUI

@Suite struct TextFieldTests {
    private func field(_ text: String, keys: [KeyEvent]) -> TextField {
        var field = TextField(text: text)
        for key in keys { _ = field.handle(key) }
        return field
    }

    @Test(arguments: [
        ("abc", [KeyEvent.char("d")], "abcd"),
        ("abc", [.home, .char("x")], "xabc"),
        ("abc", [.left, .backspace], "ac"),
        ("abc", [.home, .delete], "bc"),
        ("abc", [.home, .end, .char("!")], "abc!"),
        ("my vpn tunnel", [.ctrl("w")], "my vpn "),
        ("my vpn tunnel  ", [.ctrl("w")], "my vpn "),
        ("my vpn tunnel", [.altBackspace, .altBackspace], "my "),
        ("my vpn tunnel", [.left, .left, .ctrl("u")], "el"),
        ("my vpn tunnel", [.home, .right, .ctrl("k")], "m"),
        ("a", [.paste("b\nc")], "ab c"),
        ("a", [.char("\u{7}")], "a"),
    ])
    func edits(start: String, keys: [KeyEvent], expected: String) {
        #expect(field(start, keys: keys).text == expected)
    }

    /// The text is kept in step with the characters by edits in place (typing and Backspace at the end of ASCII
    /// text) and by building it again (everything else): after every key of random sessions that mix ASCII, wide
    /// characters and combining marks typed apart, it is what the characters make.
    @Test(arguments: 0..<8)
    func textStaysTheCharactersJoined(seed: UInt64) {
        let keys: [KeyEvent] = [
            .char("a"), .char("Z"), .char("7"), .char(" "), .char("é"), .char("上"), .char("\u{301}"), .backspace,
            .backspace, .delete, .left, .right, .home, .end, .ctrl("w"), .ctrl("u"), .ctrl("k"), .paste("xy z"),
        ]
        var random = SplitMix64(seed: seed)
        var field = TextField(text: seed.isMultiple(of: 2) ? "vpn" : "隧道")
        for step in 0..<400 {
            let key = keys[random.next(below: keys.count)]
            _ = field.handle(key)
            #expect(field.text == String(field.characters), "seed \(seed), step \(step), after \(key)")
            #expect(field.cursor <= field.characters.count)
        }
    }

    @Test func digitsFilterKeepsOnlyDigits() {
        var number = TextField(text: "", filter: .digits)
        for key in [KeyEvent.char("2"), .char("8"), .char("h"), .paste("8 00s")] { _ = number.handle(key) }
        #expect(number.text == "28800")
    }

    @Test func reportsWhetherTheValueChanged() {
        var text = TextField(text: "ab")
        #expect(text.handle(.left) == .moved)
        #expect(text.handle(.char("x")) == .edited)
        #expect(text.handle(.f1) == .ignored)
        #expect(text.handle(.tab) == .ignored)
    }

    @Test func scrollsHorizontallyToKeepTheCursorInView() {
        var text = TextField(text: String(repeating: "x", count: 30) + "END")
        text.keepCursorVisible(width: 10)
        var buffer = ScreenBuffer(size: TerminalSize(columns: 12, rows: 1))
        let cursor = text.render(into: &buffer, row: 0, column: 1, width: 10, style: .plain, focused: true)
        #expect(buffer.text(row: 0) == " xxxxxxEND")
        #expect(cursor == 10)
        _ = text.handle(.home)
        text.keepCursorVisible(width: 10)
        buffer = ScreenBuffer(size: TerminalSize(columns: 12, rows: 1))
        #expect(text.render(into: &buffer, row: 0, column: 1, width: 10, style: .plain, focused: true) == 1)
        #expect(buffer.text(row: 0) == " xxxxxxxxxx")
    }

    @Test func measuresWideCharactersInColumns() {
        var text = TextField(text: "上海隧道")
        text.keepCursorVisible(width: 6)
        var buffer = ScreenBuffer(size: TerminalSize(columns: 6, rows: 1))
        let cursor = text.render(into: &buffer, row: 0, column: 0, width: 6, style: .plain, focused: true)
        // Four wide characters take 8 columns: two are shown, and the cursor sits after them.
        #expect(buffer.text(row: 0) == "隧道")
        #expect(cursor == 4)
    }

    /// ASCII text is counted a column a character; a wide character makes the field measure again, and deleting
    /// it makes it count again.
    @Test func scrollsAlikeWhenCountingAndWhenMeasuring() {
        var text = TextField(text: String(repeating: "x", count: 12))
        var buffer = ScreenBuffer(size: TerminalSize(columns: 10, rows: 1))
        _ = text.handle(.char("上"))
        text.keepCursorVisible(width: 10)
        #expect(text.render(into: &buffer, row: 0, column: 0, width: 10, style: .plain, focused: true) == 9)
        #expect(buffer.text(row: 0) == "xxxxxxx上")
        _ = text.handle(.backspace)
        text.keepCursorVisible(width: 10)
        buffer = ScreenBuffer(size: TerminalSize(columns: 10, rows: 1))
        #expect(text.render(into: &buffer, row: 0, column: 0, width: 10, style: .plain, focused: true) == 9)
        #expect(buffer.text(row: 0) == "xxxxxxxxx")
    }

    @Test func secretIsMaskedUntilRevealed() {
        var secret = SecretField(text: "ddd22@www")
        var buffer = ScreenBuffer(size: TerminalSize(columns: 12, rows: 1))
        secret.render(into: &buffer, row: 0, column: 0, width: 12, style: .plain, focused: false)
        #expect(buffer.text(row: 0) == "********")
        #expect(secret.handle(.ctrl("r")) == .moved)
        secret.render(into: &buffer, row: 0, column: 0, width: 12, style: .plain, focused: false)
        #expect(buffer.text(row: 0) == "ddd22@www")
    }
}
