import TunnelClient
import TunnelCore

/// The whole state of the editor screen, and what every key does to it.
///
/// A value type with no I/O: keys go in through `handle(_:)`, which returns the effects (save the draft, send,
/// build the preview) for `EditorSession` to carry out; tests drive it with keys and read the rendered text.
public struct FormModel: Sendable {
    /// Where the tunnel being edited came from.
    public enum Origin: Sendable, Hashable {
        case empty
        case file(String)
        /// Read from BCE: the preview shows the diff against this.
        case service(TunnelDraft)
    }

    /// The fields the form shows, in order (the client token is not typed: it is generated per request).
    public static let fields: [TunnelField] = TunnelField.allCases.filter { $0 != .clientToken }
    /// The smallest terminal the form is laid out for.
    public static let minimumSize = TerminalSize(columns: 80, rows: 24)

    public private(set) var draft: TunnelDraft
    /// The state last loaded or applied: edits since then are "unsent".
    public private(set) var baseline: TunnelDraft
    public let origin: Origin
    public private(set) var editors: FieldEditors
    public private(set) var focus: TunnelField
    /// Fields the operator has left at least once: their problems are shown.
    public private(set) var touched: Set<TunnelField> = []
    /// Set by preview or submit: every problem is shown.
    public private(set) var showsAllProblems = false {
        didSet { if showsAllProblems != oldValue { keepFocusVisible() } }
    }
    /// The body's lines, laid out again after every change that can move them (a value, a problem shown, the focus,
    /// the size): the renderer draws from them instead of laying the form out a second time per key.
    public private(set) var bodyLines: [FormLayout.Line] = []
    public private(set) var report: ValidationReport
    public private(set) var mode: FormMode = .form
    public private(set) var size: TerminalSize
    /// The first body line shown when the fields do not fit.
    public private(set) var bodyScroll = 0
    /// A one-line message in the status line ("fix 2 errors before submitting").
    public private(set) var notice: Notice?
    /// Whether unsent edits are kept in a draft file: the quit question promises that only when they are (the
    /// session sets it from its draft store).
    public internal(set) var keepsDrafts = false
    /// A restored draft said the pre-shared key had been changed: drafts never hold it, so the form keeps the key it
    /// was loaded with and marks the field until a key is typed.
    public private(set) var secretKeyNeedsRetyping = false
    /// Where Ctrl-S sends, or why it cannot: set by `EditorSession` from its connection.
    public internal(set) var sendTarget: SendTarget
    /// Advances while a request is in flight (the progress indicator).
    public private(set) var progressTick = 0
    public let allowsExtendedAlgorithms: Bool
    /// The language of every text on the screen.
    public let language: Language
    /// BCE's gateway address (the tunnel's `localIp`): the peer's remote address in its configuration; nil when
    /// the tunnel was not read from BCE and none was given.
    public let bceGatewayIp: String?

    private let validator: TunnelValidator
    /// The token of the last previewed or sent update: reused as long as the update is the same, so a retry is
    /// idempotent on BCE's side; a changed update gets a new one.
    private var clientToken: String?
    private var tokenUpdate: TunnelUpdate?

    /// - Parameters:
    ///   - notice: a first status-line message (say, that requests cannot be signed).
    ///   - sendTarget: where Ctrl-S sends; an `EditorSession` replaces it with its connection's.
    public init(
        draft: TunnelDraft, origin: Origin, size: TerminalSize, allowsExtendedAlgorithms: Bool = false,
        notice: Notice? = nil, sendTarget: SendTarget = .none, bceGatewayIp: String? = nil, language: Language = .en
    ) {
        self.language = language
        self.bceGatewayIp = bceGatewayIp
        self.notice = notice
        self.sendTarget = sendTarget
        self.draft = draft
        baseline = draft
        self.origin = origin
        self.size = size
        self.allowsExtendedAlgorithms = allowsExtendedAlgorithms
        validator = TunnelValidator(options: ValidationOptions(allowsExtendedAlgorithms: allowsExtendedAlgorithms))
        report = validator.validate(draft)
        editors = FieldEditors(fields: Self.fields) {
            FieldEditor.make(for: $0, draft: draft, includesExtended: allowsExtendedAlgorithms)
        }
        focus = Self.fields.first { !$0.isList && !$0.isChoice && !Self.isLocked($0, origin: origin) } ?? .vpnConnName
        if !draft.clientToken.isEmpty { clientToken = draft.clientToken }
        keepFocusVisible()
    }

