import TunnelCore

/// Draws the preview screen: the request as it will be sent, scrollable. Long lines are broken between tokens
/// (`TextWrap.tokenLines`), so a signature or a JSON string reads whole wherever the width allows.
enum PreviewRenderer {
    static func render(_ state: PreviewState, language: Language, into buffer: inout ScreenBuffer) {
        let size = buffer.size
        buffer.write(
            language.text(.previewTitle(revealsSecrets: state.revealsSecrets)), row: 0, column: 0, style: .title)
        let wrapped = state.rows(width: size.columns)
        let height = max(size.rows - 2, 0)
        let top = min(state.scroll, max(wrapped.count - height, 0))
        for (offset, line) in wrapped.dropFirst(top).prefix(height).enumerated() {
            buffer.write(line, row: 1 + offset, column: 0)
        }
        buffer.write(
            KeyMap.hintLine(for: state.keyContext, width: size.columns, language: language), row: size.rows - 1,
            column: 0)
    }
}
