import TunnelTUI

/// A terminal in memory for screen tests: scripted input, the presented frames kept as text.
///
/// It diffs frames like the real terminal does, so tests can check that a key rewrites only the rows it changed.
///
/// When the queued input is used up and the program waits for a key with no time limit (nothing in flight, nothing
/// due), the terminal hangs up, as a closed one would: `pendingSignal` becomes `hangUpSignal` and the editor's loop
/// returns. A test can so run the real loop up to the point where it would wait for the operator. A program that
/// keeps asking with a time limit, input used up, is hung up after `pollLimit` such reads (`gaveUpSignal`), so a
/// request that never finishes fails its test instead of hanging it.
public final class MemoryTerminal: Terminal {
    /// SIGHUP: the input was used up and the program waited for a key with nothing left to do.
    public static let hangUpSignal: Int32 = 1
    /// SIGALRM: the input was used up and the program kept polling (a request that never finished).
    public static let gaveUpSignal: Int32 = 14
    /// How many reads with a time limit, input used up, before `gaveUpSignal`.
    public static let pollLimit = 10_000
    public private(set) var size: TerminalSize
    /// The frame on screen now.
    public private(set) var screen: ScreenBuffer?
    /// The rows each `present` sent (all of them for a full repaint or a new size).
    public private(set) var presentedRows: [[Int]] = []
    public private(set) var fullRepaints = 0
    public private(set) var bells = 0
    public private(set) var isSuspended = false
    public var pendingSignal: Int32?
    private var input: [KeyEvent] = []
    /// Reads with a time limit since the input was used up.
    private var pollsWithoutInput = 0

    public init(size: TerminalSize = TerminalSize(columns: 80, rows: 24)) {
        self.size = size
    }

    /// The screen as text, one line per row, trailing spaces removed.
    public var text: String { screen?.text ?? "" }

    /// Lines of the screen.
    public var lines: [String] { text.components(separatedBy: "\n") }

    /// Queues events for `readEvent`.
    public func enqueue(_ events: KeyEvent...) { input += events }
    public func enqueue(_ events: [KeyEvent]) { input += events }

    /// Queues a string as typed characters.
    public func enqueue(typing text: String) { input += text.map { KeyEvent.char($0) } }

    /// Changes the size, as a window resize does, and queues the `.resize` event ncurses would deliver.
    public func resize(to newSize: TerminalSize) {
        size = newSize
        input.append(.resize)
    }

    public func readEvent(timeoutMilliseconds: Int) -> KeyEvent? {
        if !input.isEmpty {
            pollsWithoutInput = 0
            return input.removeFirst()
        }
        if timeoutMilliseconds < 0 {
            pendingSignal = Self.hangUpSignal
        } else {
            pollsWithoutInput += 1
            if pollsWithoutInput >= Self.pollLimit { pendingSignal = Self.gaveUpSignal }
        }
        return nil
    }

    public func present(_ frame: ScreenBuffer, fullRepaint: Bool) {
        if fullRepaint { fullRepaints += 1 }
        presentedRows.append(fullRepaint ? Array(0..<frame.size.rows) : frame.changedRows(since: screen))
        screen = frame
    }

    public func bell() { bells += 1 }
    public func suspend() { isSuspended = true }
    public func restore() { isSuspended = false }

    /// How often the program was stopped (Ctrl-Z); a memory terminal continues at once.
    public private(set) var stops = 0

    public func stopUntilContinued() { stops += 1 }
}