    // MARK: - Queries

    public var isTooSmall: Bool { size.columns < Self.minimumSize.columns || size.rows < Self.minimumSize.rows }

    /// Edits not yet applied on BCE (a key still to be typed again is one).
    public var hasUnsentEdits: Bool { draft != baseline || secretKeyNeedsRetyping }

    /// Whether a draft saved now must say that the pre-shared key was changed.
    public var secretKeyChanged: Bool { secretKeyNeedsRetyping || draft.secretKey != baseline.secretKey }

    /// The mark under the key field after a restore, shown as a problem is.
    static let secretKeyRetypeMark = ValidationProblem(
        path: FieldPath(.secretKey), value: "",
        rule: .secretKeyToRetype, severity: .warning)

    /// The problems shown next to a field: none until it was left once, or preview or submit was asked for.
    public func visibleProblems(for field: TunnelField) -> [ValidationProblem] {
        // Whether the field has problems first: most have none, and that answer needs neither a filtered array
        // nor hashing the field into `touched` (the layout asks for every field on every key).
        let mark = secretKeyNeedsRetyping && field == .secretKey ? [Self.secretKeyRetypeMark] : []
        let position = field.order
        guard report.problems.contains(where: { $0.path.field.order == position }),
            showsAllProblems || touched.contains(field)
        else { return mark }
        return mark + report.problems(for: field)
    }

    /// Whether a field is shown but cannot be edited: the ids of a tunnel read from BCE say which tunnel the
    /// update replaces, and another id typed there would send this form's values over that other tunnel.
    public func isLocked(_ field: TunnelField) -> Bool { Self.isLocked(field, origin: origin) }

    static func isLocked(_ field: TunnelField, origin: Origin) -> Bool {
        guard case .service = origin else { return false }
        return field == .vpnConnId || field == .vpnId
    }

    /// The key bindings in force now.
    public var keyContext: KeyContext {
        if isTooSmall { return .tooSmall }
        switch mode {
        case .form: return editors.context(of: focus) ?? .textField
        case .help: return .help
        case .preview(let state): return state.keyContext
        case .peerConfig(let state): return state.keyContext
        case .confirmSubmit(_, let target):
            return .confirmSubmit(canSend: target != .reading && !changesNothing(on: target))
        case .sending: return .sending
        case .watching(let watch): return .watching(running: watch.isRunning)
        case .result(let outcome):
            if case .applied = outcome { return .result(succeeded: true) }
            return .result(succeeded: false)
        case .confirmQuit: return .confirmQuit
        case .offerRestore: return .offerRestore
        }
    }

    // MARK: - Keys

    /// Applies one key; returns what the session must do.
    public mutating func handle(_ key: KeyEvent) -> [FormEffect] {
        if key == .resize { return [] }
        if case .refusedText(let refusal) = key {
            if mode == .form { notice = .error(language.text(refusal.text)) }
            return [.bell]
        }
        let context = keyContext
        let action = KeyMap.action(for: key, in: context)
        if case .tooSmall = context {
            switch action {
            case .quit: return requestQuit()
            default: return []
            }
        }
        if action == .repaint { return [.repaint] }
        switch mode {
        case .form: return handleForm(key, action: action, context: context)
        case .help(let scroll): return handleHelp(action, scroll: scroll)
        case .preview(let state): return handlePreview(action, state: state)
        case .peerConfig(let state): return handlePeerConfig(key, action: action, state: state)
        case .confirmSubmit(let update, let target):
            switch action {
            case .confirm:
                // Sent only once the confirmation can say what it changes on the tunnel it goes to, and only when
                // it changes something there.
                if target == .reading || changesNothing(on: target) { return [.bell] }
                mode = .sending(update)
                progressTick = 0
                return [.submit(update, clientToken: token(for: update))]
            case .back: mode = .form
            default: break
            }
            return []
        case .sending:
            return action == .back ? [.cancelSubmit] : []
        case .result(let outcome): return handleResult(action, outcome: outcome)
        case .watching(let watch): return handleWatching(action, watch: watch)
        case .confirmQuit:
            switch action {
            case .quit: return [.quit]
            case .back: mode = .form
            default: break
            }
            return []
        case .offerRestore(let saved):
            switch action {
            case .restoreDraft:
                restore(saved)
                mode = .form
                return [.draftChanged]
            case .discardDraft:
                mode = .form
                return [.discardSavedDraft]
            default: return []
            }
        }
    }

