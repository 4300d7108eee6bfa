import TunnelCore

/// Draws the peer configuration screen: a title naming the vendor and whether the key is shown, the text,
/// scrollable, and the save prompt or the last save's result above the key line.
enum PeerConfigRenderer {
    static func render(_ state: PeerConfigState, into buffer: inout ScreenBuffer) {
        let size = buffer.size
        let key = state.revealsSecrets ? "key shown" : "key masked"
        buffer.write(
            "Peer configuration: \(state.format.title) (\(key))", row: 0, column: 0, style: .title,
            maxColumns: size.columns)
        let rows = state.rows(width: size.columns)
        let height = max(size.rows - 3, 0)
        let top = min(state.scroll, max(rows.count - height, 0))
        for (offset, line) in rows.dropFirst(top).prefix(height).enumerated() {
            buffer.write(line, row: 1 + offset, column: 0)
        }
        let promptRow = size.rows - 2
        if let path = state.savePath {
            let label = "Save to (mode 0600): "
            let used = buffer.write(label, row: promptRow, column: 0, style: .bold)
            let cursor = path.render(
                into: &buffer, row: promptRow, column: used, width: max(size.columns - used, 1), style: .plain,
                focused: true)
            if let cursor { buffer.cursor = (row: promptRow, column: cursor) }
        } else if let notice = state.notice {
            buffer.write(notice.text, row: promptRow, column: 0, style: notice.kind == .error ? .error : .plain)
        } else if rows.count > height {
            buffer.write("rows \(top + 1)-\(min(top + height, rows.count)) of \(rows.count)", row: promptRow, column: 0)
        }
        buffer.write(KeyMap.hintLine(for: state.keyContext, width: size.columns), row: size.rows - 1, column: 0)
    }
}
