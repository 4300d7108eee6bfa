import Testing
import TunnelTUI

@Suite struct ScreenBufferTests {
    /// Rows are compared 16 bytes a cell: a cell must be exactly 16 bytes, every one of them set.
    @Test func aCellIsSixteenBytesOfPlainData() {
        #expect(MemoryLayout<Cell>.size == 16)
        #expect(MemoryLayout<Cell>.stride == 16)
        #expect(_isPOD(Cell.self))
    }

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

    @Test func changedColumnsSpanOnlyTheCellsThatDiffer() {
        var first = ScreenBuffer(size: TerminalSize(columns: 12, rows: 2))
        first.write("vpncon", row: 0, column: 2)
        var second = first
        second.write("x", row: 0, column: 8)
        #expect(second.changedColumns(row: 0, since: first) == 8..<9)
        #expect(second.changedColumns(row: 1, since: first) == nil)
        second.write("ab", row: 0, column: 3, style: .bold)
        #expect(second.changedColumns(row: 0, since: first) == 3..<9)
    }

    @Test func changedColumnsNeverCutAWideCharacter() {
        var first = ScreenBuffer(size: TerminalSize(columns: 8, rows: 1))
        first.write("a上b", row: 0, column: 0)
        var second = first
        // Only the wide character's second column differs in style: both of its columns are sent.
        second.restyle(row: 0, column: 2, count: 1, style: .bold)
        #expect(second.changedColumns(row: 0, since: first) == 1..<3)
        var third = first
        third.write("海", row: 0, column: 1)
        #expect(third.changedColumns(row: 0, since: first) == 1..<3)
    }

    @Test func wrapsAtSpacesAndInsideLongWords() {
        #expect(
            TextWrap.lines("terminal too small: need 80x24", width: 10) == ["terminal", "too small:", "need 80x24"])
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }
}
