/// A terminal's size in character cells.
public struct TerminalSize: Sendable, Hashable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// `80x24`.
    public var description: String { "\(columns)x\(rows)" }
}

/// What the editor needs from a terminal; `NcursesTerminal` is the real one, `MemoryTerminal` the one tests use.
public protocol Terminal: AnyObject {
    /// The current size; changes after a `.resize` event.
    var size: TerminalSize { get }
    /// Waits up to `timeoutMilliseconds` (negative: forever) for the next input event; nil on timeout.
    func readEvent(timeoutMilliseconds: Int) -> KeyEvent?
    /// Shows a frame; sends only rows that changed since the last frame unless `fullRepaint` is asked for.
    func present(_ frame: ScreenBuffer, fullRepaint: Bool)
    /// Rings the bell (a refused key).
    func bell()
    /// Gives the terminal back to the shell (before exiting or running another program).
    func suspend()
    /// Takes the terminal again after `suspend`.
    func restore()
    /// Stops the program as Ctrl-Z does in a shell: gives the terminal back first, and takes it again when the shell
    /// continues the program (`fg`).
    func stopUntilContinued()
    /// A termination signal (SIGHUP, SIGTERM, SIGINT) received since the program started, if any.
    var pendingSignal: Int32? { get }
}
