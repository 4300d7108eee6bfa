import Foundation
import Synchronization
import Testing
import TunnelClient
import TunnelCore
import TunnelTesting

@Suite("TunnelWatcher")
struct TunnelWatcherTests {
    static let updating = TunnelState(status: "configuring", healthStatus: "unreachable")
    static let activeDown = TunnelState(status: "active", healthStatus: "unreachable")
    static let up = FakeTunnelService.up

    /// The events a watch reported, in order.
    final class Events: Sendable {
        private let list = Mutex<[WatchEvent]>([])
        func append(_ event: WatchEvent) { list.withLock { $0.append(event) } }
        var all: [WatchEvent] { list.withLock { $0 } }
        var lines: [String] { all.map(\.line) }
    }

    func watch(
        _ steps: [FakeTunnelService.ListStep], schedule: WatchSchedule = .standard, clock: ManualRetryClock
    ) async -> (WatchOutcome, Events, FakeTunnelService) {
        let service = FakeTunnelService(tunnel: TunnelFixtures.seedExample, listSteps: steps)
        let events = Events()
        let outcome = await TunnelWatcher(service: service, schedule: schedule, clock: clock).watch(
            vpnId: TunnelFixtures.seedExample.vpnId, vpnConnId: TunnelFixtures.seedExample.vpnConnId,
            onEvent: events.append)
        return (outcome, events, service)
    }

