import CNcursesw
import Synchronization
import TunnelCore

#if canImport(Glibc)
    import Glibc
#endif

/// The real terminal, through ncurses: the only file of the program that talks to ncurses.
///
/// It sets the terminal up the way operators on slow SSH links expect (short escape delay, default colours, no
/// colour at all under `NO_COLOR`, bracketed paste), sends only the rows of a frame that changed and lets ncurses
/// reduce those to the characters that changed, and gives the terminal back on every way out: a normal exit,
/// SIGINT/SIGTERM/SIGHUP (reported to the program through `pendingSignal` so it can save the draft first), and a
/// crash (an `atexit` hook and a handler for the fatal signals that both call `endwin`).
public final class NcursesTerminal: Terminal {
    /// Why the terminal could not be set up.
    public enum StartError: Error, Equatable, Sendable, CustomStringConvertible {
        case notATerminal
        case noUsableTerminalType(String)
        /// The terminal type cannot move the cursor (`TERM=dumb`, an editor's inferior shell): no form can be drawn.
        case noCursorAddressing(String)

        public var description: String { text(in: .en) }

        /// Why, in `language`; the name is `$TERM`'s, not the program's text: through `Sanitizer`.
        public func text(in language: Language) -> String {
            let text: Text =
                switch self {
                case .notATerminal: .notATerminal
                case .noUsableTerminalType(let name): .unknownTerminalType(name: name)
                case .noCursorAddressing(let name): .terminalCannotMoveCursor(name: name)
                }
            return Sanitizer.visible(language.text(text))
        }
    }

    public private(set) var size: TerminalSize
    /// The terminal type in use: `$TERM`, or the fallback taken when `$TERM` is unknown.
    public let terminalType: String
    /// Whether colours are used (off under `NO_COLOR` or on a terminal without colours).
    public let usesColor: Bool
    /// Whether the locale carries UTF-8: otherwise only ASCII is typed, and other text is drawn as `?`.
    public let textIsUTF8: Bool

    private let window: UnsafeMutablePointer<WINDOW>
    private let output: UnsafeMutablePointer<FILE>
    private var decoder: KeyDecoder
    private var queued: [KeyEvent] = []
    /// Whether ncurses may hold input already read from the terminal (see `mayLeaveInputBehind`), or a resize.
    private var ncursesMayHoldInput = true
    private var lastFrame: ScreenBuffer?
    private var cursorVisible: Bool?
    private var suspended = false
    /// Without an alternate screen (vt100, the Linux console) the form would stay under the shell's prompt.
    private let clearsOnExit: Bool

    /// Sets the terminal up; call once, before anything else writes to it.
    public init() throws(StartError) {
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        // Wide characters (a Chinese description) print as garbage unless the locale is set before ncurses starts.
        textIsUTF8 = TerminalLocale.establish()
        decoder = KeyDecoder(acceptsUTF8: textIsUTF8)
        Self.installSignalHandlers()
        guard let input = fdopen(0, "r"), let output = fdopen(1, "w") else { throw .notATerminal }
        self.output = output
        let requested = getenv("TERM").map { String(cString: $0) } ?? ""
        // newterm (unlike initscr) returns NULL on an unknown type instead of exiting, so a remote host that lacks
        // the operator's terminfo entry still gets a usable screen.
        var chosen: String?
        for candidate in [requested, "xterm-256color", "vt100"] where !candidate.isEmpty {
            guard let screen = candidate.withCString({ newterm($0, output, input) }) else { continue }
            // A known type without cursor addressing would get a blank screen: say so and leave instead.
            guard Self.hasStringCapability("cup") else {
                endwin()
                delscreen(screen)
                throw .noCursorAddressing(candidate)
            }
            chosen = candidate
            break
        }
        guard let chosen, let window = shim_stdscr() else { throw .noUsableTerminalType(requested) }
        self.window = window
        terminalType = chosen
        clearsOnExit = !Self.hasStringCapability("smcup")
        SignalState.cursesActive.store(true, ordering: .sequentiallyConsistent)
        atexit { NcursesTerminal.shutdownIfActive() }
        Self.wakeOnResize()

        // ncurses waits a whole second after a lone ESC by default; 25 ms is enough on any link in practice.
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        raw()
        noecho()
        nonl()
        keypad(window, true)
        meta(window, true)
        // ncurses polls the keyboard twice per refresh to cut an update short when keys are waiting; the editor's
        // updates are a few bytes, so those two system calls per key buy nothing.
        typeahead(-1)
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        if !noColor && has_colors() {
            start_color()
            // Default colours keep the operator's background and cut colour escapes per key by about two thirds.
            use_default_colors()
            Self.initColorPairs()
            usesColor = true
        } else {
            usesColor = false
        }
        assert(shim_key_resize() == KeyCode.resize && shim_key_btab() == KeyCode.backTab, "ncurses key codes moved")
        define_key("\u{1B}[200~", KeyCode.pasteBegin)
        define_key("\u{1B}[201~", KeyCode.pasteEnd)
        size = TerminalSize(columns: Int(shim_getmaxx(window)), rows: Int(shim_getmaxy(window)))
        setBracketedPaste(true)
    }

