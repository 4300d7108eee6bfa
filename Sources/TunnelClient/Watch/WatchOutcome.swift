import TunnelCore

/// How a watch ended.
public enum WatchOutcome: Sendable, Equatable {
    /// The tunnel is active and reachable.
    case up(elapsed: Duration)
    /// The timeout passed first; the last state read (nil when none was), and why the last poll failed if it did.
    case timedOut(last: TunnelState?, lastFailure: String?, elapsed: Duration)
    /// Stopped by the operator (Esc, Ctrl-C).
    case cancelled(last: TunnelState?, elapsed: Duration)
    /// The VPN has no such tunnel (`TunnelFetchError.notFound`; `wasSeen`: it had, and it went away during the
    /// watch), or BCE does not know the VPN (its 404 answer as `.service`).
    case notFound(TunnelFetchError, wasSeen: Bool)
    /// BCE refused the list call (credentials, permission): asking again cannot help.
    case refused(BCEServiceError)
    /// The answer was not a tunnel list.
    case failed(TunnelFetchError)

    /// One line saying how it ended: `up after 12s: active / reachable`.
    public var summary: String { summary(in: .en) }

    /// The summary in `language` (the editor's, the command line's), the reasons too; BCE's values and its own
    /// messages stay as they are.
    public func summary(in language: Language) -> String {
        switch self {
        case .up(let elapsed):
            return language.text(.watchUp(elapsed: WatchTime.text(elapsed)))
        case .timedOut(let last, let failure, let elapsed):
            return language.text(
                .watchTimedOut(
                    elapsed: WatchTime.text(elapsed), lastSeen: last?.description,
                    lastFailure: failure.map { Sanitizer.visible($0) }))
        case .cancelled(let last, let elapsed):
            return language.text(.watchStopped(elapsed: WatchTime.text(elapsed), lastSeen: last?.description))
        case .notFound(let error, let wasSeen):
            return wasSeen
                ? language.text(.watchTunnelWentAway(reason: error.text(in: language))) : error.text(in: language)
        case .refused(let error):
            return language.text(.watchRefused(reason: error.text(in: language)))
        case .failed(let error):
            return error.text(in: language)
        }
    }

    public var isUp: Bool {
        if case .up = self { return true }
        return false
    }
}

extension WatchOutcome {
    /// How a command's watch ends: 0 up, 1 not up before the timeout (69 when the last poll got no answer), 130
    /// stopped, and the statuses of a tunnel list that cannot be read.
    public var exitStatus: Int32 {
        switch self {
        case .up: 0
        // The last poll unanswered: whatever the tunnel does, BCE could not be asked.
        case .timedOut(_, let failure, _): failure != nil ? ExitStatus.unavailable : ExitStatus.failure
        case .cancelled: ExitStatus.interrupted
        case .notFound: ExitStatus.dataError
        case .refused: ExitStatus.noPermission
        case .failed: ExitStatus.protocolError
        }
    }
}
