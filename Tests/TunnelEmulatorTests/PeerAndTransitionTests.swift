import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
import TunnelCore
import TunnelEmulator

@Suite("Tunnel status after an update, and the simulated peer")
struct PeerAndTransitionTests {
    /// The emulator's clock, moved by the test: no test waits for a transition to pass.
    final class TestClock: Sendable {
        private let current = Mutex(EmulatorFixture.now)
        var now: Date { current.withLock { $0 } }
        func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }
    }

    static func emulator(clock: TestClock, transition: TunnelTransition = .standard) throws -> TunnelEmulator {
        var configuration = try EmulatorFixture.configuration()
        configuration.clock = { clock.now }
        configuration.transition = transition
        return try TunnelEmulator(configuration: configuration)
    }

    static let listPath = "/v1/vpn/vpnconn/\(EmulatorFixture.vpnId)"
    static let peerPath = TunnelEmulator.peerPath + EmulatorFixture.vpnConnId

    /// `status / healthStatus` of each tunnel of the seed's first VPN, as the list call answers (signed at the
    /// clock's time, as a client would).
    static func states(_ client: some TestClientProtocol, clock: TestClock) async throws -> [String: String] {
        let list = try EmulatorFixture.sign("GET", listPath, date: clock.now)
        let response = try await client.send(list, .get)
        #expect(response.status == .ok)
        let answer = try JSONDecoder().decode(VpnConnListAnswer.self, from: Data(response.body.readableBytesView))
        return Dictionary(
            uniqueKeysWithValues: answer.vpnConns.map { ($0.vpnConnId, "\($0.status) / \($0.healthStatus)") })
    }

    static func update(_ body: String, token: String, clock: TestClock) throws -> EmulatorFixture.Signed {
        try EmulatorFixture.sign(
            "PUT", "/v1/vpn/vpnconn/\(EmulatorFixture.vpnConnId)", query: [QueryParameter("clientToken", token)],
            body: body, date: clock.now)
    }

    /// An update of the seed's tunnel that proposes AES-256 in phase 1, which its peer does not.
    static let aes256Body = EmulatorFixture.updateBody().replacingOccurrences(
        of: #""ikeEncAlg":"aes""#, with: #""ikeEncAlg":"aes256""#)

    static let aes256Peer = """
        {"ikeConfig":{"ikeVersion":"v1","ikeMode":"main","ikeEncAlg":"aes256","ikeAuthAlg":"sha1","ikePfs":"group2",\
        "ikeLifeTime":200},"ipsecConfig":{"ipsecEncAlg":"aes","ipsecAuthAlg":"sha1","ipsecPfs":"group2"}}
        """

    @Test("The seed's tunnels are reachable where their peers agree, and the partner's is not")
    func seedPeers() async throws {
        let clock = TestClock()
        let emulator = try Self.emulator(clock: clock)
        try await emulator.makeApplication().test(.router) { client in
            let states = try await Self.states(client, clock: clock)
            #expect(
                states == [
                    "vpnconn-ku4cxya6nisq": "active / reachable", "vpnconn-p3x8d2nq7w1z": "active / reachable",
                ])
        }
        #expect(await emulator.store.listedTunnel("vpnconn-m6t4r9bc2ehv")?.healthStatus == "unreachable")
    }

    @Test("An update shows the transition's status for its time, then active: reachable when the peer agrees")
    func transitionThenReachable() async throws {
        let clock = TestClock()
        let emulator = try Self.emulator(
            clock: clock, transition: TunnelTransition(status: "updating", duration: .seconds(3)))
        try await emulator.makeApplication().test(.router) { client in
            let renamed = try Self.update(
                EmulatorFixture.updateBody(vpnConnName: "renamed"), token: "t-1", clock: clock)
            #expect(try await client.send(renamed, .put).status == .ok)
            #expect(try await Self.states(client, clock: clock)[EmulatorFixture.vpnConnId] == "updating / unreachable")
            clock.advance(by: 2.9)
            #expect(try await Self.states(client, clock: clock)[EmulatorFixture.vpnConnId] == "updating / unreachable")
            clock.advance(by: 0.1)
            #expect(try await Self.states(client, clock: clock)[EmulatorFixture.vpnConnId] == "active / reachable")
            // The other tunnel of the VPN was not touched.
            #expect(try await Self.states(client, clock: clock)["vpnconn-p3x8d2nq7w1z"] == "active / reachable")
        }
    }

    @Test("A replayed update (same clientToken) does not start the transition again")
    func replayKeepsTransition() async throws {
        let clock = TestClock()
        let emulator = try Self.emulator(clock: clock)
        try await emulator.makeApplication().test(.router) { client in
            let first = try await client.send(
                try Self.update(EmulatorFixture.updateBody(), token: "t-2", clock: clock), .put)
            #expect(first.status == .ok)
            clock.advance(by: 3)
            let replay = try await client.send(
                try Self.update(EmulatorFixture.updateBody(), token: "t-2", clock: clock), .put)
            #expect(replay.status == .ok)
            #expect(try await Self.states(client, clock: clock)[EmulatorFixture.vpnConnId] == "active / reachable")
        }
    }

    @Test("A proposal the peer does not share is unreachable until the peer is given it")
    func peerFollowsProposal() async throws {
        let clock = TestClock()
        let emulator = try Self.emulator(clock: clock, transition: TunnelTransition(duration: .zero))
        try await emulator.makeApplication().test(.router) { client in
            #expect(
                try await client.send(try Self.update(Self.aes256Body, token: "t-3", clock: clock), .put).status == .ok)
            #expect(try await Self.states(client, clock: clock)[EmulatorFixture.vpnConnId] == "active / unreachable")
            // Not signed: the emulator's own call.
            let set = try await client.executeRequest(
                uri: Self.peerPath, method: .put, headers: [:], body: ByteBuffer(string: Self.aes256Peer))
            #expect(set.status == .ok)
            #expect(try await Self.states(client, clock: clock)[EmulatorFixture.vpnConnId] == "active / reachable")
            let read = try await client.executeRequest(uri: Self.peerPath, method: .get, headers: [:], body: nil)
            let peer = try JSONDecoder().decode(PeerRecord.self, from: Data(read.body.readableBytesView))
            #expect(peer.ikeConfig.ikeEncAlg == "aes256")
            #expect(peer.vpnConnId == EmulatorFixture.vpnConnId)
        }
        #expect(await emulator.store.snapshot().peer(of: EmulatorFixture.vpnConnId)?.ikeConfig.ikeEncAlg == "aes256")
    }

    @Test(
        "A swanctl.conf exported for the updated tunnel, given to its peer, brings it back; IKEv1 and IKEv2",
        arguments: ["v1", "v2"])
    func exportedSwanctlBringsTheTunnelBack(ikeVersion: String) async throws {
        let clock = TestClock()
        let emulator = try Self.emulator(clock: clock, transition: TunnelTransition(duration: .zero))
        let body = Self.aes256Body.replacingOccurrences(
            of: #""ikeVersion":"v1""#, with: "\"ikeVersion\":\"\(ikeVersion)\"")
        var draft = try TunnelFile.draft(
            from: try JSONParser.parse(Array(body.utf8)), ignoringUnknownKeys: true)
        draft.vpnConnId = EmulatorFixture.vpnConnId
        let update = try #require(TunnelValidator().validate(draft).update)
        let exported = try PeerConfig.render(
            update, bceGatewayIp: "198.51.100.10", format: .swanctl, revealingSecrets: true)
        try await emulator.makeApplication().test(.router) { client in
            #expect(try await client.send(try Self.update(body, token: "t-s", clock: clock), .put).status == .ok)
            #expect(try await Self.states(client, clock: clock)[EmulatorFixture.vpnConnId] == "active / unreachable")
            let set = try await client.executeRequest(
                uri: Self.peerPath, method: .put, headers: [:], body: ByteBuffer(string: exported))
            #expect(set.status == .ok)
            #expect(try await Self.states(client, clock: clock)[EmulatorFixture.vpnConnId] == "active / reachable")
        }
    }

    @Test(
        "A peer call for an unknown tunnel or with a body that is not a proposal is refused",
        arguments: [
            (TunnelEmulator.peerPath + "vpnconn-nope", aes256Peer, 404, "NoSuchObject", "vpnconn-nope"),
            (peerPath, #"{"ikeConfig":{}}"#, 400, "InappropriateJSON", "ikeConfig.ikeVersion is missing"),
            (peerPath, "{not json", 400, "InappropriateJSON", "not JSON"),
            (peerPath, "connections {\n}\n", 400, "InvalidParameter", "neither JSON nor a swanctl.conf"),
        ])
    func refusedPeerCalls(path: String, body: String, status: Int, code: String, messagePart: String) async throws {
        let emulator = try Self.emulator(clock: TestClock())
        let before = await emulator.store.snapshot().peers
        try await emulator.makeApplication().test(.router) { client in
            let response = try await client.executeRequest(
                uri: path, method: .put, headers: [:], body: ByteBuffer(string: body))
            #expect(Int(response.status.code) == status)
            let error = try #require(response.errorBody)
            #expect(error.code == code)
            #expect(error.message.contains(messagePart))
        }
        #expect(await emulator.store.snapshot().peers == before)
    }

    @Test("The seed gives every tunnel a peer, so a state file keeps them")
    func seedHasPeers() throws {
        let seed = try EmulatorState.seed()
        #expect(Set(seed.peers.map(\.vpnConnId)) == Set(seed.vpnConns.map(\.vpnConnId)))
        let reread = try EmulatorState.decode(seed.encoded(), path: "state")
        #expect(reread.peers == seed.peers)
    }
}
