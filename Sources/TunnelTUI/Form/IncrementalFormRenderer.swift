import TunnelCore

/// Brings the last frame of the form up to date instead of drawing the whole screen again on every key:
/// a typed character redraws its field's row, and the status and hint lines only when their text changed.
///
/// Rows are redrawn with the same code `FormRenderer` draws a whole frame with, so the result is the same frame.
/// Whenever more than field values changed (a new size or mode, another focus, a scroll, a problem shown or
/// hidden, an open list) the whole frame is drawn again.
public struct IncrementalFormRenderer {
    /// What a frame was drawn from: enough to tell which rows a new state changes.
    private struct Inputs {
        var size: TerminalSize
        var focus: TunnelField
        var bodyScroll: Int
        var lines: [FormLayout.Line]
        var editors: FieldEditors.Revisions
        var status: FormRenderer.StatusLine
        var context: KeyContext
    }

    /// The frame last returned.
    public private(set) var frame: ScreenBuffer?
    /// The rows the last `render` drew again, or nil when it drew the whole frame.
    public private(set) var redrawnRows: [Int]?
    /// Nil while the frame is not a plain form (an overlay, an open list, a terminal too small).
    private var drawn: Inputs?

    public init() {}

    /// The frame for a model's state.
    public mutating func render(_ model: borrowing FormModel) -> ScreenBuffer {
        guard FormRenderer.showsPlainForm(model) else { return renderWhole(model, inputs: nil) }
        let layout = FormLayout(size: model.size, language: model.language)
        // The model's layout, kept current by the model; a whole render lays the form out afresh, and a property test
        // checks that the two frames agree after every key of random sessions.
        let lines = model.bodyLines
        let inputs = Inputs(
            size: model.size, focus: model.focus, bodyScroll: model.bodyScroll, lines: lines,
            editors: model.editors.revisions,
            status: FormRenderer.StatusLine(model, lineCount: lines.count, layout: layout),
            context: model.keyContext)
        guard var frame, let drawn, drawn.size == inputs.size, drawn.focus == inputs.focus,
            drawn.bodyScroll == inputs.bodyScroll, drawn.lines == inputs.lines
        else { return renderWhole(model, inputs: inputs) }

        var rows: [Int] = []
        let drawnEditors = drawn.editors
        // The focused field places the cursor when one of its rows is drawn; its rows are all drawn below if it
        // changed, so the cursor is taken away first, as a whole frame starts without one.
        if !model.editors.holdsSameEditor(for: model.focus, as: drawnEditors) { frame.cursor = nil }
        let visible = lines.dropFirst(model.bodyScroll).prefix(layout.bodyRows)
        for (offset, line) in visible.enumerated() {
            guard case .field(let field, _) = line, !model.editors.holdsSameEditor(for: field, as: drawnEditors)
            else { continue }
            let row = layout.bodyTop + offset
            frame.clear(row: row)
            FormRenderer.drawBodyLine(line, row: row, model: model, layout: layout, into: &frame)
            rows.append(row)
        }
        if inputs.status != drawn.status {
            frame.clear(row: layout.statusRow)
            FormRenderer.draw(inputs.status, row: layout.statusRow, into: &frame)
            rows.append(layout.statusRow)
        }
        if inputs.context != drawn.context {
            frame.clear(row: layout.hintRow)
            frame.write(
                KeyMap.hintLine(for: inputs.context, width: model.size.columns, language: model.language),
                row: layout.hintRow, column: 0)
            rows.append(layout.hintRow)
        }
        self.frame = frame
        self.drawn = inputs
        redrawnRows = rows
        return frame
    }

    private mutating func renderWhole(_ model: FormModel, inputs: Inputs?) -> ScreenBuffer {
        let whole = FormRenderer.render(model)
        frame = whole
        drawn = inputs
        redrawnRows = nil
        return whole
    }
}