    @Test("reports each change with its time and ends up once active and reachable")
    func upAfterChanges() async {
        let clock = ManualRetryClock()
        let (outcome, events, service) = await watch(
            [.state(Self.updating), .state(Self.updating), .state(Self.activeDown), .state(Self.up)], clock: clock)
        #expect(outcome == .up(elapsed: .seconds(8)))
        #expect(
            events.lines == [
                "    0s  configuring / unreachable", "    6s  active / unreachable", "    8s  active / reachable",
            ])
        // 2 s, doubled to 4 while nothing changed, back to 2 after a change.
        #expect(await clock.sleeps == [.seconds(2), .seconds(4), .seconds(2)])
        #expect(service.listCalls == 4)
    }

    @Test("the pause doubles to the longest and the last poll is at the timeout")
    func timesOut() async {
        let clock = ManualRetryClock()
        let schedule = WatchSchedule(firstPause: .seconds(2), longestPause: .seconds(8), timeout: .seconds(30))
        let (outcome, events, _) = await watch([.state(Self.activeDown)], schedule: schedule, clock: clock)
        #expect(outcome == .timedOut(last: Self.activeDown, lastFailure: nil, elapsed: .seconds(30)))
        #expect(events.all == [.changed(Self.activeDown, elapsed: .zero)])
        #expect(await clock.sleeps == [.seconds(2), .seconds(4), .seconds(8), .seconds(8), .seconds(8)])
        #expect(outcome.summary == "not up after 30s (the timeout): last seen active / unreachable")
    }

    @Test("a network failure is reported and the watch goes on")
    func networkFailureIsRetried() async {
        let clock = ManualRetryClock()
        let (outcome, events, _) = await watch(
            [
                .state(Self.updating), .failure(.unreachable(reason: "connection refused", attempts: 1)),
                .failure(
                    .service(
                        BCEServiceError(httpStatus: 503, code: "ServiceUnavailable", message: "busy", requestId: nil))),
                .state(Self.up),
            ], clock: clock)
        #expect(outcome == .up(elapsed: .seconds(14)))
        #expect(
            events.lines == [
                "    0s  configuring / unreachable", "    2s  no answer: connection refused",
                "    6s  no answer: ServiceUnavailable (HTTP 503): busy", "   14s  active / reachable",
            ])
    }

    @Test("failures until the timeout end timed out with the last failure")
    func failuresUntilTimeout() async {
        let schedule = WatchSchedule(firstPause: .seconds(1), longestPause: .seconds(1), timeout: .seconds(3))
        let (outcome, _, service) = await watch(
            [.failure(.unreachable(reason: "timed out", attempts: 1))], schedule: schedule, clock: ManualRetryClock())
        #expect(outcome == .timedOut(last: nil, lastFailure: "timed out", elapsed: .seconds(3)))
        #expect(service.listCalls == 4)
    }

    @Test(
        "a refusal, an unknown VPN, a missing tunnel and a malformed answer end the watch at once",
        arguments: [
            (
                FakeTunnelService.ListStep.failure(
                    .service(BCEServiceError(httpStatus: 403, code: "AccessDenied", message: "no", requestId: nil))),
                WatchOutcome.refused(
                    BCEServiceError(httpStatus: 403, code: "AccessDenied", message: "no", requestId: nil))
            ),
            (
                .failure(
                    .service(BCEServiceError(httpStatus: 404, code: "NoSuchObject", message: "VPN", requestId: nil))),
                .notFound(
                    .service(BCEServiceError(httpStatus: 404, code: "NoSuchObject", message: "VPN", requestId: nil)),
                    wasSeen: false)
            ),
            (
                .empty,
                .notFound(
                    .notFound(vpnConnId: "vpnconn-ku4cxya6nisq", vpnId: "vpn-s1bpb19cmd8n", available: []),
                    wasSeen: false)
            ),
            (.failure(.malformedResponse("not JSON")), .failed(.malformedResponse("not JSON"))),
        ])
    func endsAtOnce(step: FakeTunnelService.ListStep, expected: WatchOutcome) async {
        let clock = ManualRetryClock()
        let (outcome, _, service) = await watch([step], clock: clock)
        #expect(outcome == expected)
        #expect(service.listCalls == 1)
        #expect(await clock.sleeps.isEmpty)
    }

    @Test("a tunnel that goes away during the watch says so")
    func goesAway() async {
        let (outcome, _, _) = await watch([.state(Self.updating), .empty], clock: ManualRetryClock())
        guard case .notFound(_, let wasSeen) = outcome else {
            Issue.record("not a missing tunnel: \(outcome)")
            return
        }
        #expect(wasSeen)
        #expect(outcome.summary.hasPrefix("the tunnel went away: VPN vpn-s1bpb19cmd8n has no tunnel"))
    }

    @Test("a task cancelled during the watch ends it as cancelled, with the last state")
    func cancelled() async {
        let service = FakeTunnelService(tunnel: TunnelFixtures.seedExample, listSteps: [.state(Self.updating)])
        let clock = ManualRetryClock()
        // The task cancels itself when the first state is reported: the pause that follows is where it must stop.
        let outcome = await Task {
            await TunnelWatcher(service: service, clock: clock).watch(
                vpnId: "vpn-s1bpb19cmd8n", vpnConnId: "vpnconn-ku4cxya6nisq",
                onEvent: { _ in withUnsafeCurrentTask { $0?.cancel() } })
        }.value
        #expect(outcome == .cancelled(last: Self.updating, elapsed: .zero))
        #expect(outcome.summary == "stopped watching after 0s, last seen configuring / unreachable")
        #expect(service.listCalls == 1)
    }

    @Test("foreign text in a state is shown escaped")
    func sanitized() {
        let state = TunnelState(status: "active\u{1b}[2J", healthStatus: "")
        #expect(WatchEvent.changed(state, elapsed: .seconds(75)).line == " 1m15s  active\\x1b[2J / -")
    }

    @Test(
        "timeouts are read as seconds, minutes or hours",
        arguments: [
            ("300", 300), ("45s", 45), ("5m", 300), ("2h", 7200), ("1m30s", 90), ("0", 0),
        ] as [(String, Int64)])
    func parsesTimeouts(text: String, seconds: Int64) {
        #expect(WatchTime.parse(text) == .seconds(seconds))
    }

    @Test("other timeouts are refused", arguments: ["", "5x", "m", "1m30", "-5", "5 m", "2d", "25h"])
    func refusesTimeouts(text: String) {
        #expect(WatchTime.parse(text) == nil)
    }

    @Test("the list answer carries each tunnel's status and health to the watch")
    func readsStates() async throws {
        let body = ClientFixtures.listBody([
            ClientFixtures.vpnConnJSON(vpnConnId: "vpnconn-a"),
            ClientFixtures.vpnConnJSON(vpnConnId: "vpnconn-b").replacingOccurrences(
                of: #""status":"active","healthStatus":"reachable","#, with: ""),
        ])
        let client = BCETunnelClient(
            endpoint: try ConnectionResolver.sendingEndpoint(url: "https://bcc.bj.baidubce.com"),
            credentials: ClientFixtures.credentials, transport: FakeTransport(status: 200, body: body),
            retryPolicy: .immediate(), clock: ManualRetryClock())
        let tunnels = try await client.listTunnels(vpnId: "vpn-119bd69b")
        #expect(
            tunnels.map(\.state) == [
                .init(status: "active", healthStatus: "reachable"), .init(status: "", healthStatus: ""),
            ])
        #expect(tunnels.map(\.state.description) == ["active / reachable", "- / -"])
        #expect(try await client.fetchTunnels(vpnId: "vpn-119bd69b").map(\.vpnConnId) == ["vpnconn-a", "vpnconn-b"])
    }
}
