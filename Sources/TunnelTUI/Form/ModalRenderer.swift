import TunnelClient
import TunnelCore

/// Draws the boxes that sit over the form: confirmation, progress, result, quit and restore questions.
enum ModalRenderer {
    static let spinner = ["|", "/", "-", "\\"]

    static func render(_ model: FormModel, into buffer: inout ScreenBuffer) {
        let language = model.language
        let lines: [String]
        let title: Text.BoxTitle
        switch model.mode {
        case .form, .help, .preview, .peerConfig: return
        case .confirmSubmit(let update, let target):
            title = .submit
            lines = confirmation(of: update, target: target, model: model)
        case .sending(let update):
            title = .sending
            let frame = spinner[model.progressTick % spinner.count]
            lines = [
                language.text(.sendingUpdate(tunnel: update.vpnConnId)) + " \(frame)", language.text(.escCancels),
            ]
        case .result(let outcome):
            (title, lines) = describe(outcome, in: language)
        case .watching(let watch):
            (title, lines) = describe(watch, tick: model.progressTick, in: language)
        case .confirmQuit:
            title = .quit
            // The promise is made only when a draft store exists (the demo and a run without one keep nothing).
            lines = [
                language.text(.quitWithUnsentEdits), language.text(model.keepsDrafts ? .draftKept : .noDraftKept),
                language.text(.quitKeys),
            ]
        case .offerRestore(let saved):
            title = .savedDraft
            var changed = saved.draft.changedFields(from: model.draft).filter { $0 != .secretKey }.map(\.path)
            if saved.secretKeyChanged { changed.append(language.text(.secretKeyToRetype)) }
            lines = [
                language.text(.savedDraftExists),
                language.text(
                    changed.isEmpty ? .savedDraftSame : .savedDraftDiffers(fields: changed.joined(separator: ", "))),
                language.text(.restoreKeys),
            ]
        }
        drawBox(title: language.text(.boxTitle(title)), lines: lines, into: &buffer)
    }

    /// What the confirmation says: the tunnel the update goes to (and, when a file's ids were edited, that it is
    /// not the file's), and what it changes there.
    static func confirmation(of update: TunnelUpdate, target: SubmitTarget, model: FormModel) -> [String] {
        let language = model.language
        let tunnel = update.vpnConnId
        let host = model.sendTarget.host ?? language.text(.noHost)
        var lines = [language.text(.confirmSend(tunnel: tunnel, host: host))]
        if case .file = model.origin {
            let loaded = model.baseline
            if !loaded.vpnConnId.isEmpty, loaded.vpnConnId != update.vpnConnId {
                lines.append(language.text(.targetsOtherTunnel(tunnel: tunnel, fileTunnel: loaded.vpnConnId)))
            }
            if !loaded.vpnId.isEmpty, loaded.vpnId != update.vpnId {
                lines.append(language.text(.namesOtherGateway(gateway: update.vpnId, fileGateway: loaded.vpnId)))
            }
        }
        func changed(_ from: TunnelDraft) -> String {
            TunnelDiff(from: from, to: model.draft).changes.map(\.field.path).joined(separator: ", ")
        }
        switch target {
        case .reading:
            lines.append(language.text(.readingToCompare(tunnel: tunnel)))
            lines.append(language.text(.escGoesBack))
            return lines
        case .read(let current):
            let fields = changed(current)
            if fields.isEmpty {
                lines.append(language.text(.nothingToSend(tunnel: tunnel)))
                lines.append(language.text(.escGoesBack))
                return lines
            }
            lines.append(language.text(.changesOnService(tunnel: tunnel, fields: fields)))
        case .unreadable(let reason):
            lines.append(language.text(.couldNotReadToCompare(tunnel: tunnel, reason: reason)))
            let fields = changed(model.baseline)
            lines.append(
                language.text(fields.isEmpty ? .noFieldChangedSinceLoaded : .changedSinceLoaded(fields: fields)))
        }
        lines += standingWarnings(model.report.warnings, in: language)
        lines.append(language.text(.enterSends))
        return lines
    }

    /// The warnings the update is sent with, so that a weak group or a private peer is confirmed knowingly; a long
    /// list ends with how many more there are.
    static func standingWarnings(
        _ warnings: [ValidationProblem], shown limit: Int = 4, in language: Language
    ) -> [String] {
        guard !warnings.isEmpty else { return [] }
        let count = warnings.count
        var lines = [language.text(.sentWithWarnings(count: count))]
        lines += warnings.prefix(limit).map { "  " + $0.message(in: language) }
        if count > limit { lines.append("  " + language.text(.moreWarnings(count: count - limit))) }
        return lines
    }

    static func describe(_ outcome: SubmitOutcome, in language: Language) -> (Text.BoxTitle, [String]) {
        switch outcome {
        case .applied(let requestId, let attempts):
            return (
                .applied,
                [
                    language.text(.applied),
                    language.text(.requestId(requestId.map { Sanitizer.visible($0) }, attempts: attempts)),
                ]
            )
        case .rejected(let error, _):
            var lines = [
                language.text(.rejected(httpStatus: error.httpStatus)),
                language.text(.errorCode(Sanitizer.visible(error.code))),
                language.text(.errorMessage(Sanitizer.visible(error.message))),
            ]
            if let field = error.field { lines.append(language.text(.errorField("\(field)"))) }
            if let requestId = error.requestId {
                lines.append(language.text(.rejectedRequestId(Sanitizer.visible(requestId))))
            }
            lines.append(language.text(.formUnchanged))
            return (.rejected, lines)
        case .unreachable(let reason, let attempts):
            return (
                .notSent,
                [
                    language.text(.unreachable(attempts: attempts, reason: Sanitizer.visible(reason))),
                    language.text(.unreachableRetry),
                ]
            )
        case .cancelled:
            return (.cancelled, [language.text(.cancelledMayHaveReached), language.text(.cancelledRetry)])
        }
    }

    /// How many changes a watch box shows: the latest, so that the box fits the smallest terminal.
    static let watchLinesShown = 8

    /// The watch: the submit's result above it, each change with its time, and how it ended.
    static func describe(_ watch: WatchView, tick: Int, in language: Language) -> (Text.BoxTitle, [String]) {
        var lines = watch.heading
        lines.append(
            Sanitizer.visible(
                language.text(
                    .watchingUntilUp(tunnel: watch.vpnConnId, timeout: WatchTime.text(watch.timeout)))))
        let hidden = watch.events.count - watchLinesShown
        if hidden > 0 { lines.append(language.text(.earlierChangesHidden(count: hidden))) }
        lines += watch.events.suffix(watchLinesShown).map { $0.line(in: language) }
        guard let outcome = watch.outcome else {
            lines.append(language.text(.watchAsking(frame: spinner[tick % spinner.count])))
            return (.watching, lines)
        }
        lines.append(language.text(.watchEnded(summary: outcome.summary(in: language))))
        return (outcome.isUp ? .up : .notUp, lines)
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