    private mutating func handleForm(_ key: KeyEvent, action: FormAction?, context: KeyContext) -> [FormEffect] {
        notice = nil
        switch action {
        case nil, .widget: return edit(key)
        case .nextField: moveFocus(by: 1)
        case .previousField: moveFocus(by: -1)
        case .nextRow:
            if edit(.down, passThrough: true) == nil { moveFocus(by: 1) }
        case .previousRow:
            if edit(.up, passThrough: true) == nil { moveFocus(by: -1) }
        case .openChoice, .toggleReveal, .addRow, .removeRow: return edit(key)
        case .preview: return requestPreview()
        case .submit: return requestSubmit()
        case .help: mode = .help(scroll: 0)
        case .suspend: return [.suspend]
        case .nextProblem: return focusNextProblem()
        case .peerConfig: mode = .peerConfig(peerConfig(PeerConfigState()))
        case .watch: return requestWatch()
        case .quit: return requestQuit()
        default: break
        }
        return []
    }

    /// Moves the focus to the next field or list row with an error or a warning, round to the first; every
    /// problem is shown from then on.
    private mutating func focusNextProblem() -> [FormEffect] {
        let places = Set(report.problems.map(\.path).filter { !isLocked($0.field) }).sorted()
        guard let first = places.first else {
            notice = .information(language.text(.noProblemsToGoTo))
            return [.bell]
        }
        var current = FieldPath(focus)
        if case .list(let list) = editors[focus] { current.index = list.selected }
        let next = places.first { $0 > current } ?? first
        showsAllProblems = true
        setFocus(next.field, row: next.index)
        return []
    }

    /// Sends a key to the focused editor; nil when the editor ignored it and `passThrough` is set.
    private mutating func edit(_ key: KeyEvent, passThrough: Bool) -> [FormEffect]? {
        if isLocked(focus) {
            if passThrough { return nil }
            notice = .error(language.text(.fieldLocked(path: focus.path)))
            return [.bell]
        }
        // An ignored key leaves the editor as it was, and its revision too, so nothing is redrawn.
        guard let outcome = editors.modify(focus, { $0.handle(key) }) else { return nil }
        switch outcome {
        case .ignored: return passThrough ? nil : []
        case .moved:
            keepFocusVisible()
            return []
        case .edited:
            valueChanged()
            return [.draftChanged]
        case .refused(let character):
            notice = .error(language.text(.digitsOnly(path: focus.path, character: character)))
            return [.bell]
        }
    }

    private mutating func edit(_ key: KeyEvent) -> [FormEffect] { edit(key, passThrough: false) ?? [] }

    /// Validates again after every change, which keeps the summary and every shown message exact; only the edited
    /// field's rules run again (the core's report equals a whole validation, and costs a fraction of it per key).
    ///
    /// The body's lines are laid out again only when an edit can move them: a list's rows, or a problem or mark
    /// shown under a field. Laying them out walks every row of every list, which a key typed into another field
    /// must not pay for when the lists are long.
    private mutating func valueChanged() {
        editors.apply(focus, to: &draft)
        let marked = secretKeyNeedsRetyping
        if focus == .secretKey { secretKeyNeedsRetyping = false }
        let before = report.problems
        report = validator.validate(draft, editing: focus, from: report)
        if focus.isList || report.problems != before || marked != secretKeyNeedsRetyping {
            keepFocusVisible()
        } else {
            editors.keepCursorVisible(focus, width: FormLayout(size: size, language: language).valueWidth(for: focus))
        }
    }

