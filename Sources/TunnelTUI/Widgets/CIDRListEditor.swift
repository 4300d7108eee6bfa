import TunnelCore

/// Edits a list of CIDRs, one row per line: type in a row, Enter adds a row below, Ctrl-D removes the row, and a
/// pasted list (commas, spaces or newlines) becomes rows.
public struct CIDRListEditor: Sendable, Hashable {
    public private(set) var rows: [TextField]
    public private(set) var selected = 0

    public init(values: [String]) {
        rows = values.isEmpty ? [TextField()] : values.map { TextField(text: $0) }
    }

    /// The list as the draft holds it: non-empty rows, trimmed.
    public var values: [String] {
        rows.map { $0.text.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    public mutating func selectFirst() { selected = 0 }
    public mutating func selectLast() { selected = rows.count - 1 }

    public mutating func handle(_ key: KeyEvent) -> EditOutcome {
        switch key {
        case .up:
            guard selected > 0 else { return .ignored }
            selected -= 1
            return .moved
        case .down:
            guard selected < rows.count - 1 else { return .ignored }
            selected += 1
            return .moved
        case .enter, .ctrl("n"):
            rows.insert(TextField(), at: selected + 1)
            selected += 1
            return .moved
        case .ctrl("d"):
            if rows.count == 1 {
                guard !rows[0].text.isEmpty else { return .ignored }
                rows[0] = TextField()
            } else {
                rows.remove(at: selected)
                selected = min(selected, rows.count - 1)
            }
            return .edited
        case .paste(let text):
            let pasted = CIDRList.rows(fromPasted: text)
            guard pasted.count > 1 else { return rows[selected].handle(key) }
            return insertRows(pasted)
        default:
            return rows[selected].handle(key)
        }
    }

    /// Puts pasted rows after the selected one (in place of it when it is empty) and selects the last of them.
    private mutating func insertRows(_ values: [String]) -> EditOutcome {
        let fields = values.map { TextField(text: $0) }
        if rows[selected].text.trimmingWhitespace().isEmpty {
            rows.replaceSubrange(selected...selected, with: fields)
        } else {
            rows.insert(contentsOf: fields, at: selected + 1)
            selected += 1
        }
        selected += fields.count - 1
        return .edited
    }

    /// Keeps the selected row's cursor in view.
    public mutating func keepCursorVisible(width: Int) {
        rows[selected].keepCursorVisible(width: width)
    }
}

extension String {
    /// The string without leading and trailing whitespace (Foundation-free).
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
