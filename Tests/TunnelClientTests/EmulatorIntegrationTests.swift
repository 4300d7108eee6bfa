import Foundation
import Testing
import TunnelClient
import TunnelCore
import TunnelEmulator

/// The real client and the real emulator, over HTTP on loopback: what an operator's `submit` goes through.
@Suite("Client and emulator over loopback HTTP", .serialized)
struct EmulatorIntegrationTests {
    static let vpnId = "vpn-s1bpb19cmd8n"
    static let vpnConnId = "vpnconn-ku4cxya6nisq"

    /// Starts an emulator, hands a client for it to `body`, and stops both whatever happens.
    static func withEmulator(
        faults: FaultConfiguration = .none, credentials: BCECredentials = EmulatorCredentials.demo,
        _ body: (EmulatorServer, BCETunnelClient) async throws -> Void
    ) async throws {
        let server = try await EmulatorServer.start(
            EmulatorConfiguration(faults: faults, initialState: try EmulatorState.seed(), randomSeed: 7))
        let transport = AsyncHTTPTransport(connectTimeout: .seconds(2))
        let client = BCETunnelClient(
            endpoint: try ConnectionResolver.sendingEndpoint(url: server.baseURL), credentials: credentials,
            transport: transport,
            retryPolicy: .immediate(maximumAttempts: 4))
        do {
            try await body(server, client)
        } catch {
            try? await transport.shutdown()
            await server.stop()
            throw error
        }
        try await transport.shutdown()
        await server.stop()
    }

    /// The seed tunnel read back from the emulator, with stronger encryption.
    static func editedUpdate(_ client: BCETunnelClient) async throws -> TunnelUpdate {
        var draft = try await client.fetchTunnel(vpnId: vpnId, vpnConnId: vpnConnId)
        draft.ikeConfig.ikeEncAlg = "aes256"
        draft.ipsecConfig.ipsecLifetime = "3600"
        return try #require(TunnelValidator().validate(draft).update)
    }

    @Test("A successful update is applied and read back")
    func successfulUpdate() async throws {
        try await Self.withEmulator { server, client in
            let update = try await Self.editedUpdate(client)
            let outcome = await client.submit(update, clientToken: "token-success")
            guard case .applied(let requestId, let attempts) = outcome else {
                Issue.record("expected applied, got \(outcome)")
                return
            }
            #expect(requestId?.isEmpty == false)
            #expect(attempts == 1)
            let stored = try #require(await server.store.tunnel(Self.vpnConnId))
            #expect(stored.ikeConfig.ikeEncAlg == "aes256")
            #expect(stored.ipsecConfig.ipsecLifetime == "3600s")
            let reread = try await client.fetchTunnel(vpnId: Self.vpnId, vpnConnId: Self.vpnConnId)
            #expect(reread.ikeConfig.ikeEncAlg == "aes256")
            #expect(reread.ipsecConfig.ipsecLifetime == "3600")
        }
    }

    @Test("A wrong secret access key is refused with SignatureDoesNotMatch and changes nothing")
    func wrongSecretKey() async throws {
        let update = try #require(TunnelValidator().validate(Self.seedDraftEdited()).update)
        let wrong = BCECredentials(accessKeyId: EmulatorCredentials.demo.accessKeyId, secretAccessKey: "not-it")
        try await Self.withEmulator(credentials: wrong) { server, client in
            let before = try #require(await server.store.tunnel(Self.vpnConnId))
            let outcome = await client.submit(update, clientToken: "token-wrong-key")
            guard case .rejected(let error, let attempts) = outcome else {
                Issue.record("expected rejected, got \(outcome)")
                return
            }
            #expect(error.code == "SignatureDoesNotMatch")
            #expect(error.httpStatus == 403)
            #expect(error.message.contains("signature"))
            #expect(error.requestId?.isEmpty == false)
            #expect(attempts == 1)
            #expect(await server.store.tunnel(Self.vpnConnId) == before)
        }
    }

    @Test("--fail-first 2: the third attempt succeeds, all three carry one clientToken, the tunnel changes once")
    func failFirstTwo() async throws {
        try await Self.withEmulator(faults: FaultConfiguration(failFirst: 2)) { server, client in
            let update = try await Self.editedUpdate(client)
            let outcome = await client.submit(update, clientToken: "token-retried")
            guard case .applied(_, let attempts) = outcome else {
                Issue.record("expected applied, got \(outcome)")
                return
            }
            #expect(attempts == 3)
            let updates = await server.store.recordedRequests().filter { $0.method == "PUT" }
            #expect(updates.map(\.clientToken) == Array(repeating: "token-retried", count: 3))
            #expect(updates.map(\.status) == [500, 500, 200])
            #expect(updates.filter { $0.status == 200 }.count == 1)
            #expect(await server.store.tunnel(Self.vpnConnId)?.ikeConfig.ikeEncAlg == "aes256")
            // Sending the same token and body again is answered without applying a second time.
            let again = await client.submit(update, clientToken: "token-retried")
            #expect(again.attempts == 1)
            if case .applied = again {} else { Issue.record("the replay was not answered as applied: \(again)") }
        }
    }

    @Test("A 400 carries BCE's code, message and request id, and names the field")
    func badRequest() async throws {
        try await Self.withEmulator { _, client in
            var update = try await Self.editedUpdate(client)
            update.vpnId = "vpn-otherone1"
            let outcome = await client.submit(update, clientToken: "token-bad")
            guard case .rejected(let error, let attempts) = outcome else {
                Issue.record("expected rejected, got \(outcome)")
                return
            }
            #expect(error.httpStatus == 400)
            #expect(!error.code.isEmpty)
            #expect(error.message.contains("vpnId"))
            #expect(error.requestId?.isEmpty == false)
            #expect(error.field == FieldPath(.vpnId))
            #expect(attempts == 1)
        }
    }

    @Test("An unreachable port ends as unreachable within the bounded time")
    func unreachablePort() async throws {
        let port = try await Self.closedPort()
        let transport = AsyncHTTPTransport(connectTimeout: .seconds(2))
        let client = BCETunnelClient(
            endpoint: try ConnectionResolver.sendingEndpoint(url: "http://127.0.0.1:\(port)"),
            credentials: EmulatorCredentials.demo,
            transport: transport, retryPolicy: .immediate(maximumAttempts: 3))
        let update = try #require(TunnelValidator().validate(Self.seedDraftEdited()).update)
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = await client.submit(update, clientToken: "token-unreachable")
        let elapsed = clock.now - start
        try await transport.shutdown()
        guard case .unreachable(_, let attempts) = outcome else {
            Issue.record("expected unreachable, got \(outcome)")
            return
        }
        #expect(attempts == 3)
        #expect(elapsed < .seconds(10))
    }

    static func seedDraftEdited() throws -> TunnelDraft {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var draft = try TunnelFile.read(path: root.appendingPathComponent("assets/examples/seed-example.json").path)
        draft.ikeConfig.ikeEncAlg = "aes256"
        return draft
    }

    /// A loopback port nothing listens on: one an emulator had, after it stopped.
    static func closedPort() async throws -> Int {
        let server = try await EmulatorServer.start(EmulatorConfiguration(initialState: try EmulatorState.seed()))
        let port = server.port
        await server.stop()
        return port
    }
}