    /// Moves the focus to the next (or previous) field that can be edited.
    private mutating func moveFocus(by step: Int) {
        guard var index = Self.fields.firstIndex(of: focus) else { return }
        repeat {
            index = (index + step + Self.fields.count) % Self.fields.count
        } while isLocked(Self.fields[index]) && Self.fields[index] != focus
        setFocus(Self.fields[index], enteringFromBelow: step < 0)
    }

    /// Moves the focus; the field left is marked touched so that its problems show from now on.
    public mutating func setFocus(_ field: TunnelField, row: Int? = nil, enteringFromBelow: Bool = false) {
        touched.insert(focus)
        if case .choice(var dropdown) = editors[focus], dropdown.isOpen {
            dropdown.setValue(dropdown.value)
            editors[focus] = .choice(dropdown)
        }
        focus = field
        if case .list(var list) = editors[field] {
            if let row {
                while list.selected < min(row, list.rows.count - 1) { _ = list.handle(.down) }
                while list.selected > row { _ = list.handle(.up) }
            } else if enteringFromBelow {
                list.selectLast()
            } else {
                list.selectFirst()
            }
            editors[field] = .list(list)
        }
        keepFocusVisible()
    }

    private mutating func requestPreview() -> [FormEffect] {
        showsAllProblems = true
        guard let update = report.update else {
            refuseWithErrors(preview: true)
            return [.bell]
        }
        mode = .preview(PreviewState())
        return [.buildPreview(update, clientToken: token(for: update), revealingSecrets: false)]
    }

    /// Asks for confirmation. A tunnel read from BCE is compared with itself as read; any other update with its
    /// target as BCE has it now, which is read first (a file may name another tunnel than the one it came from).
    private mutating func requestSubmit() -> [FormEffect] {
        showsAllProblems = true
        if case .unavailable(let reason) = sendTarget {
            mode = .form
            notice = .error(language.text(.notSent(reason: reason)))
            return [.bell]
        }
        guard let update = report.update else {
            refuseWithErrors(preview: false)
            return [.bell]
        }
        if case .service = origin {
            mode = .confirmSubmit(update, .read(baseline))
            return []
        }
        mode = .confirmSubmit(update, .reading)
        return [.readTarget(vpnId: update.vpnId, vpnConnId: update.vpnConnId)]
    }

    /// Submit and preview are refused while errors remain: the first one is focused and counted.
    private mutating func refuseWithErrors(preview: Bool) {
        let errors = report.errors
        let count = errors.count
        notice = .error(
            language.text(preview ? .fixErrorsBeforePreview(count: count) : .fixErrorsBeforeSubmitting(count: count)))
        if let first = errors.first { setFocus(first.path.field, row: first.path.index) }
    }

    private mutating func requestQuit() -> [FormEffect] {
        guard hasUnsentEdits else { return [.quit] }
        mode = .confirmQuit
        return []
    }

    private mutating func handleHelp(_ action: FormAction?, scroll: Int) -> [FormEffect] {
        let page = max(size.rows - 2, 1)
        let last = max(HelpRenderer.lines(in: language).count - page, 0)
        if let scrolled = Self.scrolled(scroll, by: action, page: page, last: last) {
            mode = .help(scroll: scrolled)
        } else if action == .back {
            mode = .form
        }
        return []
    }

    /// The first row shown after a scrolling key of the help, the preview or the peer configuration, from 0 to
    /// `last`; nil for a key that does not scroll.
    static func scrolled(_ scroll: Int, by action: FormAction?, page: Int, last: Int) -> Int? {
        switch action {
        case .scrollDown: min(scroll + 1, last)
        case .scrollUp: max(scroll - 1, 0)
        case .pageDown: min(scroll + page, last)
        case .pageUp: max(scroll - page, 0)
        case .scrollToTop: 0
        case .scrollToBottom: last
        default: nil
        }
    }

