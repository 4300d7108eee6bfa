import TunnelCore

/// Watches one tunnel until it is up: polls the VPN's tunnel list with backoff, reports each change of its
/// status and health with the time since the watch started, and ends up, timed out, cancelled, or with the error
/// that made asking again pointless.
///
/// BCE has no call that reads one tunnel: every poll lists the VPN's tunnels (`TunnelService.listTunnels`, the
/// same reader `show` and the editor use) and picks the one by id. A poll without an answer (the network, a 5xx)
/// is reported and the watch goes on until its timeout; a refusal (4xx) or a tunnel that is not there ends it.
public struct TunnelWatcher: Sendable {
    public let service: any TunnelService
    public let schedule: WatchSchedule
    /// The elapsed time and the pauses: a manual clock in tests, which never sleep.
    public let clock: any RetryClock
    /// The language of the reason a poll failed (a failing BCE's answer), as the watch's lines show it.
    public let language: Language

    public init(
        service: any TunnelService, schedule: WatchSchedule = .standard, clock: any RetryClock,
        language: Language = .en
    ) {
        self.service = service
        self.schedule = schedule
        self.clock = clock
        self.language = language
    }

    /// Watches `vpnConnId` of `vpnId`; `onEvent` is called with each change, in order, before the next poll.
    /// Returns `.cancelled` as soon as the calling task is cancelled.
    public func watch(
        vpnId: String, vpnConnId: String, onEvent: @Sendable (WatchEvent) -> Void
    ) async -> WatchOutcome {
        let start = await clock.now()
        var last: TunnelState?
        var lastFailure: String?
        var pause = schedule.firstPause
        while true {
            if Task.isCancelled { return .cancelled(last: last, elapsed: await clock.now() - start) }
            let tunnels: [ListedTunnel]
            do {
                tunnels = try await service.listTunnels(vpnId: vpnId)
            } catch {
                let elapsed = await clock.now() - start
                switch error {
                case .cancelled:
                    return .cancelled(last: last, elapsed: elapsed)
                case .unreachable(let reason, _):
                    lastFailure = reason
                case .service(let refusal) where refusal.isRetryable:
                    lastFailure = refusal.text(in: language)
                case .service(let refusal) where refusal.httpStatus == 404:
                    return .notFound(error, wasSeen: last != nil)
                case .service(let refusal):
                    return .refused(refusal)
                case .notFound, .malformedResponse:
                    return .failed(error)
                }
                onEvent(.pollFailed(reason: lastFailure ?? "", elapsed: elapsed))
                pause = schedule.longer(than: pause)
                guard await wait(pause, start: start) else {
                    return await ending(last: last, lastFailure: lastFailure, start: start)
                }
                continue
            }
            let elapsed = await clock.now() - start
            lastFailure = nil
            guard let tunnel = tunnels.first(where: { $0.draft.vpnConnId == vpnConnId }) else {
                let missing = TunnelFetchError.notFound(
                    vpnConnId: vpnConnId, vpnId: vpnId, available: tunnels.map(\.draft.vpnConnId))
                return .notFound(missing, wasSeen: last != nil)
            }
            if tunnel.state != last {
                last = tunnel.state
                onEvent(.changed(tunnel.state, elapsed: elapsed))
                pause = schedule.firstPause
            } else {
                pause = schedule.longer(than: pause)
            }
            if tunnel.state.isUp { return .up(elapsed: elapsed) }
            guard await wait(pause, start: start) else {
                return await ending(last: last, lastFailure: lastFailure, start: start)
            }
        }
    }

    /// Sleeps `pause`, cut short at the timeout so the last poll happens right at it; false when the timeout has
    /// already passed or the task was cancelled.
    private func wait(_ pause: Duration, start: Duration) async -> Bool {
        let elapsed = await clock.now() - start
        guard elapsed < schedule.timeout else { return false }
        do {
            try await clock.sleep(for: min(pause, schedule.timeout - elapsed))
        } catch {
            return false
        }
        return true
    }

    /// Timed out, or cancelled while waiting for the next poll.
    private func ending(last: TunnelState?, lastFailure: String?, start: Duration) async -> WatchOutcome {
        let elapsed = await clock.now() - start
        if Task.isCancelled { return .cancelled(last: last, elapsed: elapsed) }
        return .timedOut(last: last, lastFailure: lastFailure, elapsed: elapsed)
    }
}
