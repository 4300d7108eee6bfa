import TunnelCore

/// What a watch saw, as it sees it.
public enum WatchEvent: Sendable, Hashable {
    /// The first state read, and every change since.
    case changed(TunnelState, elapsed: Duration)
    /// A poll got no usable answer (the network, a 5xx); the watch goes on until its timeout.
    case pollFailed(reason: String, elapsed: Duration)

    public var elapsed: Duration {
        switch self {
        case .changed(_, let elapsed), .pollFailed(_, let elapsed): elapsed
        }
    }

    /// `   12s  configuring / unreachable`: the line the command line prints.
    public var line: String { line(in: .en) }

    /// The line in the editor's language: a change is the time and BCE's own values, the same in every language.
    public func line(in language: Language) -> String {
        let time = WatchTime.text(elapsed).leftPadded(to: 6)
        switch self {
        case .changed(let state, _): return "\(time)  \(state.description)"
        case .pollFailed(let reason, _):
            return language.text(.watchNoAnswer(time: time, reason: Sanitizer.visible(reason)))
        }
    }
}

extension String {
    /// The string with spaces before it up to `width` characters (time columns are ASCII).
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
