import TunnelClient
import TunnelCore

/// Draws the boxes that sit over the form: confirmation, progress, result, quit and restore questions.
enum ModalRenderer {
    static let spinner = ["|", "/", "-", "\\"]

    static func render(_ model: FormModel, into buffer: inout ScreenBuffer) {
        let lines: [String]
        let title: String
        switch model.mode {
        case .form, .help, .preview, .peerConfig: return
        case .confirmSubmit(let update, let target):
            title = "Submit"
            lines = confirmation(of: update, target: target, model: model)
        case .sending(let update):
            title = "Sending"
            let frame = spinner[model.progressTick % spinner.count]
            lines = ["Sending the update of \(update.vpnConnId) to BCE \(frame)", "Esc cancels."]
        case .result(let outcome):
            (title, lines) = describe(outcome)
        case .watching(let watch):
            (title, lines) = describe(watch, tick: model.progressTick)
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

    /// What the confirmation says: the tunnel the update goes to (and, when a file's ids were edited, that it is
    /// not the file's), and what it changes there.
    static func confirmation(of update: TunnelUpdate, target: SubmitTarget, model: FormModel) -> [String] {
        var lines = ["Send this update of \(update.vpnConnId) to \(model.sendTarget.host ?? "(no host)")?"]
        if case .file = model.origin {
            let loaded = model.baseline
            if !loaded.vpnConnId.isEmpty, loaded.vpnConnId != update.vpnConnId {
                lines.append(
                    "It now targets tunnel \(update.vpnConnId) instead of the file's \(loaded.vpnConnId).")
            }
            if !loaded.vpnId.isEmpty, loaded.vpnId != update.vpnId {
                lines.append("It now names VPN gateway \(update.vpnId) instead of the file's \(loaded.vpnId).")
            }
        }
        func changed(_ from: TunnelDraft) -> String {
            TunnelDiff(from: from, to: model.draft).changes.map(\.field.path).joined(separator: ", ")
        }
        switch target {
        case .reading:
            lines.append("Reading \(update.vpnConnId) from BCE to compare...")
            lines.append("Esc goes back.")
            return lines
        case .read(let current):
            let fields = changed(current)
            if fields.isEmpty {
                lines.append("No changes: \(update.vpnConnId) on BCE already has these values. Nothing to send.")
                lines.append("Esc goes back.")
                return lines
            }
            lines.append("Changes to \(update.vpnConnId) as BCE has it: \(fields)")
        case .unreadable(let reason):
            lines.append("Could not read \(update.vpnConnId) from BCE to compare: \(reason)")
            let fields = changed(model.baseline)
            lines.append(fields.isEmpty ? "No field changed since it was loaded." : "Changed since loaded: \(fields)")
        }
        lines += standingWarnings(model.report.warnings)
        lines.append("Enter sends it, Esc goes back.")
        return lines
    }

    /// The warnings the update is sent with, so that a weak group or a private peer is confirmed knowingly; a long
    /// list ends with how many more there are.
    static func standingWarnings(_ warnings: [ValidationProblem], shown limit: Int = 4) -> [String] {
        guard !warnings.isEmpty else { return [] }
        let count = warnings.count
        var lines = ["It is sent with \(count) warning\(count == 1 ? "" : "s"):"]
        lines += warnings.prefix(limit).map { "  " + $0.message }
        if count > limit { lines.append("  and \(count - limit) more (Ctrl-G walks them on the form)") }
        return lines
    }

    static func describe(_ outcome: SubmitOutcome) -> (String, [String]) {
        switch outcome {
        case .applied(let requestId, let attempts):
            return (
                "Applied",
                [
                    "Applied: BCE accepted the update.",
                    "Request id: \(requestId.map { Sanitizer.visible($0) } ?? "(none returned)")"
                        + (attempts > 1 ? " after \(attempts) attempts" : ""),
                ]
            )
        case .rejected(let error, _):
            var lines = [
                "Rejected: BCE refused the update (HTTP \(error.httpStatus)).",
                "Code: \(Sanitizer.visible(error.code))",
                "Message: \(Sanitizer.visible(error.message))",
            ]
            if let field = error.field { lines.append("Field: \(field)") }
            if let requestId = error.requestId { lines.append("Request id: \(Sanitizer.visible(requestId))") }
            lines.append("The form is unchanged.")
            return ("Rejected", lines)
        case .unreachable(let reason, let attempts):
            return (
                "Not sent",
                [
                    "BCE could not be reached (\(attempts) attempt\(attempts == 1 ? "" : "s")): \(Sanitizer.visible(reason))",
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

    /// How many changes a watch box shows: the latest, so that the box fits the smallest terminal.
    static let watchLinesShown = 8

    /// The watch: the submit's result above it, each change with its time, and how it ended.
    static func describe(_ watch: WatchView, tick: Int) -> (String, [String]) {
        var lines = watch.heading
        lines.append(
            Sanitizer.visible("Watching \(watch.vpnConnId) until it is up (at most \(WatchTime.text(watch.timeout))):"))
        let hidden = watch.events.count - watchLinesShown
        if hidden > 0 { lines.append("  (\(hidden) earlier change\(hidden == 1 ? "" : "s") not shown)") }
        lines += watch.events.suffix(watchLinesShown).map(\.line)
        guard let outcome = watch.outcome else {
            lines.append("Asking BCE \(spinner[tick % spinner.count])  Esc stops watching; the form stays.")
            return ("Watching", lines)
        }
        let summary = outcome.summary
        lines.append(summary.prefix(1).uppercased() + summary.dropFirst() + ".")
        return (outcome.isUp ? "Up" : "Not up", lines)
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
