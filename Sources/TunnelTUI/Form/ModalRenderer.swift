import TunnelClient
import TunnelCore

/// Draws the boxes that sit over the form: confirmation, progress, result, quit and restore questions.
enum ModalRenderer {
    static let spinner = ["|", "/", "-", "\\"]

    static func render(_ model: FormModel, into buffer: inout ScreenBuffer) {
        let lines: [String]
        let title: String
        switch model.mode {
        case .form, .help, .preview: return
        case .confirmSubmit(let update):
            title = "Submit"
            let changed = model.draft.changedFields(from: model.baseline).map(\.path)
            lines = [
                "Send this update of \(update.vpnConnId) to BCE?",
                changed.isEmpty
                    ? "No field changed since it was loaded." : "Changed: " + changed.joined(separator: ", "),
                "Enter sends it, Esc goes back.",
            ]
        case .sending(let update):
            title = "Sending"
            let frame = spinner[model.progressTick % spinner.count]
            lines = ["Sending the update of \(update.vpnConnId) to BCE \(frame)", "Esc cancels."]
        case .result(let outcome):
            (title, lines) = describe(outcome)
        case .confirmQuit:
            title = "Quit"
            // The promise is made only when a draft store exists (the demo and a run without one keep nothing).
            lines = [
                "Quit with unsent edits?",
                model.keepsDrafts
                    ? "The draft is kept (without the pre-shared key) and offered the next time this tunnel is edited."
                    : "No draft is kept: the edits are lost.",
                "y quits, Esc stays.",
            ]
        case .offerRestore(let saved):
            title = "Saved draft"
            var changed = saved.draft.changedFields(from: model.draft).filter { $0 != .secretKey }.map(\.path)
            if saved.secretKeyChanged { changed.append("secretKey (to be typed again)") }
            lines = [
                "A saved draft of this tunnel exists.",
                changed.isEmpty ? "It holds the same values." : "It differs in: " + changed.joined(separator: ", "),
                "r restores it, d discards it.",
            ]
        }
        drawBox(title: title, lines: lines, into: &buffer)
    }

    static func describe(_ outcome: SubmitOutcome) -> (String, [String]) {
        switch outcome {
        case .applied(let requestId, let attempts):
            return (
                "Applied",
                [
                    "Applied: BCE accepted the update.",
                    "Request id: \(requestId ?? "(none returned)")"
                        + (attempts > 1 ? " after \(attempts) attempts" : ""),
                ]
            )
        case .rejected(let error, _):
            var lines = [
                "Rejected: BCE refused the update (HTTP \(error.httpStatus)).",
                "Code: \(error.code)",
                "Message: \(error.message)",
            ]
            if let field = error.field { lines.append("Field: \(field)") }
            if let requestId = error.requestId { lines.append("Request id: \(requestId)") }
            lines.append("The form is unchanged.")
            return ("Rejected", lines)
        case .unreachable(let reason, let attempts):
            return (
                "Not sent",
                [
                    "BCE could not be reached (\(attempts) attempt\(attempts == 1 ? "" : "s")): \(reason)",
                    "The form is unchanged; Ctrl-S retries with the same client token.",
                ]
            )
        case .cancelled:
            return (
                "Cancelled",
                [
                    "Cancelled. The request may already have reached BCE.",
                    "Ctrl-S retries with the same client token, which BCE applies at most once.",
                ]
            )
        }
    }

    /// A centred box with a title in its top border and the lines wrapped inside.
    static func drawBox(title: String, lines: [String], into buffer: inout ScreenBuffer) {
        let size = buffer.size
        let inner = max(min(size.columns - 6, 68), 10)
        let wrapped = lines.flatMap { TextWrap.lines($0, width: inner) }
        let height = wrapped.count + 2
        let top = max((size.rows - height) / 2, 0)
        let left = max((size.columns - inner - 4) / 2, 0)
        let border = "+" + String(repeating: "-", count: inner + 2) + "+"
        buffer.write(border, row: top, column: left)
        buffer.write(" \(title) ", row: top, column: left + 2, style: .bold)
        for (offset, line) in wrapped.enumerated() {
            let row = top + 1 + offset
            buffer.fill(row: row, column: left, count: inner + 4)
            buffer.write("|", row: row, column: left)
            buffer.write(line, row: row, column: left + 2, maxColumns: inner)
            buffer.write("|", row: row, column: left + inner + 3)
        }
        buffer.write(border, row: top + height - 1, column: left)
    }
}