    private mutating func handlePreview(_ action: FormAction?, state: PreviewState) -> [FormEffect] {
        var state = state
        let page = max(size.rows - 2, 1)
        let last = lastScroll(of: state)
        if let scroll = Self.scrolled(state.scroll, by: action, page: page, last: last) {
            state.scroll = scroll
            mode = .preview(state)
            return []
        }
        switch action {
        case .back:
            mode = .form
            return []
        case .submit: return requestSubmit()
        case .suspend: return [.suspend]
        case .quit: return requestQuit()
        case .toggleReveal:
            // The lines are built again; the scroll position and the body's view stay as they are.
            guard let update = report.update else { return [] }
            state.revealsSecrets.toggle()
            mode = .preview(state)
            return [.buildPreview(update, clientToken: token(for: update), revealingSecrets: state.revealsSecrets)]
        case .toggleWireBytes:
            state.showsWire.toggle()
            state.scroll = min(state.scroll, lastScroll(of: state))
        default: return []
        }
        mode = .preview(state)
        return []
    }

    private mutating func handlePeerConfig(
        _ key: KeyEvent, action: FormAction?, state: PeerConfigState
    ) -> [FormEffect] {
        var state = state
        if var path = state.savePath {
            switch action {
            case .confirm:
                state.savePath = nil
                mode = .peerConfig(state)
                guard !path.text.isEmpty else { return [] }
                return [.savePeerConfig(text: state.lines.joined(separator: "\n") + "\n", path: path.text)]
            case .back: state.savePath = nil
            default:
                _ = path.handle(key)
                // The prompt's width, and a column for the cursor past the end.
                let prompt = TextWidth.columns(of: language.text(.peerConfigSavePrompt))
                path.keepCursorVisible(width: max(size.columns - prompt - 1, 1))
                state.savePath = path
            }
            mode = .peerConfig(state)
            return []
        }
        let page = max(size.rows - 3, 1)
        let last = max(state.rows(width: size.columns).count - page, 0)
        if let scroll = Self.scrolled(state.scroll, by: action, page: page, last: last) {
            state.scroll = scroll
            mode = .peerConfig(state)
            return []
        }
        switch action {
        case .back:
            mode = .form
            return []
        case .suspend: return [.suspend]
        case .quit: return requestQuit()
        case .nextFormat:
            state.format = state.format.next
            state.scroll = 0
            state = peerConfig(state)
        case .toggleReveal:
            state.revealsSecrets.toggle()
            state = peerConfig(state)
        case .save:
            guard state.isConfiguration else {
                state.notice = .error(language.text(.peerConfigNothingToSave(reason: state.lines.first ?? "")))
                mode = .peerConfig(state)
                return [.bell]
            }
            state.savePath = TextField(
                text: PeerConfigState.suggestedFileName(vpnConnId: draft.vpnConnId, format: state.format))
        default: return []
        }
        mode = .peerConfig(state)
        return []
    }

    /// The state with the configuration of the form as it stands, or the lines that say what blocks it.
    private func peerConfig(_ state: PeerConfigState) -> PeerConfigState {
        var state = state
        state.notice = nil
        guard let bceGatewayIp else {
            state.lines = language.text(.peerConfigNeedsGateway).split(separator: "\n").map(String.init)
            state.isConfiguration = false
            return state
        }
        do throws(PeerConfigError) {
            let text = try PeerConfig.render(
                draft, validator: validator, bceGatewayIp: bceGatewayIp, format: state.format,
                revealingSecrets: state.revealsSecrets)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            state.lines = lines
            state.isConfiguration = true
        } catch {
            var lines = [language.text(.noPeerConfigForForm(format: state.format.title))]
            if case .invalidTunnel(let problems) = error {
                lines += problems.map { "  " + $0.message(in: language) }
                lines.append(language.text(.fixOnTheForm(several: problems.count > 1)))
            } else {
                lines.append("  " + language.text(.peerConfigError(error)))
                lines.append(language.text(.tabShowsAnotherFormat))
            }
            state.lines = lines
            state.isConfiguration = false
        }
        state.scroll = min(state.scroll, max(state.rows(width: size.columns).count - max(size.rows - 3, 1), 0))
        return state
    }

