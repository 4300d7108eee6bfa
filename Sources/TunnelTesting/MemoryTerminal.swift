import TunnelTUI

/// A terminal in memory for screen tests: scripted input, the presented frames kept as text.
///
/// It diffs frames like the real terminal does, so tests can check that a key rewrites only the rows it changed.
public final class MemoryTerminal: Terminal {
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
        input.isEmpty ? nil : input.removeFirst()
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