    deinit { shutdown() }

    public var pendingSignal: Int32? {
        let value = SignalState.pending.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }

    /// Blocks in `poll` on the keyboard and the signal handlers' wake-up pipe, so an idle editor costs nothing: no
    /// periodic wake-ups, and a signal (a resize, a hang-up) still ends the wait at once, whichever thread the kernel
    /// delivered it to.
    public func readEvent(timeoutMilliseconds: Int) -> KeyEvent? {
        if !queued.isEmpty { return queued.removeFirst() }
        let deadline = timeoutMilliseconds >= 0 ? MonotonicClock.milliseconds() + Int64(timeoutMilliseconds) : nil
        var inputReady = false
        while true {
            if inputReady || ncursesMayHoldInput, let event = nextEvent(blocking: inputReady) { return event }
            if pendingSignal != nil { return nil }
            var wait: Int32 = -1
            if let deadline {
                let left = deadline - MonotonicClock.milliseconds()
                guard left > 0 else { return nil }
                wait = Int32(clamping: left)
            }
            switch Self.waitForInputOrSignal(milliseconds: wait) {
            case .input: inputReady = true
            case .signal:
                // ncurses' SIGWINCH handler flagged a resize, which its next read reports.
                ncursesMayHoldInput = true
                inputReady = false
            case .timeout: inputReady = false
            }
        }
    }

    /// The next event ncurses can read: `blocking` when `poll` said the keyboard has input (ncurses then reads at
    /// once, without a `poll` of its own), else only what it can get without waiting: a key it holds after a lone
    /// ESC, or a resize flagged by its SIGWINCH handler.
    private func nextEvent(blocking: Bool) -> KeyEvent? {
        wtimeout(window, blocking ? -1 : 0)
        while true {
            // Bytes, not ncurses' wide characters: `KeyDecoder` assembles UTF-8 and refuses what is not (see
            // `RawKey`).
            let value = wgetch(window)
            let events: [KeyEvent]
            if value == shim_err() {
                // Nothing more: a pending ESC is the Esc key (ncurses already waited ESCDELAY for its sequence).
                ncursesMayHoldInput = false
                events = decoder.timeout()
                if events.isEmpty { return nil }
            } else {
                let raw: RawKey = value > 0xFF ? .keyCode(value) : .byte(UInt8(truncatingIfNeeded: value))
                ncursesMayHoldInput = Self.mayLeaveInputBehind(raw)
                events = decoder.feed(raw)
                // Only KEY_RESIZE decodes to a resize (unless a paste swallowed it): no search of the events.
                if case .keyCode(KeyCode.resize) = raw, !events.isEmpty { refreshSize() }
            }
            if let first = events.first {
                queued.append(contentsOf: events.dropFirst())
                return first
            }
            // Inside a paste or after a lone ESC: look for more without waiting. The rest of a UTF-8 character is
            // given a moment: its bytes are sent together, but may arrive in two reads.
            wtimeout(window, decoder.isAssemblingText ? Self.characterWait : 0)
        }
    }

    /// Whether ncurses may hold bytes it read after this key: it reads a sequence's bytes until they match a key or
    /// stop matching, and then returns the first byte alone (ESC, or another control that starts a sequence) and
    /// keeps the rest. After a printable byte, a byte of a UTF-8 character past the C1 range, or a whole key
    /// sequence it holds nothing, and the next key can be waited for in `poll` at once.
    private static func mayLeaveInputBehind(_ raw: RawKey) -> Bool {
        switch raw {
        case .keyCode: false
        case .byte(let value): !((0x20..<0x7F).contains(value) || value >= 0xA0)
        }
    }

    /// How long the rest of a UTF-8 character is waited for, in milliseconds, before its bytes are refused.
    private static let characterWait: Int32 = 50

    private enum Wake { case input, signal, timeout }

