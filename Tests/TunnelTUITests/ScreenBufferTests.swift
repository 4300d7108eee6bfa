import Testing
import TunnelTUI

@Suite struct ScreenBufferTests {
    @Test func wideCharactersTakeTwoColumns() {
        var buffer = ScreenBuffer(size: TerminalSize(columns: 8, rows: 1))
        #expect(buffer.write("上海ab", row: 0, column: 0) == 6)
        #expect(buffer.rows[0][0].width == 2)
        #expect(buffer.rows[0][1].width == 0)
        #expect(buffer.text(row: 0) == "上海ab")
    }

    @Test func aWideCharacterThatDoesNotFitIsLeftOut() {
        var buffer = ScreenBuffer(size: TerminalSize(columns: 3, rows: 1))
        #expect(buffer.write("a上海", row: 0, column: 0) == 3)
        #expect(buffer.text(row: 0) == "a上")
        #expect(buffer.write("x", row: 0, column: 2, maxColumns: 1) == 1)
        #expect(buffer.text(row: 0) == "a x")
    }

    @Test func onlyChangedRowsAreReported() {
        var first = ScreenBuffer(size: TerminalSize(columns: 10, rows: 3))
        first.write("one", row: 0, column: 0)
        var second = first
        second.write("two", row: 2, column: 0)
        #expect(second.changedRows(since: first) == [2])
        #expect(second.changedRows(since: nil) == [0, 1, 2])
        #expect(second.changedRows(since: ScreenBuffer(size: TerminalSize(columns: 9, rows: 3))) == [0, 1, 2])
    }

    @Test func wrapsAtSpacesAndInsideLongWords() {
        #expect(
            TextWrap.lines("terminal too small: need 80x24", width: 10) == ["terminal", "too small:", "need 80x24"])
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }
}