    /// The peer configuration was written (or not): say so on its screen.
    public mutating func peerConfigSaved(path: String, error: String?) {
        guard case .peerConfig(var state) = mode else { return }
        let shown = Sanitizer.visible(path)
        state.notice =
            error.map { .error(language.text(.peerConfigNotSaved(reason: Sanitizer.visible($0)))) }
            ?? .information(language.text(.peerConfigSaved(path: shown)))
        mode = .peerConfig(state)
    }

    /// The last scroll position of a preview: positions count screen rows, as the renderer breaks long lines.
    private func lastScroll(of state: PreviewState) -> Int {
        max(state.rows(width: size.columns).count - max(size.rows - 2, 1), 0)
    }

    private mutating func handleResult(_ action: FormAction?, outcome: SubmitOutcome) -> [FormEffect] {
        switch action {
        case .back:
            mode = .form
            if case .rejected(let error, _) = outcome, let path = error.field {
                showsAllProblems = true
                setFocus(path.field, row: path.index)
            }
        case .retry:
            guard let update = tokenUpdate, let clientToken, update == report.update else {
                mode = .form
                return []
            }
            mode = .sending(update)
            progressTick = 0
            return [.submit(update, clientToken: clientToken)]
        default: break
        }
        return []
    }

    /// How long the editor watches a tunnel before it gives up.
    public static let watchTimeout = WatchSchedule.standard.timeout

    /// Watches the tunnel as loaded or last applied, when there is a connection to ask.
    private mutating func requestWatch() -> [FormEffect] {
        if case .unavailable(let reason) = sendTarget {
            notice = .error(language.text(.cannotWatch(reason: reason)))
            return [.bell]
        }
        guard !baseline.vpnId.isEmpty, !baseline.vpnConnId.isEmpty else {
            notice = .error(language.text(.cannotWatchWithoutIds))
            return [.bell]
        }
        return startWatch(
            WatchView(vpnId: baseline.vpnId, vpnConnId: baseline.vpnConnId, heading: [], timeout: Self.watchTimeout))
    }

    private mutating func startWatch(_ watch: WatchView) -> [FormEffect] {
        mode = .watching(watch)
        progressTick = 0
        return [.watchTunnel(vpnId: watch.vpnId, vpnConnId: watch.vpnConnId, timeout: watch.timeout)]
    }

    /// Esc stops a running watch (the form and its edits stay as they are); an ended one is left or run again.
    private mutating func handleWatching(_ action: FormAction?, watch: WatchView) -> [FormEffect] {
        switch action {
        case .back:
            mode = .form
            return watch.isRunning ? [.stopWatching] : []
        case .watch where !watch.isRunning:
            return startWatch(watch.restarted())
        default:
            return []
        }
    }

    /// The client token for an update: the same one while the update is unchanged (preview, send, retry).
    private mutating func token(for update: TunnelUpdate) -> String {
        if let clientToken, tokenUpdate == nil || tokenUpdate == update {
            tokenUpdate = update
            return clientToken
        }
        let fresh = ClientToken.generate()
        clientToken = fresh
        tokenUpdate = update
        return fresh
    }

    // MARK: - From the session

    /// Shows the built preview (for a tunnel read from BCE, the diff; then the request, its body indented in
    /// `readable` and as sent in `wire`), at the row shown before unless the new text ends above it.
    public mutating func showPreview(readable: [String], wire: [String]) {
        guard case .preview(var state) = mode else { return }
        state.readableLines = readable
        state.wireLines = wire
        state.scroll = min(state.scroll, lastScroll(of: state))
        mode = .preview(state)
    }