    /// Waits until the keyboard has input, a handled signal arrives, or `milliseconds` pass (negative: no limit).
    private static func waitForInputOrSignal(milliseconds: Int32) -> Wake {
        var fds = [
            pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
            pollfd(fd: SignalState.wakeReader.load(ordering: .relaxed), events: Int16(POLLIN), revents: 0),
        ]
        guard poll(&fds, nfds_t(fds.count), milliseconds) > 0 else { return .timeout }
        if fds[1].revents != 0 {
            var drained = [UInt8](repeating: 0, count: 64)
            while read(fds[1].fd, &drained, drained.count) > 0 {}
            return .signal
        }
        return .input
    }

    public func present(_ frame: ScreenBuffer, fullRepaint: Bool) {
        guard !suspended else { return }
        if fullRepaint {
            clearok(window, true)
            lastFrame = nil
        }
        let rowLimit = min(frame.size.rows, size.rows)
        if let lastFrame, lastFrame.size == frame.size {
            for row in 0..<rowLimit where frame.mayDiffer(row: row, from: lastFrame) {
                // Only the changed columns: ncurses then compares and queues a few cells instead of a whole row.
                guard let columns = frame.changedColumns(row: row, since: lastFrame) else { continue }
                draw(frame.rows[row], row: row, columns: columns)
            }
        } else {
            for row in 0..<rowLimit { draw(frame.rows[row], row: row, columns: 0..<frame.rows[row].count) }
        }
        if let cursor = frame.cursor, cursor.row < size.rows, cursor.column < size.columns {
            setCursorVisible(true)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            setCursorVisible(false)
        }
        wnoutrefresh(window)
        doupdate()
        lastFrame = frame
    }

    public func bell() { beep() }

    public func suspend() {
        guard !suspended else { return }
        suspended = true
        setBracketedPaste(false)
        endwin()
    }

    public func restore() {
        guard suspended else { return }
        suspended = false
        setBracketedPaste(true)
        lastFrame = nil
        wrefresh(window)
    }

