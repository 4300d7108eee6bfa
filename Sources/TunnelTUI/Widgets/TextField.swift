import TunnelCore

/// A one-line text editor: cursor, Home/End, word and line deletion, horizontal scrolling, columns-aware.
///
/// A pure state machine: `handle(_:)` edits, `render(…)` draws; the form keeps the cursor in view with
/// `keepCursorVisible(width:)` after each key so that drawing needs no state changes.
public struct TextField: Sendable, Hashable {
    /// Which characters typing may insert.
    public enum Filter: Sendable, Hashable {
        case any
        case digits
    }

    public private(set) var characters: [Character]
    /// The text as one string, kept in step with `characters` by every edit: the draft and the screen read it on
    /// every key. Typing and Backspace at the end of printable ASCII text change it in place; other edits build it
    /// again from `characters`.
    public private(set) var text: String
    /// Whether every character is printable ASCII, one column and one byte each: columns are then counted, not
    /// measured (keeping the cursor in view measures on every key).
    private var isPrintableASCII: Bool
    /// The cursor, as an index into `characters` (0…count).
    public private(set) var cursor: Int
    /// The first character shown when the text is wider than the field.
    public private(set) var scroll: Int = 0
    public let filter: Filter

    public init(text: String = "", filter: Filter = .any) {
        self.filter = filter
        self.text = text
        isPrintableASCII = Self.allPrintableASCII(text)
        characters = Array(text)
        cursor = characters.count
    }

    public mutating func handle(_ key: KeyEvent) -> EditOutcome {
        switch key {
        case .char(let character): return insert(character)
        case .paste(let text):
            // A one-line field takes pasted lines joined by spaces: a newline must not submit anything.
            return insert(text.split(whereSeparator: \.isNewline).joined(separator: " "))
        case .left: return move(to: cursor - 1)
        case .right: return move(to: cursor + 1)
        case .home, .ctrl("a"): return move(to: 0)
        case .end, .ctrl("e"): return move(to: characters.count)
        case .backspace:
            guard cursor > 0 else { return .ignored }
            if isPrintableASCII && cursor == characters.count {
                characters.removeLast()
                text.unicodeScalars.removeLast()
            } else {
                characters.remove(at: cursor - 1)
                textChanged()
            }
            cursor -= 1
            return .edited
        case .delete:
            guard cursor < characters.count else { return .ignored }
            characters.remove(at: cursor)
            textChanged()
            return .edited
        case .ctrl("w"), .altBackspace: return deleteWordBeforeCursor()
        case .ctrl("u"):
            guard cursor > 0 else { return .ignored }
            characters.removeSubrange(0..<cursor)
            textChanged()
            cursor = 0
            return .edited
        case .ctrl("k"):
            guard cursor < characters.count else { return .ignored }
            characters.removeSubrange(cursor...)
            textChanged()
            return .edited
        default: return .ignored
        }
    }

    /// Inserts text at the cursor, keeping only what the filter accepts.
    public mutating func insert(_ text: String) -> EditOutcome {
        let accepted = text.filter { accepts($0) }
        guard !accepted.isEmpty else { return .ignored }
        let count = characters.count
        if isPrintableASCII && cursor == count && Self.allPrintableASCII(accepted) {
            characters.append(contentsOf: accepted)
            self.text.append(accepted)
        } else {
            characters.insert(contentsOf: accepted, at: cursor)
            textChanged()
        }
        cursor += characters.count - count
        return .edited
    }

    /// Builds `text` again after an edit that may have joined or split characters (a combining mark typed apart).
    private mutating func textChanged() {
        text = String(characters)
        isPrintableASCII = Self.allPrintableASCII(text)
    }

    /// Inserts one typed character: the common key, with no string to build or filter.
    public mutating func insert(_ character: Character) -> EditOutcome {
        guard accepts(character) else { return .ignored }
        // `accepts` refused controls and newlines: an accepted ASCII character is printable.
        if isPrintableASCII && cursor == characters.count && character.isASCII {
            characters.append(character)
            text.append(character)
            cursor += 1
            return .edited
        }
        return insert(String(character))
    }

    private func accepts(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first, first.value >= 0x20, first.value != 0x7F,
            !character.isNewline
        else { return false }
        switch filter {
        case .any: return true
        case .digits: return character.isASCII && character.isNumber
        }
    }

    private mutating func move(to index: Int) -> EditOutcome {
        let target = min(max(index, 0), characters.count)
        guard target != cursor else { return .ignored }
        cursor = target
        return .moved
    }

    /// Ctrl-W: spaces before the cursor, then the word before them.
    private mutating func deleteWordBeforeCursor() -> EditOutcome {
        guard cursor > 0 else { return .ignored }
        var start = cursor
        while start > 0 && characters[start - 1].isWhitespace { start -= 1 }
        while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        textChanged()
        cursor = start
        return .edited
    }

    private static func allPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Scrolls so that the cursor (and one column for it past the end) fits in `width` columns.
    public mutating func keepCursorVisible(width: Int) {
        guard width > 1 else {
            scroll = cursor
            return
        }
        if cursor < scroll { scroll = cursor }
        while scroll < cursor && columns(from: scroll, to: cursor) + 1 > width { scroll += 1 }
        // Show as much as fits when the text got shorter.
        while scroll > 0 && columns(from: scroll - 1, to: characters.count) + 1 <= width { scroll -= 1 }
    }

    private func columns(from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        if isPrintableASCII { return end - start }
        // Measured as one string, as the screen will draw it: neighbours typed apart may join into one character.
        if start == 0 && end == characters.count { return TextWidth.columns(of: text) }
        return TextWidth.columns(of: String(characters[start..<end]))
    }

    /// Draws the visible part of the text; returns the cursor's column when `focused`.
    ///
    /// `masked` shows `SecretMask.text` in place of a text that is not empty (a secret): the same mask whatever the
    /// length, with the cursor after it, so neither tells how long the secret is.
    @discardableResult
    public func render(
        into buffer: inout ScreenBuffer, row: Int, column: Int, width: Int, style: CellStyle, focused: Bool,
        masked: Bool = false
    ) -> Int? {
        buffer.fill(row: row, column: column, count: width, style: style)
        if masked {
            let mask = characters.isEmpty ? "" : SecretMask.text
            let used = buffer.write(mask, row: row, column: column, style: style, maxColumns: width)
            return focused ? column + min(used, max(width - 1, 0)) : nil
        }
        let start = min(scroll, characters.count)
        let shown: String
        if start == 0 {
            shown = text
        } else if isPrintableASCII {
            shown = String(decoding: text.utf8.dropFirst(start), as: UTF8.self)
        } else {
            shown = String(characters[start...])
        }
        buffer.write(shown, row: row, column: column, style: style, maxColumns: width)
        guard focused else { return nil }
        let end = max(cursor, start)
        let offset = columns(from: start, to: end)
        return column + min(offset, max(width - 1, 0))
    }
}