    /// The request finished: show its result. The form keeps its values whatever happened. An applied update is
    /// followed by a watch of the tunnel until it is up, under the result.
    @discardableResult
    public mutating func receive(_ outcome: SubmitOutcome) -> [FormEffect] {
        guard case .sending(let update) = mode else { return [] }
        mode = .result(outcome)
        guard case .applied = outcome else { return [] }
        baseline = draft
        clientToken = nil
        tokenUpdate = nil
        let heading = ModalRenderer.describe(outcome, in: language).1
        return startWatch(
            WatchView(vpnId: update.vpnId, vpnConnId: update.vpnConnId, heading: heading, timeout: Self.watchTimeout))
    }

    /// A change the watch saw (ignored once the watch is gone).
    public mutating func receiveWatch(_ event: WatchEvent) {
        guard case .watching(var watch) = mode, watch.isRunning else { return }
        watch.append(event)
        mode = .watching(watch)
    }

    /// How the watch ended (ignored once the watch is gone).
    public mutating func finishWatch(_ outcome: WatchOutcome) {
        guard case .watching(var watch) = mode, watch.isRunning else { return }
        watch.finish(outcome)
        mode = .watching(watch)
    }

    /// Whether the form holds exactly what the target already has on BCE: then there is nothing to send.
    public func changesNothing(on target: SubmitTarget) -> Bool {
        guard case .read(let current) = target else { return false }
        return TunnelDiff(from: current, to: draft).isEmpty
    }

    /// The tunnel an update goes to, as read from BCE for its confirmation (ignored once the confirmation is gone).
    public mutating func receiveTarget(_ target: SubmitTarget, for update: TunnelUpdate) {
        guard case .confirmSubmit(let shown, .reading) = mode, shown == update else { return }
        mode = .confirmSubmit(update, target)
    }

    /// One step of the progress indicator.
    public mutating func tick() {
        switch mode {
        case .sending: progressTick += 1
        case .watching(let watch) where watch.isRunning: progressTick += 1
        default: break
        }
    }

    /// Offers to restore a saved draft of the same tunnel.
    public mutating func offerRestore(_ saved: SavedDraft) {
        mode = .offerRestore(saved)
    }

    /// Takes the saved draft's values; the secret key is not in a saved draft, so the current one is kept, and
    /// marked as to be typed again when the draft says it had been changed.
    private mutating func restore(_ saved: SavedDraft) {
        var restored = saved.draft
        restored.secretKey = draft.secretKey
        // A saved draft cannot move the form to another tunnel than the one read from BCE.
        for field in Self.fields where isLocked(field) { restored[text: field] = draft[text: field] }
        draft = restored
        secretKeyNeedsRetyping = saved.secretKeyChanged
        for field in Self.fields {
            editors[field] = FieldEditor.make(for: field, draft: draft, includesExtended: allowsExtendedAlgorithms)
        }
        report = validator.validate(draft)
        keepFocusVisible()
    }

    public mutating func resize(to newSize: TerminalSize) {
        size = newSize
        keepFocusVisible()
    }

    /// Scrolls the body so that the focused field and its messages are on screen, and its cursor in its box.
    private mutating func keepFocusVisible() {
        let layout = FormLayout(size: size, language: language)
        editors.keepCursorVisible(focus, width: layout.valueWidth(for: focus))
        guard !isTooSmall else { return }
        let lines = layout.lines(for: self)
        bodyLines = lines
        guard let first = lines.firstIndex(where: { $0.field == focus }),
            let last = lines.lastIndex(where: { $0.field == focus })
        else { return }
        var top = first
        if case .list(let list) = editors[focus] {
            top = min(first + list.selected, last)
        }
        // Keep the section heading in view when the first field of a section gets the focus.
        if first > 0, case .section = lines[first - 1] { top = min(top, first - 1) }
        let height = layout.bodyRows
        if top < bodyScroll { bodyScroll = top }
        if last >= bodyScroll + height { bodyScroll = min(last - height + 1, top) }
        bodyScroll = max(0, min(bodyScroll, max(lines.count - height, 0)))
    }
}
