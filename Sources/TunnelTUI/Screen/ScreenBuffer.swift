import Synchronization
import TunnelCore

/// A whole frame as rows of cells: widgets draw into it, a `Terminal` presents it.
///
/// The buffer is plain data, so a frame can be compared row by row with the previous one (only changed rows go to
/// the terminal) and asserted on as text in tests.
public struct ScreenBuffer: Sendable, Hashable {
    public let size: TerminalSize
    public private(set) var rows: [[Cell]]
    /// For each row, the change that last wrote it, drawn from one counter for the whole process: rows of two frames
    /// with the same revision are the same row, so the frames are compared by reading this one small array instead
    /// of the header of every row (30 allocations, a page of memory each few, on every key).
    private var rowRevisions: [UInt64]
    private static let lastRevision = Atomic<UInt64>(0)
    /// Where the terminal's cursor is shown, or nil to hide it.
    public var cursor: (row: Int, column: Int)? {
        get { cursorPosition.map { ($0.row, $0.column) } }
        set { cursorPosition = newValue.map { Position(row: $0.row, column: $0.column) } }
    }
    private var cursorPosition: Position?

    private struct Position: Sendable, Hashable {
        var row: Int
        var column: Int
    }

    public init(size: TerminalSize) {
        self.size = size
        rows = Array(repeating: Array(repeating: .blank, count: max(size.columns, 0)), count: max(size.rows, 0))
        rowRevisions = Array(repeating: 0, count: max(size.rows, 0))
    }

    /// Marks a row as written by a new change.
    private mutating func touch(_ row: Int) {
        rowRevisions[row] = Self.lastRevision.wrappingAdd(1, ordering: .relaxed).newValue
    }

