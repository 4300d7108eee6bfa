import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TunnelCore
import TunnelEmulator

@Suite("State file and live server")
struct PersistenceAndServerTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("emulator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("An update saved to --state is there after a restart, and its clientToken still replays")
    func stateSurvivesRestart() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stateFile = folder.appendingPathComponent("state.json").path
        let update = try EmulatorFixture.sign(
            "PUT", "/v1/vpn/vpnconn/\(EmulatorFixture.vpnConnId)",
            query: [QueryParameter("clientToken", "token-s")],
            body: EmulatorFixture.updateBody(vpnConnName: "persisted"))

        let first = try EmulatorFixture.emulator(stateFile: stateFile)
        let original = try await first.makeApplication().test(.router) { client in
            try await client.send(update, .put)
        }
        #expect(original.status == .ok)

        let restarted = try EmulatorFixture.emulator(stateFile: stateFile)
        #expect(await restarted.store.tunnel(EmulatorFixture.vpnConnId)?.vpnConnName == "persisted")
        let replay = try await restarted.makeApplication().test(.router) { client in
            try await client.send(update, .put)
        }
        #expect(replay.requestId == original.requestId)
        // Only the state file is left: the temporary file of each write was renamed over it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["state.json"])
    }

    @Test("A live server on an ephemeral port answers a signed request over HTTP")
    func liveServer() async throws {
        let emulator = try EmulatorFixture.emulator()
        let request = try EmulatorFixture.sign(
            "GET", "/v1/vpn/vpnconn/\(EmulatorFixture.vpnId)", hostAsField: false)
        try await emulator.makeApplication().test(.live) { client in
            let response = try await client.send(request, .get)
            #expect(response.status == .ok)
            #expect((response.json?["vpnConns"] as? [Any])?.count == 2)
        }
    }

    @Test("EmulatorServer.start returns once listening; a dropped answer still leaves the update applied")
    func serverStartsAndDrops() async throws {
        let server = try await EmulatorServer.start(
            try EmulatorFixture.configuration(faults: FaultConfiguration(dropRate: 1)))
        #expect(server.port > 0)
        #expect(server.baseURL == "http://127.0.0.1:\(server.port)")
        let request = try EmulatorFixture.sign(
            "PUT", "/v1/vpn/vpnconn/\(EmulatorFixture.vpnConnId)", query: [QueryParameter("clientToken", "token-d")],
            body: EmulatorFixture.updateBody(vpnConnName: "dropped"), hostAsField: false)
        let client = TestClient(host: "localhost", port: server.port, configuration: .init(timeout: .seconds(5)))
        client.connect()
        await #expect(throws: (any Error).self) {
            try await client.execute(
                TestClient.Request(
                    request.uri, method: .put, authority: "localhost", headers: request.headers, body: request.body))
        }
        try? await client.shutdown()
        await server.stop()
        let recorded = await server.store.recordedRequests()
        #expect(recorded.map(\.dropped) == [true])
        #expect(recorded.first?.status == 200)
        // The answer was lost, not the change: a retry with token-d would be answered from the token record.
        #expect(await server.store.tunnel(EmulatorFixture.vpnConnId)?.vpnConnName == "dropped")
        #expect(await server.store.snapshot().clientTokens.map(\.clientToken) == ["token-d"])
    }

    @Test("--latency delays the answer by at least that long")
    func latency() async throws {
        let app = try EmulatorFixture.emulator(faults: FaultConfiguration(latencyMilliseconds: 40)).makeApplication()
        let request = try EmulatorFixture.sign("GET", "/v1/vpn")
        let elapsed = try await ContinuousClock().measure {
            try await app.test(.router) { client in
                let response = try await client.send(request, .get)
                #expect(response.status == .ok)
            }
        }
        #expect(elapsed >= .milliseconds(40))
    }

    @Test("A state file that cannot be written stops the emulator from starting, naming the file")
    func unwritableStateFile() throws {
        let path = "/nonexistent-\(UUID().uuidString)/state.json"
        #expect {
            _ = try EmulatorFixture.emulator(stateFile: path)
        } throws: { error in
            (error as? EmulatorStateError)?.localizedDescription.hasPrefix(path) == true
        }
    }

    @Test("A seed file that is not there is named, with the reason")
    func missingSeedFile() {
        let path = "/nonexistent-\(UUID().uuidString)/seed.json"
        #expect(throws: EmulatorStateError.unreadable(path: path, reason: .noSuchFile)) {
            _ = try EmulatorState.read(path: path)
        }
    }

    @Test("The fault plan repeats for a seed and keeps to its rates")
    func faultPlanIsSeeded() {
        func draws(_ configuration: FaultConfiguration, seed: UInt64) -> [FaultDecision] {
            var plan = FaultPlan(configuration: configuration, random: SeededRandom(seed: seed))
            return (0..<200).map { _ in plan.next(isUpdate: false) }
        }
        let half = FaultConfiguration(failRate: 0.5, dropRate: 0.25)
        #expect(draws(half, seed: 7) == draws(half, seed: 7))
        #expect(draws(half, seed: 7) != draws(half, seed: 8))
        let failures = draws(half, seed: 7).filter(\.fails).count
        #expect((60...140).contains(failures))
        #expect(draws(.none, seed: 7).allSatisfy { !$0.fails && !$0.drops })
        #expect(draws(FaultConfiguration(failRate: 1, dropRate: 1), seed: 7).allSatisfy { $0.fails && $0.drops })
    }
}
