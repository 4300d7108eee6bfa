import Synchronization
import TunnelClient
import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Runs the editor: reads keys from a terminal, feeds them to the `FormModel`, carries out its effects (preview,
/// submit, draft saving) and presents each new frame.
///
/// The request runs in a `Task` while the loop keeps polling the keyboard with a short timeout, so the progress
/// indicator moves and Esc cancels while BCE is being asked.
public final class EditorSession {
    /// Why the editor stopped.
    public enum Exit: Sendable, Equatable {
        case quit
        /// A termination signal: the draft was saved first.
        case signal(Int32)
    }

    /// The editor's state, as the last key left it (a copy: the session itself reads `screen.model` in place).
    public var model: FormModel { screen.model }
    private let terminal: any Terminal
    private let connection: EditorConnection
    private let drafts: DraftStore?
    /// The id the draft is saved under: the tunnel's id as loaded.
    private let draftKey: String
    /// The signing time of the preview (a parameter so that tests get a fixed one).
    private let clock: @Sendable () -> Date
    private let finished = OutcomeBox()
    private let targetRead = TargetBox()
    private let watched = WatchBox()
    /// The watch's clock and backoff (a manual clock in tests, which never sleep).
    private let watchClock: any RetryClock
    private let watchSchedule: WatchSchedule
    private var watchTask: Task<Void, Never>?
    /// Tells the current watch's reports from those of one stopped before it.
    private var watchGeneration = 0
    private var screen: Screen
    private var submitTask: Task<Void, Never>?
    /// Reads the tunnel an update goes to, for the confirmation.
    private var targetTask: Task<Void, Never>?
    /// The first and the last change since the draft was last saved.
    private var draftDirtySince: Int64?
    private var draftChangedAt: Int64?
    private var fullRepaintPending = false
    private var quitting = false
    /// A draft is saved once the typing pauses this long: typing does not write to disk per key.
    private let draftPause: Int64 = 500
    /// Nor does typing without a pause keep the draft unsaved longer than this.
    private let draftLongestWait: Int64 = 5000
    /// The progress indicator's step while a request is in flight.
    private let tickInterval = 100

    /// A result handed from the request's task to the loop.
    private final class OutcomeBox: Sendable {
        let value = Mutex<SubmitOutcome?>(nil)
    }

    /// What a watch saw and how it ended, handed from its task to the loop, tagged with the watch's generation.
    private final class WatchBox: Sendable {
        let value = Mutex<(events: [(Int, WatchEvent)], outcome: (Int, WatchOutcome)?)>(([], nil))
    }

    /// The target read for a confirmation, handed from its task to the loop.
    private final class TargetBox: Sendable {
        let value = Mutex<(SubmitTarget, TunnelUpdate)?>(nil)
    }

    /// - Parameters:
    ///   - connection: what Ctrl-S sends through; the model's `sendTarget` is set from it.
    ///   - watchClock, watchSchedule: the time and backoff of watching the tunnel after a submit.
    public init(
        model: FormModel, terminal: any Terminal, connection: EditorConnection, drafts: DraftStore?,
        clock: @escaping @Sendable () -> Date = { Date() }, watchClock: any RetryClock = SystemRetryClock(),
        watchSchedule: WatchSchedule = .standard
    ) {
        self.clock = clock
        self.watchClock = watchClock
        self.watchSchedule = watchSchedule
        var model = model
        model.sendTarget = connection.sendTarget
        screen = Screen(model: model)
        draftKey = model.draft.vpnConnId
        self.terminal = terminal
        self.connection = connection
        self.drafts = drafts
        screen.model.keepsDrafts = drafts != nil
    }

    /// An editor that sends through `service`.
    public convenience init(
        model: FormModel, terminal: any Terminal, service: any TunnelService, drafts: DraftStore?,
        clock: @escaping @Sendable () -> Date = { Date() }, watchClock: any RetryClock = SystemRetryClock(),
        watchSchedule: WatchSchedule = .standard
    ) {
        self.init(
            model: model, terminal: terminal, connection: .service(service), drafts: drafts, clock: clock,
            watchClock: watchClock, watchSchedule: watchSchedule)
    }

    /// Offers a saved draft of the same tunnel when one exists and differs from what was loaded.
    public func offerSavedDraft() {
        guard let drafts, let saved = drafts.load(vpnConnId: draftKey) else { return }
        var comparable = saved.draft
        comparable.secretKey = screen.model.draft.secretKey
        if comparable != screen.model.draft || saved.secretKeyChanged { screen.model.offerRestore(saved) }
    }

    /// The editor's loop: returns when the operator quits or a termination signal arrives.
    public func run() async -> Exit {
        render()
        while !quitting {
            if let signal = terminal.pendingSignal {
                stopWatch()
                saveDraftIfEdited()
                return .signal(signal)
            }
            let sending = submitTask != nil || targetTask != nil || watchTask != nil
            // Idle, the wait has no limit (a signal or a resize still ends it): an editor nobody types in costs
            // no CPU. Only a request in flight (its progress indicator) or a draft due to be saved sets one.
            let event = terminal.readEvent(timeoutMilliseconds: waitLimit(sending: sending))
            var changed = false
            if let event {
                handle(event)
                changed = true
            }
            if collectFinishedSubmission() { changed = true }
            if collectTarget() { changed = true }
            if collectWatch() { changed = true }
            if sending && event == nil {
                screen.model.tick()
                changed = true
            }
            if let due = draftDue, MonotonicClock.milliseconds() >= due { saveDraftIfEdited() }
            if changed && !quitting { render() }
            // Let other tasks have the thread when there is nothing to do, or while a request is in flight (on a
            // one-core pool it would wait for a pause in the typing otherwise); after every key, a yield would cost
            // a hop to another thread per key.
            if event == nil || sending { await Task.yield() }
        }
        stopWatch()
        if screen.model.hasUnsentEdits { saveDraftIfEdited() } else { drafts?.remove(vpnConnId: draftKey) }
        return .quit
    }

    /// Applies one input event (a key, a paste or a resize).
    public func handle(_ event: KeyEvent) {
        if event == .resize { screen.model.resize(to: terminal.size) }
        perform(screen.model.handle(event))
    }

    /// Presents the current state.
    public func render() {
        terminal.present(screen.frame(), fullRepaint: fullRepaintPending)
        fullRepaintPending = false
    }

    /// Takes a finished request's outcome into the model; true when there was one.
    private func collectFinishedSubmission() -> Bool {
        guard
            let outcome = finished.value.withLock({ value -> SubmitOutcome? in
                defer { value = nil }
                return value
            })
        else { return false }
        submitTask = nil
        let effects = screen.model.receive(outcome)
        if case .applied = outcome { drafts?.remove(vpnConnId: draftKey) }
        perform(effects)
        return true
    }

    /// Takes what the watch saw since the last look into the model; true when there was anything.
    private func collectWatch() -> Bool {
        let (events, outcome) = watched.value.withLock { value in
            defer { value = ([], nil) }
            return value
        }
        let current = watchGeneration
        for (generation, event) in events where generation == current { screen.model.receiveWatch(event) }
        if let ending = outcome, ending.0 == current {
            watchTask = nil
            screen.model.finishWatch(ending.1)
        }
        return !events.isEmpty || outcome != nil
    }

    /// Takes a finished read of a confirmation's target into the model; true when there was one.
    private func collectTarget() -> Bool {
        guard
            let (target, update) = targetRead.value.withLock({ value -> (SubmitTarget, TunnelUpdate)? in
                defer { value = nil }
                return value
            })
        else { return false }
        targetTask = nil
        screen.model.receiveTarget(target, for: update)
        return true
    }

    private func perform(_ effects: [FormEffect]) {
        for effect in effects {
            switch effect {
            case .repaint: fullRepaintPending = true
            case .bell: terminal.bell()
            case .quit: quitting = true
            case .draftChanged:
                // Without a draft store there is nothing to save, and no reason to wake up for it.
                guard drafts != nil else { break }
                let now = MonotonicClock.milliseconds()
                if draftDirtySince == nil { draftDirtySince = now }
                draftChangedAt = now
            case .buildPreview(let update, let clientToken, let revealing):
                let lines = previewLines(update, clientToken: clientToken, revealing: revealing)
                screen.model.showPreview(readable: lines.readable, wire: lines.wire)
            case .submit(let update, let clientToken): startSubmit(update, clientToken: clientToken)
            case .readTarget: startReadingTarget()
            case .cancelSubmit: submitTask?.cancel()
            case .watchTunnel(let vpnId, let vpnConnId, let timeout):
                startWatch(vpnId: vpnId, vpnConnId: vpnConnId, timeout: timeout)
            case .stopWatching: stopWatch()
            case .discardSavedDraft: drafts?.remove(vpnConnId: draftKey)
            case .savePeerConfig(let text, let path):
                // Owner-only whether or not the key is shown: a peer's addresses are not for everyone either.
                do throws(SafeFileError) {
                    try SafeFile.write(Array(text.utf8), to: path, mode: 0o600)
                    screen.model.peerConfigSaved(path: path, error: nil)
                } catch {
                    screen.model.peerConfigSaved(path: path, error: error.text(in: screen.model.language))
                }
            case .suspend:
                // The shell may never continue the program: the edits are saved before it stops.
                saveDraftIfEdited()
                terminal.stopUntilContinued()
                screen.model.resize(to: terminal.size)
                fullRepaintPending = true
            }
        }
    }

    private func startSubmit(_ update: TunnelUpdate, clientToken: String) {
        // The model asks for a submit only when it has a host to send to; without a service there is nothing to
        // send with in any case.
        guard case .service(let service) = connection else { return }
        let finished = finished
        submitTask = Task {
            let outcome = await service.submit(update, clientToken: clientToken)
            finished.value.withLock { $0 = outcome }
        }
    }

    private func startWatch(vpnId: String, vpnConnId: String, timeout: Duration) {
        stopWatch()
        guard case .service(let service) = connection else { return }
        var schedule = watchSchedule
        schedule.timeout = timeout
        let watcher = TunnelWatcher(
            service: service, schedule: schedule, clock: watchClock, language: screen.model.language)
        let box = watched
        let generation = watchGeneration
        watchTask = Task {
            let outcome = await watcher.watch(vpnId: vpnId, vpnConnId: vpnConnId) { event in
                box.value.withLock { $0.events.append((generation, event)) }
            }
            box.value.withLock { $0.outcome = (generation, outcome) }
        }
    }

    /// Cancels the watch in progress; whatever it still reports belongs to an old generation and is dropped.
    private func stopWatch() {
        watchTask?.cancel()
        watchTask = nil
        watchGeneration += 1
    }

    private func startReadingTarget() {
        guard case .confirmSubmit(let update, .reading) = screen.model.mode else { return }
        targetTask?.cancel()
        // Only a model with a host to send to asks for a confirmation, and so for its target.
        guard case .service(let service) = connection else { return }
        let box = targetRead
        let language = screen.model.language
        targetTask = Task {
            let target: SubmitTarget
            do {
                target = .read(try await service.fetchTunnel(vpnId: update.vpnId, vpnConnId: update.vpnConnId))
            } catch {
                // In the box's language: the client's errors say themselves in each one.
                target = .unreadable(error.message(in: language))
            }
            box.value.withLock { $0 = (target, update) }
        }
    }

    /// The preview: the diff against the tunnel as read from BCE, then the request exactly as `submit` would send
    /// it (the service builds and signs both with the same code), or unsigned when nothing can be sent; in
    /// `readable` its body indented, after a line that says so and names the key that shows the bytes sent, and in
    /// `wire` those bytes.
    func previewLines(
        _ update: TunnelUpdate, clientToken: String, revealing: Bool
    ) -> (readable: [String], wire: [String]) {
        var lines: [String] = []
        let language = screen.model.language
        if case .service(let loaded) = screen.model.origin {
            // The same diff `vpn-tunnel submit` prints: a changed secret is named, never shown.
            let diff = TunnelDiff(from: loaded, to: screen.model.draft)
            lines.append(language.text(diff.isEmpty ? .noChangesOnBCE : .changesOnBCE))
            lines += diff.changes.map { "  " + language.text(.change($0)) }
            lines.append("")
        }
        let request =
            switch connection {
            case .service(let service): service.preparedRequest(for: update, clientToken: clientToken, date: clock())
            case .previewOnly(let endpoint, _):
                UpdateRequestBuilder.build(update, clientToken: clientToken, endpoint: endpoint)
            }
        func split(_ text: String) -> [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        let wire = lines + split(RequestRenderer.http(request, revealingSecrets: revealing))
        // The same members as the body sent, indented by the same writer.
        let indented = RequestBody.encode(update, indent: 2)
        var readable = split(RequestRenderer.http(request, showingBody: indented, revealingSecrets: revealing))
        // Header values have no line breaks (the renderer shows any as an escape): the first empty line is the one
        // before the body.
        let wireKey = KeyMap.bindings(for: .preview(revealsSecrets: revealing, showsWire: false))
            .first { $0.action == .toggleWireBytes }?.keyNames
        if let blank = readable.firstIndex(of: ""), let wireKey {
            readable.insert(language.text(.bodyIndented(wireKey: wireKey)), at: blank + 1)
        }
        return (lines + readable, wire)
    }

    /// When the unsaved draft is to be written: after a pause in the typing, or after the longest wait.
    private var draftDue: Int64? {
        guard let first = draftDirtySince, let last = draftChangedAt else { return nil }
        return min(last + draftPause, first + draftLongestWait)
    }

    /// How long the next wait for a key may last, in milliseconds; -1 for no limit.
    private func waitLimit(sending: Bool) -> Int {
        var limit = sending ? tickInterval : -1
        if let due = draftDue {
            let untilDue = Int(max(0, due - MonotonicClock.milliseconds()))
            limit = limit < 0 ? untilDue : min(limit, untilDue)
        }
        return limit
    }

    private func saveDraftIfEdited() {
        draftDirtySince = nil
        draftChangedAt = nil
        guard let drafts, screen.model.hasUnsentEdits else { return }
        // A draft that cannot be written must not stop the editor: the edits are still on screen.
        try? drafts.save(
            screen.model.draft, vpnConnId: draftKey, secretKeyChanged: screen.model.secretKeyChanged)
    }
}

/// The model and the renderer that keeps its last frame (so that a key redraws only the rows it changed), side by
/// side in one value: a frame is then rendered from the model in place, where reading the model from a property of
/// the session copied it whole on every key.
private struct Screen {
    var model: FormModel
    var renderer = IncrementalFormRenderer()

    mutating func frame() -> ScreenBuffer { renderer.render(model) }
}