    /// Writes text at a position, clipped to `maxColumns` (and the row's end); returns the columns used.
    ///
    /// A wide character that would not fit entirely is left out, so a row never ends in half a character.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, row: Int, column: Int, style: CellStyle = .plain, maxColumns: Int? = nil
    ) -> Int {
        guard row >= 0, row < size.rows, column >= 0 else { return 0 }
        touch(row)
        let limit = min(size.columns, column + (maxColumns ?? size.columns))
        var x = column
        // Printable ASCII, the common case: a column a byte, no wide or combining characters to look for.
        // One pass over the bytes in place when the text has them together (it nearly always does).
        let printable = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
        if printable ?? text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            var touchesWide = false
            rows[row].withUnsafeMutableBufferPointer { cells in
                for byte in text.utf8 {
                    if x >= limit { break }
                    if cells[x].width != 1 {
                        touchesWide = true
                        break
                    }
                    cells[x] = Cell(ascii: byte, style: style)
                    x += 1
                }
            }
            guard touchesWide else { return x - column }
            // A wide character's column is in the way: the rest goes cell by cell, blanking its other half.
            for byte in text.utf8.dropFirst(x - column) {
                if x >= limit { break }
                replace(row: row, column: x, with: Cell(ascii: byte, style: style))
                x += 1
            }
            return x - column
        }
        for character in text {
            if let first = character.unicodeScalars.first, Sanitizer.isControl(first) {
                // A control character is drawn as a placeholder in reverse video, never handed to the terminal.
                if x >= limit { break }
                var shown = style
                shown.attributes.formSymmetricDifference(.reverse)
                replace(row: row, column: x, with: Cell(Character(first), width: 1, style: shown))
                x += 1
                continue
            }
            let width = TextWidth.columns(of: character)
            if width == 0 {
                if x > column { rows[row][x - 1].appendCombining(character) }
                continue
            }
            if x + width > limit { break }
            clearWide(row: row, column: x)
            rows[row][x] = Cell(character, width: UInt8(width), style: style)
            if width == 2 {
                clearWide(row: row, column: x + 1)
                rows[row][x + 1] = Cell(character: "", width: 0, style: style)
            }
            x += width
        }
        return x - column
    }

    /// Fills columns with spaces in a style (a focused field's background, a cleared line).
    public mutating func fill(row: Int, column: Int, count: Int, style: CellStyle = .plain) {
        guard row >= 0, row < size.rows else { return }
        let start = max(column, 0)
        let end = min(size.columns, column + count)
        guard start < end else { return }
        touch(row)
        let blank = Cell(ascii: 0x20, style: style)
        // A wide character cut at either end leaves half of it outside: blank that half as any overwrite does.
        if rows[row][start].width != 1 || rows[row][end - 1].width != 1 {
            for x in start..<end { replace(row: row, column: x, with: blank) }
            return
        }
        rows[row].withUnsafeMutableBufferPointer { cells in
            for x in start..<end { cells[x] = blank }
        }
    }

    /// Puts a one-column cell in place of another; the common case (a one-column cell there too) looks no further.
    @inline(__always)
    private mutating func replace(row: Int, column: Int, with cell: Cell) {
        if rows[row][column].width != 1 { clearWide(row: row, column: column) }
        rows[row][column] = cell
    }

    /// Blanks a whole row, as in a new buffer (before a row is drawn again).
    public mutating func clear(row: Int) {
        guard row >= 0, row < size.rows else { return }
        rows[row] = Array(repeating: .blank, count: size.columns)
        touch(row)
    }

    /// Applies a style to cells already written (reverse video over a selected row).
    public mutating func restyle(row: Int, column: Int, count: Int, style: CellStyle) {
        guard row >= 0, row < size.rows else { return }
        let start = max(column, 0)
        let end = min(size.columns, column + count)
        guard start < end else { return }
        touch(row)
        for x in start..<end { rows[row][x].style = style }
    }

    /// Overwriting half of a wide character blanks its other half, so no stray half remains.
    private mutating func clearWide(row: Int, column: Int) {
        let cell = rows[row][column]
        if cell.width == 2, column + 1 < size.columns {
            rows[row][column + 1] = Cell(ascii: 0x20, style: cell.style)
        } else if cell.width == 0, column > 0 {
            rows[row][column - 1] = Cell(ascii: 0x20, style: rows[row][column - 1].style)
        }
    }

    /// One row as plain text, trailing spaces removed.
    public func text(row: Int) -> String {
        var line = ""
        for cell in rows[row] {
            cell.forEachScalar { line.unicodeScalars.append(Unicode.Scalar($0) ?? "\u{FFFD}") }
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The whole frame as text, one line per row, trailing spaces removed.
    public var text: String { (0..<size.rows).map { text(row: $0) }.joined(separator: "\n") }

    /// The columns of a row that differ from the same row of another frame of the same size, widened so as not to
    /// cut a wide character in half; nil when the row is the same.
    public func changedColumns(row: Int, since previous: ScreenBuffer) -> Range<Int>? {
        let cells = rows[row]
        let old = previous.rows[row]
        guard cells.count == old.count else { return 0..<cells.count }
        let found = cells.withUnsafeBufferPointer { new in
            old.withUnsafeBufferPointer { old -> (Int, Int)? in
                guard let first = new.indices.first(where: { !Cell.sameBytes(new, old, at: $0) }),
                    let last = new.indices.last(where: { !Cell.sameBytes(new, old, at: $0) })
                else { return nil }
                return (first, last + 1)
            }
        }
        guard var (start, end) = found else { return nil }
        if start > 0 && cells[start].width == 0 { start -= 1 }
        if end < cells.count && cells[end - 1].width == 2 { end += 1 }
        return start..<end
    }

    /// Whether a row may differ from the same row of another frame of the same size: false when neither was written
    /// since they were one frame. Reads only the rows' revisions.
    public func mayDiffer(row: Int, from previous: ScreenBuffer) -> Bool {
        rowRevisions[row] != previous.rowRevisions[row]
    }

    /// The rows whose cells differ from another frame of the same size (every row when the size differs).
    public func changedRows(since previous: ScreenBuffer?) -> [Int] {
        guard let previous, previous.size == size else { return Array(0..<size.rows) }
        return (0..<size.rows).filter { rowRevisions[$0] != previous.rowRevisions[$0] && rows[$0] != previous.rows[$0] }
    }

    /// Frames are equal when they show the same: revisions only tell which rows were written, not what they hold.
    public static func == (lhs: ScreenBuffer, rhs: ScreenBuffer) -> Bool {
        lhs.size == rhs.size && lhs.cursorPosition == rhs.cursorPosition && lhs.rows == rhs.rows
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(cursorPosition)
        hasher.combine(rows)
    }
}