    public func stopUntilContinued() {
        suspend()
        // The default action of SIGTSTP stops the program, as a shell's job control expects; ncurses' own handler
        // is put back once the shell continues it. (Under raw mode Ctrl-Z reaches the editor as a key, so the
        // terminal never sends the signal itself.) The signal goes to this thread with SIGTSTP unblocked: the
        // concurrency pool's threads, this one among them, block it, and a signal to the whole process was
        // seen to be left pending.
        var stop = sigaction()
        var previous = sigaction()
        stop.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&stop.sa_mask)
        sigaction(SIGTSTP, &stop, &previous)
        var stopSignal = sigset_t()
        var previousMask = sigset_t()
        sigemptyset(&stopSignal)
        sigaddset(&stopSignal, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &stopSignal, &previousMask)
        pthread_kill(pthread_self(), SIGTSTP)
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        sigaction(SIGTSTP, &previous, nil)
        restore()
        refreshSize()
    }

    /// Gives the terminal back for good (also done on exit and on a crash).
    public func shutdown() {
        if clearsOnExit && !suspended {
            werase(window)
            wrefresh(window)
        }
        suspend()
        SignalState.cursesActive.store(false, ordering: .sequentiallyConsistent)
    }

    // MARK: - Drawing

    /// Writes columns of a row as runs of equally styled cells; ncurses then sends only the cells that differ on
    /// screen.
    private func draw(_ cells: [Cell], row: Int, columns: Range<Int>) {
        let columns = columns.clamped(to: 0..<min(cells.count, size.columns))
        guard !columns.isEmpty else { return }
        wmove(window, Int32(row), Int32(columns.lowerBound))
        var run: [wchar_t] = []
        var runStyle = cells[columns.lowerBound].style
        func flush() {
            guard !run.isEmpty else { return }
            apply(runStyle)
            run.withUnsafeBufferPointer { _ = waddnwstr(window, $0.baseAddress, Int32($0.count)) }
            run.removeAll(keepingCapacity: true)
        }
        for cell in cells[columns] where cell.width > 0 {
            if cell.style != runStyle {
                flush()
                runStyle = cell.style
            }
            if textIsUTF8 {
                cell.forEachScalar { run.append(wchar_t(bitPattern: $0)) }
            } else {
                // The locale cannot draw other text: a `?` per column keeps the row's columns where they were.
                var ascii = true
                cell.forEachScalar { if $0 >= 0x80 { ascii = false } }
                if ascii {
                    cell.forEachScalar { run.append(wchar_t(bitPattern: $0)) }
                } else {
                    run.append(contentsOf: repeatElement(wchar_t(UInt8(ascii: "?")), count: Int(cell.width)))
                }
            }
        }
        flush()
        wattr_set(window, shim_a_normal(), 0, nil)
    }

    private func apply(_ style: CellStyle) {
        var attributes = shim_a_normal()
        if style.attributes.contains(.bold) { attributes |= shim_a_bold() }
        if style.attributes.contains(.reverse) { attributes |= shim_a_reverse() }
        if style.attributes.contains(.underline) { attributes |= shim_a_underline() }
        if style.attributes.contains(.dim) { attributes |= shim_a_dim() }
        let pair: Int16 = usesColor && style.color != .normal ? Int16(style.color.rawValue) : 0
        wattr_set(window, attributes, pair, nil)
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        cursorVisible = visible
        curs_set(visible ? 1 : 0)
    }

    /// Whether the terminal type in use has a string capability (`cup`, `smcup`): `tigetstr` answers NULL when it
    /// is absent and -1 when the name is not a string capability.
    private static func hasStringCapability(_ name: String) -> Bool {
        guard let value = name.withCString({ tigetstr($0) }) else { return false }
        return Int(bitPattern: value) != -1
    }

    private func refreshSize() {
        size = TerminalSize(columns: Int(shim_getmaxx(window)), rows: Int(shim_getmaxy(window)))
        lastFrame = nil
    }

    /// Bracketed paste makes the terminal wrap pasted text in ESC[200~ … ESC[201~, so pasted text never acts as keys.
    private func setBracketedPaste(_ on: Bool) {
        fputs(on ? "\u{1B}[?2004h" : "\u{1B}[?2004l", output)
        fflush(output)
    }

    private static func initColorPairs() {
        let colors: [(CellStyle.ColorRole, Int32)] = [
            (.title, COLOR_CYAN), (.error, COLOR_RED), (.warning, COLOR_YELLOW), (.accent, COLOR_BLUE),
            (.success, COLOR_GREEN),
        ]
        for (role, color) in colors { init_pair(Int16(role.rawValue), Int16(color), -1) }
    }

    // MARK: - Signals and the crash path

    /// The only state signal handlers touch: atomics, safe to use from a handler.
    private enum SignalState {
        static let pending = Atomic<Int32>(0)
        static let cursesActive = Atomic<Bool>(false)
        /// The self-pipe: a handler writes a byte, `readEvent`'s `poll` wakes (a signal may land on any thread, so
        /// an interrupted `poll` alone would miss most of them).
        static let wakeReader = Atomic<Int32>(-1)
        static let wakeWriter = Atomic<Int32>(-1)
        /// ncurses' own SIGWINCH handler, which flags the resize that `wget_wch` then reports as KEY_RESIZE.
        nonisolated(unsafe) static var ncursesResizeHandler: (@convention(c) (Int32) -> Void)?

        /// Async-signal-safe: one `write` to a non-blocking pipe (a full pipe already holds a wake-up).
        static func wake() {
            var byte: UInt8 = 1
            _ = write(wakeWriter.load(ordering: .relaxed), &byte, 1)
        }
    }

    /// Installed before `newterm`, which then leaves its own SIGINT/SIGTERM handlers out.
    private static func installSignalHandlers() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
            SignalState.wakeReader.store(ends[0], ordering: .relaxed)
            SignalState.wakeWriter.store(ends[1], ordering: .relaxed)
        }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                SignalState.pending.store(number, ordering: .relaxed)
                SignalState.wake()
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signalNumber, &action, nil)
        }
        for signalNumber in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                // Not async-signal-safe, but the process is dying: a restored terminal is worth the risk.
                NcursesTerminal.shutdownIfActive()
                signal(number, SIG_DFL)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // the handler restores the default itself before re-raising
            sigaction(signalNumber, &action, nil)
        }
    }

    /// Wraps the SIGWINCH handler `newterm` installed so that a resize also wakes `readEvent`.
    private static func wakeOnResize() {
        var installed = sigaction()
        sigaction(SIGWINCH, nil, &installed)
        let handler = installed.__sigaction_handler.sa_handler
        // SIG_DFL and SIG_IGN are the addresses 0 and 1: only a real function is called on.
        if let handler, UInt(bitPattern: unsafeBitCast(handler, to: Int.self)) > 1 {
            SignalState.ncursesResizeHandler = handler
        }
        var action = installed
        action.__sigaction_handler.sa_handler = { number in
            SignalState.ncursesResizeHandler?(number)
            SignalState.wake()
        }
        sigaction(SIGWINCH, &action, nil)
    }

    /// Restores the terminal if ncurses still holds it (the exit and crash paths).
    static func shutdownIfActive() {
        guard SignalState.cursesActive.exchange(false, ordering: .sequentiallyConsistent) else { return }
        if isendwin() == false {
            let off = "\u{1B}[?2004l"
            _ = write(1, off, off.utf8.count)
            endwin()
        }
    }
}
