import Synchronization
import TunnelCore

/// What the editor's screen shows while the tunnel is read from BCE, before the form can be drawn: what is being
/// read, from where, and for how long. Esc, Ctrl-C or Ctrl-Q cancels. A slow link must never leave a blank screen
/// that looks hung.
public enum LoadingScreen {
    /// How the wait ended.
    public enum Outcome<Value: Sendable>: Sendable {
        case loaded(Value)
        case failed(any Error)
        /// The operator cancelled (Esc, Ctrl-C, Ctrl-Q).
        case cancelled
        /// A termination signal arrived (the terminal hung up).
        case signal(Int32)
    }

    /// The elapsed time's step on screen.
    static let tick = 100

    /// Runs `work`, showing `message` and the time elapsed until it ends or is cancelled.
    public static func run<Value: Sendable>(
        on terminal: any Terminal, message: String, language: Language = .en,
        _ work: @escaping @Sendable () async throws -> Value
    ) async -> Outcome<Value> {
        let finished = Mutex<Result<Value, any Error>?>(nil)
        let task = Task {
            let result: Result<Value, any Error>
            do {
                result = .success(try await work())
            } catch {
                result = .failure(error)
            }
            finished.withLock { $0 = result }
        }
        let started = MonotonicClock.milliseconds()
        var fullRepaint = true
        while true {
            if let result = finished.withLock({ $0 }) {
                switch result {
                case .success(let value): return .loaded(value)
                case .failure(let error): return .failed(error)
                }
            }
            if let signal = terminal.pendingSignal {
                task.cancel()
                return .signal(signal)
            }
            let elapsed = MonotonicClock.milliseconds() - started
            terminal.present(
                frame(message: message, elapsedMilliseconds: elapsed, size: terminal.size, language: language),
                fullRepaint: fullRepaint)
            fullRepaint = false
            switch terminal.readEvent(timeoutMilliseconds: tick) {
            case .escape?, .ctrl("c")?, .ctrl("q")?:
                task.cancel()
                return .cancelled
            case .resize?: fullRepaint = true
            default: break
            }
            await Task.yield()
        }
    }

    /// The screen: the message and the time elapsed in the middle, the key that cancels at the bottom.
    public static func frame(
        message: String, elapsedMilliseconds: Int64, size: TerminalSize, language: Language = .en
    ) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let tenths = elapsedMilliseconds / 100
        let lines =
            TextWrap.lines(message + "...", width: max(size.columns - 4, 10)) + ["", "\(tenths / 10).\(tenths % 10) s"]
        let top = max((size.rows - lines.count) / 2, 0)
        for (offset, line) in lines.enumerated() where top + offset < size.rows - 1 {
            let column = max((size.columns - TextWidth.columns(of: line)) / 2, 0)
            buffer.write(line, row: top + offset, column: column, style: offset == 0 ? .bold : .plain)
        }
        buffer.write(language.text(.escCancel), row: size.rows - 1, column: 0)
        return buffer
    }
}
