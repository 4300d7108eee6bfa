import TunnelCore

/// Draws a `FormModel` into a `ScreenBuffer`: the form, and the overlays of its modes.
///
/// Rendering is a pure function of the model; the terminal sends only rows that differ from the last frame, so a
/// typed character costs the bytes of that character (plus the summary when a count changes). The editor draws a
/// whole frame only when more than values changed: `IncrementalFormRenderer` redraws single rows with the same
/// functions.
public enum FormRenderer {
    public static func render(_ model: FormModel) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: model.size)
        if model.isTooSmall {
            drawTooSmall(model, into: &buffer)
            return buffer
        }
        switch model.mode {
        case .help(let scroll):
            HelpRenderer.render(scroll: scroll, language: model.language, into: &buffer)
            return buffer
        case .preview(let state):
            PreviewRenderer.render(state, language: model.language, into: &buffer)
            return buffer
        case .peerConfig(let state):
            PeerConfigRenderer.render(state, language: model.language, into: &buffer)
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
        let message = model.language.text(.terminalTooSmall(need: "\(need)", have: "\(model.size)"))
        let lines = TextWrap.lines(message, width: model.size.columns)
        for (row, line) in lines.prefix(model.size.rows).enumerated() {
            buffer.write(line, row: row, column: 0, style: .bold)
        }
        if model.size.rows > lines.count {
            buffer.write(
                KeyMap.hintLine(for: .tooSmall, width: model.size.columns, language: model.language),
                row: model.size.rows - 1, column: 0)
        }
    }

    private static func drawForm(_ model: FormModel, into buffer: inout ScreenBuffer) {
        let layout = FormLayout(size: model.size, language: model.language)
        if layout.isRoomy {
            buffer.write(model.language.text(.formTitle), row: 0, column: 0, style: .title)
        }
        let lines = layout.lines(for: model)
        let visible = lines.dropFirst(model.bodyScroll).prefix(layout.bodyRows)
        var focusedRow: Int?
        for (offset, line) in visible.enumerated() {
            let row = layout.bodyTop + offset
            drawBodyLine(line, row: row, model: model, layout: layout, into: &buffer)
            if case .field(let field, let index) = line, field == model.focus,
                index == selectedRow(model, field) || focusedRow == nil
            {
                focusedRow = row
            }
        }
        draw(StatusLine(model, lineCount: lines.count, layout: layout), row: layout.statusRow, into: &buffer)
        buffer.write(
            KeyMap.hintLine(for: model.keyContext, width: model.size.columns, language: model.language),
            row: layout.hintRow, column: 0)
        if let focusedRow, case .choice(let dropdown) = model.editors[model.focus], dropdown.isOpen {
            buffer.cursor = nil
            drawOpenDropdown(dropdown, below: focusedRow, layout: layout, language: model.language, into: &buffer)
        }
    }

    /// Whether the model shows just the form: no overlay, no open list, room enough. Only such a frame is brought
    /// up to date row by row (`IncrementalFormRenderer`).
    static func showsPlainForm(_ model: FormModel) -> Bool {
        guard !model.isTooSmall, model.mode == .form else { return false }
        if case .choice(let dropdown) = model.editors[model.focus], dropdown.isOpen { return false }
        return true
    }

    /// Draws one line of the body on a blank row; a field line that holds the focused text cursor places it.
    static func drawBodyLine(
        _ line: FormLayout.Line, row: Int, model: FormModel, layout: FormLayout, into buffer: inout ScreenBuffer
    ) {
        switch line {
        case .section(let section):
            buffer.write(layout.language.text(.section(section)), row: row, column: 0, style: .title)
        case .blank: break
        case .field(let field, let index):
            if let cursor = drawField(model, field: field, index: index, row: row, layout: layout, into: &buffer) {
                buffer.cursor = (row, cursor)
            }
        case .problem(_, let text, let severity):
            let style: CellStyle = severity == .error ? .error : .warning
            buffer.write(text, row: row, column: layout.valueColumn, style: style)
        }
    }

    private static func selectedRow(_ model: FormModel, _ field: TunnelField) -> Int {
        if case .list(let list) = model.editors[field] { return list.selected }
        return 0
    }

    /// `Peer IP (remoteIp)`: each field's label with its API name in each language, made once rather than on every
    /// redraw of its row.
    private static let labels = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { language in
            (language, TunnelField.allCases.map { FormLayout.label(of: $0, in: language) })
        })

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
                labels[layout.language]?[field.order] ?? field.rawValue, row: row, column: 2,
                style: focused ? .bold : .plain, maxColumns: layout.labelWidth
            )
        }
        let column = layout.valueColumn
        let width = layout.valueWidth(for: field)
        // A focused text box is drawn plain: the cursor, the ">" marker and the bold label show the focus, and a
        // typed character then costs about one byte instead of an attribute change around it. A focused
        // choice has no cursor, so it is shown in reverse video.
        let style: CellStyle = selected ? (field.isChoice ? .reverse : .plain) : .underline
        var cursor: Int?
        switch model.editors[field] {
        case .text(let editor) where model.isLocked(field):
            let note = layout.language.text(.readFromBCE)
            buffer.write(editor.text + "  " + note, row: row, column: column, style: .dim, maxColumns: width)
        case .text(let editor):
            cursor = editor.render(
                into: &buffer, row: row, column: column, width: width, style: style, focused: selected)
        case .secret(let editor):
            cursor = editor.render(
                into: &buffer, row: row, column: column, width: width, style: style, focused: selected)
        case .number(let editor):
            cursor = editor.field.render(
                into: &buffer, row: row, column: column, width: width, style: style, focused: selected)
            buffer.write(" " + editor.rangeHint(in: layout.language), row: row, column: column + width, style: .dim)
        case .list(let editor):
            cursor = editor.rows[index].render(
                into: &buffer, row: row, column: column, width: width, style: style, focused: selected)
        case .choice(let dropdown):
            buffer.fill(row: row, column: column, count: width, style: style)
            buffer.write(
                dropdown.summary(in: layout.language), row: row, column: column, style: style, maxColumns: width - 2)
            buffer.write("v", row: row, column: column + width - 1, style: style)
        case nil: break
        }
        return cursor
    }

    /// What the status line shows: the tunnel and its state (or a notice) on the left, the problem count on the
    /// right. It holds the inputs, not the texts: the incremental renderer compares it on every key, and builds the
    /// texts only when it changed.
    struct StatusLine: Equatable {
        var notice: Notice?
        /// The tunnel as loaded: typing in the id field must not rewrite the status line on every key.
        var tunnel: String
        var file: String?
        var fromService: Bool
        var edited: Bool
        var moreAbove: Bool
        var moreBelow: Bool
        var errors: Int
        var warnings: Int
        var language: Language

        init(_ model: borrowing FormModel, lineCount: Int, layout: FormLayout) {
            language = model.language
            notice = model.notice
            tunnel = model.baseline.vpnConnId
            switch model.origin {
            case .empty: (file, fromService) = (nil, false)
            case .file(let path): (file, fromService) = (path, false)
            case .service: (file, fromService) = (nil, true)
            }
            edited = model.notice == nil && model.hasUnsentEdits
            moreAbove = model.bodyScroll > 0
            moreBelow = model.bodyScroll + layout.bodyRows < lineCount
            (errors, warnings) = (0, 0)
            for problem in model.report.problems {
                if problem.severity == .error { errors += 1 } else { warnings += 1 }
            }
        }

        var left: String {
            if let notice { return notice.text }
            return language.text(.tunnelStatus(tunnel: tunnel, file: file, fromService: fromService, edited: edited))
        }

        var leftStyle: CellStyle {
            switch notice?.kind {
            case nil, .information: .plain
            case .warning: .warning
            case .error: .error
            }
        }

        /// `2 errors, 1 warning`, or `no problems`.
        var counts: String { language.text(.problemCount(errors: errors, warnings: warnings)) }

        /// A note of what is scrolled out of view, with the two spaces that part it from the counts.
        var more: String {
            guard moreAbove || moreBelow else { return "" }
            return language.text(.scrolledOut(above: moreAbove, below: moreBelow)) + "  "
        }

        var summaryStyle: CellStyle { errors > 0 ? .error : (warnings == 0 ? .success : .warning) }
    }

    /// Draws the status line on a blank row: the counts always, right-aligned; the note of what is scrolled out
    /// of view only when the left part still fits whole beside both; the left part shortened last, with an
    /// ellipsis, so that no part ever runs into another.
    static func draw(_ status: StatusLine, row: Int, into buffer: inout ScreenBuffer) {
        let columns = buffer.size.columns
        let left = status.left
        let counts = status.counts
        let leftWidth = TextWidth.columns(of: left)
        let full = status.more + counts
        let right = leftWidth + 2 + TextWidth.columns(of: full) + 1 <= columns ? full : counts
        let rightColumn = max(columns - TextWidth.columns(of: right) - 1, 0)
        let room = max(rightColumn - 2, 0)
        buffer.write(TextWidth.abbreviated(left, toFit: room), row: row, column: 0, style: status.leftStyle)
        buffer.write(right, row: row, column: rightColumn, style: status.summaryStyle)
    }

    private static func drawOpenDropdown(
        _ dropdown: Dropdown, below fieldRow: Int, layout: FormLayout, language: Language,
        into buffer: inout ScreenBuffer
    ) {
        let choices = dropdown.choices
        let texts = choices.map { Dropdown.describe($0, in: language) }
        let widest = (texts.map { TextWidth.columns(of: $0) }.max() ?? 0) + 2
        // At least as wide as the field, so no part of the closed field shows beside the open list; a list wider
        // than the room right of the labels moves left over them rather than cut its descriptions.
        let inner = min(max(widest, layout.valueWidth(for: dropdown.field) - 2), buffer.size.columns - 4)
        let height = choices.count + 2
        let bottomLimit = layout.statusRow
        let top = fieldRow + 1 + height <= bottomLimit ? fieldRow + 1 : max(fieldRow - height, 0)
        let left = max(min(layout.valueColumn - 1, buffer.size.columns - inner - 4), 0)
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
