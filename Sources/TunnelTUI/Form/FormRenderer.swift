import TunnelCore

/// Draws a `FormModel` into a `ScreenBuffer`: the form, and the overlays of its modes.
///
/// Rendering is a pure function of the model; the terminal sends only rows that differ from the last frame, so a
/// typed character costs the bytes of that character (plus the summary when a count changes).
public enum FormRenderer {
    public static func render(_ model: FormModel) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: model.size)
        if model.isTooSmall {
            drawTooSmall(model, into: &buffer)
            return buffer
        }
        switch model.mode {
        case .help(let scroll):
            HelpRenderer.render(scroll: scroll, into: &buffer)
            return buffer
        case .preview(let state):
            PreviewRenderer.render(state, into: &buffer)
            return buffer
        default:
            break
        }
        drawForm(model, into: &buffer)
        ModalRenderer.render(model, into: &buffer)
        return buffer
    }

    private static func drawTooSmall(_ model: FormModel, into buffer: inout ScreenBuffer) {
        let need = FormModel.minimumSize
        let message = "terminal too small: need \(need), have \(model.size)"
        let lines = TextWrap.lines(message, width: model.size.columns)
        for (row, line) in lines.prefix(model.size.rows).enumerated() {
            buffer.write(line, row: row, column: 0, style: .bold)
        }
        if model.size.rows > lines.count {
            buffer.write(
                KeyMap.hintLine(for: .tooSmall, width: model.size.columns), row: model.size.rows - 1, column: 0)
        }
    }

    private static func drawForm(_ model: FormModel, into buffer: inout ScreenBuffer) {
        let layout = FormLayout(size: model.size)
        let width = model.size.columns
        if layout.isRoomy {
            buffer.write("vpn-tunnel: edit an IPsec VPN tunnel", row: 0, column: 0, style: .title)
        }
        let lines = layout.lines(for: model)
        let visible = lines.dropFirst(model.bodyScroll).prefix(layout.bodyRows)
        var focusedRow: Int?
        for (offset, line) in visible.enumerated() {
            let row = layout.bodyTop + offset
            switch line {
            case .section(let section):
                buffer.write(section.rawValue, row: row, column: 0, style: .title)
            case .blank: break
            case .field(let field, let index):
                if let cursor = drawField(model, field: field, index: index, row: row, layout: layout, into: &buffer) {
                    buffer.cursor = (row, cursor)
                }
                if field == model.focus && (index == selectedRow(model, field) || focusedRow == nil) {
                    focusedRow = row
                }
            case .problem(_, let text, let severity):
                let style: CellStyle = severity == .error ? .error : .warning
                buffer.write(text, row: row, column: layout.valueColumn, style: style)
            }
        }
        let more =
            switch (model.bodyScroll > 0, model.bodyScroll + layout.bodyRows < lines.count) {
            case (true, true): "more above and below"
            case (true, false): "more above"
            case (false, true): "more below"
            case (false, false): ""
            }
        drawStatus(model, more: more, layout: layout, into: &buffer)
        buffer.write(KeyMap.hintLine(for: model.keyContext, width: width), row: layout.hintRow, column: 0)
        if let focusedRow, case .choice(let dropdown) = model.editors[model.focus], dropdown.isOpen {
            buffer.cursor = nil
            drawOpenDropdown(dropdown, below: focusedRow, layout: layout, into: &buffer)
        }
    }

    private static func selectedRow(_ model: FormModel, _ field: TunnelField) -> Int {
        if case .list(let list) = model.editors[field] { return list.selected }
        return 0
    }

    /// Draws one field line; returns the cursor column when the line holds the focused text cursor.
    private static func drawField(
        _ model: FormModel, field: TunnelField, index: Int, row: Int, layout: FormLayout,
        into buffer: inout ScreenBuffer
    ) -> Int? {
        let focused = field == model.focus
        let selected = focused && index == selectedRow(model, field)
        if index == 0 {
            if focused { buffer.write(">", row: row, column: 0, style: .bold) }
            buffer.write(
                "\(field.label) (\(field.rawValue))", row: row, column: 2, style: focused ? .bold : .plain,
                maxColumns: layout.labelWidth)
        }
        let column = layout.valueColumn
        let width = layout.valueWidth(for: field)
        // A focused text box is drawn plain: the cursor, the ">" marker and the bold label show the focus, and a
        // typed character then costs about one byte instead of an attribute change around it (issue 5). A focused
        // choice has no cursor, so it is shown in reverse video.
        let style: CellStyle = selected ? (field.isChoice ? .reverse : .plain) : .underline
        var cursor: Int?
        switch model.editors[field] {
        case .text(let editor):
            cursor = editor.render(
                into: &buffer, row: row, column: column, width: width, style: style, focused: selected)
        case .secret(let editor):
            cursor = editor.render(
                into: &buffer, row: row, column: column, width: width, style: style, focused: selected)
        case .number(let editor):
            cursor = editor.field.render(
                into: &buffer, row: row, column: column, width: width, style: style, focused: selected)
            buffer.write(" " + editor.rangeHint, row: row, column: column + width, style: .dim)
        case .list(let editor):
            cursor = editor.rows[index].render(
                into: &buffer, row: row, column: column, width: width, style: style, focused: selected)
        case .choice(let dropdown):
            buffer.fill(row: row, column: column, count: width, style: style)
            buffer.write(dropdown.summary, row: row, column: column, style: style, maxColumns: width - 2)
            buffer.write("v", row: row, column: column + width - 1, style: style)
        case nil: break
        }
        return cursor
    }

    private static func drawStatus(
        _ model: FormModel, more: String, layout: FormLayout, into buffer: inout ScreenBuffer
    ) {
        let row = layout.statusRow
        let summary = more.isEmpty ? model.summary : "(\(more))  " + model.summary
        let summaryColumn = max(model.size.columns - TextWidth.columns(of: summary) - 1, 0)
        let left: String
        if let notice = model.notice {
            left = notice
        } else {
            // The tunnel as loaded: typing in the id field must not rewrite the status line on every key.
            let name = model.baseline.vpnConnId.isEmpty ? "new tunnel" : model.baseline.vpnConnId
            let source: String
            switch model.origin {
            case .empty: source = ""
            case .file(let path): source = " from \(path)"
            case .service: source = " from BCE"
            }
            left = name + source + (model.hasUnsentEdits ? " (edited)" : "")
        }
        buffer.write(
            left, row: row, column: 0, style: model.notice == nil ? .plain : .error, maxColumns: summaryColumn - 1)
        let style: CellStyle = model.report.hasErrors ? .error : (model.report.warnings.isEmpty ? .success : .warning)
        buffer.write(summary, row: row, column: summaryColumn, style: style)
    }

    private static func drawOpenDropdown(
        _ dropdown: Dropdown, below fieldRow: Int, layout: FormLayout, into buffer: inout ScreenBuffer
    ) {
        let choices = dropdown.choices
        let texts = choices.map(Dropdown.describe)
        let widest = (texts.map { TextWidth.columns(of: $0) }.max() ?? 0) + 2
        // At least as wide as the field, so no part of the closed field shows beside the open list.
        let inner = min(
            max(widest, layout.valueWidth(for: dropdown.field) - 2), buffer.size.columns - layout.valueColumn - 3)
        let height = choices.count + 2
        let bottomLimit = layout.statusRow
        let top = fieldRow + 1 + height <= bottomLimit ? fieldRow + 1 : max(fieldRow - height, 0)
        let left = layout.valueColumn - 1
        let border = "+" + String(repeating: "-", count: inner + 2) + "+"
        buffer.write(border, row: top, column: left)
        for (offset, text) in texts.enumerated() {
            let row = top + 1 + offset
            let highlighted = offset == dropdown.highlighted
            buffer.fill(row: row, column: left, count: inner + 4)
            buffer.write("|", row: row, column: left)
            buffer.write(highlighted ? ">" : " ", row: row, column: left + 1, style: .bold)
            let style: CellStyle = highlighted ? .reverse : .plain
            buffer.fill(row: row, column: left + 2, count: inner, style: style)
            buffer.write(text, row: row, column: left + 3, style: style, maxColumns: inner - 1)
            buffer.write("|", row: row, column: left + inner + 3)
        }
        buffer.write(border, row: top + height - 1, column: left)
    }
}
