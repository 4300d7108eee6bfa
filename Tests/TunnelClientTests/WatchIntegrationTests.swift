import Foundation
import Synchronization
import Testing
import TunnelClient
import TunnelCore
import TunnelEmulator
import TunnelTesting

/// The watcher, the real client and the real emulator over loopback HTTP, on one virtual clock.
@Suite("Watching a tunnel of the emulator over loopback HTTP", .serialized)
struct WatchIntegrationTests {
    /// The watcher's clock and the emulator's at once: a pause of the watch moves the emulator's time as far, so
    /// its transition passes without anyone waiting.
    final class SharedClock: RetryClock {
        private let start = Date()
        private let elapsed = Mutex(Duration.zero)

        var date: Date {
            let components = elapsed.withLock { $0 }.components
            return start.addingTimeInterval(Double(components.seconds) + Double(components.attoseconds) / 1e18)
        }

        func now() async -> Duration { elapsed.withLock { $0 } }

        func sleep(for duration: Duration) async throws {
            try Task.checkCancellation()
            elapsed.withLock { $0 += duration }
        }
    }

    final class Events: Sendable {
        private let lines = Mutex<[String]>([])
        func append(_ event: WatchEvent) { lines.withLock { $0.append(event.line) } }
        var all: [String] { lines.withLock { $0 } }
    }

    @Test("a changed proposal passes the transition and stays unreachable until the peer is given it")
    func transitionUnreachableThenPeer() async throws {
        let clock = SharedClock()
        let server = try await EmulatorServer.start(
            EmulatorConfiguration(
                initialState: try EmulatorState.seed(), randomSeed: 7, clock: { clock.date },
                transition: TunnelTransition(duration: .seconds(3))))
        let transport = AsyncHTTPTransport(connectTimeout: .seconds(2))
        let client = BCETunnelClient(
            endpoint: try ConnectionResolver.sendingEndpoint(url: server.baseURL),
            credentials: EmulatorCredentials.demo, transport: transport, retryPolicy: WatchSchedule.pollPolicy,
            currentDate: { clock.date })
        do {
            var draft = try await client.fetchTunnel(vpnId: "vpn-s1bpb19cmd8n", vpnConnId: "vpnconn-ku4cxya6nisq")
            draft.ikeConfig.ikeEncAlg = "aes256"
            let update = try #require(TunnelValidator().validate(draft).update)
            guard case .applied = await client.submit(update, clientToken: "token-watch") else {
                Issue.record("the update was not applied")
                throw CancellationError()
            }
            let watcher = TunnelWatcher(service: client, schedule: WatchSchedule(timeout: .seconds(20)), clock: clock)
            let first = Events()
            let notUp = await watcher.watch(
                vpnId: update.vpnId, vpnConnId: update.vpnConnId, onEvent: first.append)
            #expect(first.all == ["    0s  configuring / unreachable", "    6s  active / unreachable"])
            #expect(
                notUp
                    == .timedOut(
                        last: TunnelState(status: "active", healthStatus: "unreachable"), lastFailure: nil,
                        elapsed: .seconds(20)))

            let tunnel = try #require(await server.store.tunnel(update.vpnConnId))
            _ = try await server.store.setPeer(PeerRecord(proposing: tunnel))
            let second = Events()
            let up = await watcher.watch(vpnId: update.vpnId, vpnConnId: update.vpnConnId, onEvent: second.append)
            #expect(up == .up(elapsed: .zero))
            #expect(second.all == ["    0s  active / reachable"])
        } catch {
            try? await transport.shutdown()
            await server.stop()
            throw error
        }
        try await transport.shutdown()
        await server.stop()
    }
}
