import TunnelCore

/// Draws the peer configuration screen: a title naming the vendor and whether the key is shown, the text,
/// scrollable, and the save prompt or the last save's result above the key line.
enum PeerConfigRenderer {
    static func render(_ state: PeerConfigState, language: Language, into buffer: inout ScreenBuffer) {
        let size = buffer.size
        buffer.write(
            language.text(.peerConfigTitle(format: state.format.title, revealsSecrets: state.revealsSecrets)), row: 0,
            column: 0, style: .title, maxColumns: size.columns)
        let rows = state.rows(width: size.columns)
        let height = max(size.rows - 3, 0)
        let top = min(state.scroll, max(rows.count - height, 0))
        for (offset, line) in rows.dropFirst(top).prefix(height).enumerated() {
            buffer.write(line, row: 1 + offset, column: 0)
        }
        let promptRow = size.rows - 2
        if let path = state.savePath {
            let label = language.text(.peerConfigSavePrompt)
            let used = buffer.write(label, row: promptRow, column: 0, style: .bold)
            let cursor = path.render(
                into: &buffer, row: promptRow, column: used, width: max(size.columns - used, 1), style: .plain,
                focused: true)
            if let cursor { buffer.cursor = (row: promptRow, column: cursor) }
        } else if let notice = state.notice {
            buffer.write(notice.text, row: promptRow, column: 0, style: notice.kind == .error ? .error : .plain)
        } else if rows.count > height {
            let shown = Text.peerConfigRows(first: top + 1, last: min(top + height, rows.count), count: rows.count)
            buffer.write(language.text(shown), row: promptRow, column: 0)
        }
        buffer.write(
            KeyMap.hintLine(for: state.keyContext, width: size.columns, language: language), row: size.rows - 1,
            column: 0)
    }
}
