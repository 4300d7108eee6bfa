import Foundation
import HummingbirdTesting
import Testing
import TunnelCore
import TunnelEmulator

@Suite("Update tunnel")
struct UpdateTests {
    static let path = "/v1/vpn/vpnconn/\(EmulatorFixture.vpnConnId)"

    static func put(_ body: String, token: String = "1849ef6b-f73c-4f5d-b88b-259ca47af849", path: String = path)
        throws -> EmulatorFixture.Signed
    {
        try EmulatorFixture.sign("PUT", path, query: [QueryParameter("clientToken", token)], body: body)
    }

    @Test("A valid update is applied and answered 200 with an empty body and a request id")
    func validUpdate() async throws {
        let emulator = try EmulatorFixture.emulator()
        let request = try Self.put(EmulatorFixture.updateBody(vpnConnName: "renamed", ipsecLifetime: "3600"))
        try await emulator.makeApplication().test(.router) { client in
            let response = try await client.send(request, .put)
            #expect(response.status == .ok)
            #expect(response.body.readableBytes == 0)
            #expect(response.requestId?.isEmpty == false)
        }
        let tunnel = try #require(await emulator.store.tunnel(EmulatorFixture.vpnConnId))
        #expect(tunnel.vpnConnName == "renamed")
        #expect(tunnel.remoteIp == "203.0.113.9")
        #expect(tunnel.ipsecConfig.ipsecLifetime == "3600s")
    }

    /// One row per kind of bad body, with the code and a part of the message that points at the problem.
    static let badBodies: [(name: String, body: String, code: String, messagePart: String)] = [
        ("not JSON", "{\n  \"vpnId\": ", "MalformedJSON", "line 2"),
        ("unknown key", EmulatorFixture.updateBody(extra: "\"colour\":\"red\","), "InappropriateJSON", "colour"),
        (
            "IKE lifetime below the minimum", EmulatorFixture.updateBody(ikeLifeTime: "30"), "InvalidParameter",
            "ikeConfig.ikeLifeTime (30)"
        ),
        (
            "name starting with a digit", EmulatorFixture.updateBody(vpnConnName: "1tunnel"), "InvalidParameter",
            "vpnConnName (1tunnel)"
        ),
        (
            "vpnId of another VPN", EmulatorFixture.updateBody(vpnId: "vpn-a7kq2m9xw3re"), "InvalidParameter",
            "vpnId (vpn-a7kq2m9xw3re)"
        ),
    ]

    @Test("A bad body is refused with 400, the tunnel unchanged", arguments: badBodies)
    func badBody(name: String, body: String, code: String, messagePart: String) async throws {
        let emulator = try EmulatorFixture.emulator()
        let before = await emulator.store.tunnel(EmulatorFixture.vpnConnId)
        let request = try Self.put(body)
        try await emulator.makeApplication().test(.router) { client in
            let response = try await client.send(request, .put)
            #expect(response.status == .badRequest)
            let error = try #require(response.errorBody)
            #expect(error.code == code)
            #expect(error.message.contains(messagePart), "\(error.message)")
        }
        #expect(await emulator.store.tunnel(EmulatorFixture.vpnConnId) == before)
    }

    @Test("An unknown tunnel is answered 404 NoSuchObject")
    func unknownTunnel() async throws {
        let request = try Self.put(EmulatorFixture.updateBody(), path: "/v1/vpn/vpnconn/vpnconn-000000000000")
        try await EmulatorFixture.emulator().makeApplication().test(.router) { client in
            let response = try await client.send(request, .put)
            #expect(response.status == .notFound)
            #expect(response.errorBody?.code == "NoSuchObject")
        }
    }

    @Test("The same clientToken and body again is answered the same way and not applied again")
    func idempotentReplay() async throws {
        let emulator = try EmulatorFixture.emulator()
        let first = try Self.put(EmulatorFixture.updateBody(vpnConnName: "first"), token: "token-a")
        let second = try Self.put(EmulatorFixture.updateBody(vpnConnName: "second"), token: "token-b")
        try await emulator.makeApplication().test(.router) { client in
            let original = try await client.send(first, .put)
            #expect(original.status == .ok)
            #expect(try await client.send(second, .put).status == .ok)
            let replay = try await client.send(first, .put)
            #expect(replay.status == .ok)
            #expect(replay.requestId == original.requestId)
        }
        // Had the replay been applied, the name would be "first" again.
        #expect(await emulator.store.tunnel(EmulatorFixture.vpnConnId)?.vpnConnName == "second")
        let tokens = await emulator.store.recordedRequests().map(\.clientToken)
        #expect(tokens == ["token-a", "token-b", "token-a"])
    }

    @Test("The same clientToken with another body is refused with 409 IdempotentParameterMismatch")
    func tokenReusedForAnotherBody() async throws {
        let emulator = try EmulatorFixture.emulator()
        let first = try Self.put(EmulatorFixture.updateBody(vpnConnName: "first"), token: "token-a")
        let other = try Self.put(EmulatorFixture.updateBody(vpnConnName: "other"), token: "token-a")
        try await emulator.makeApplication().test(.router) { client in
            #expect(try await client.send(first, .put).status == .ok)
            let response = try await client.send(other, .put)
            #expect(response.status == .conflict)
            #expect(response.errorBody?.code == "IdempotentParameterMismatch")
        }
        #expect(await emulator.store.tunnel(EmulatorFixture.vpnConnId)?.vpnConnName == "first")
    }

    @Test("--fail-first 2: two 500s, then the third attempt with the same clientToken is applied once")
    func failFirst() async throws {
        let emulator = try EmulatorFixture.emulator(faults: FaultConfiguration(failFirst: 2))
        let request = try Self.put(EmulatorFixture.updateBody(vpnConnName: "retried"), token: "token-r")
        try await emulator.makeApplication().test(.router) { client in
            for _ in 0..<2 {
                let response = try await client.send(request, .put)
                #expect(response.status == .internalServerError)
                #expect(response.errorBody?.code == "InternalError")
            }
            #expect(try await client.send(request, .put).status == .ok)
        }
        let recorded = await emulator.store.recordedRequests()
        #expect(recorded.map(\.status) == [500, 500, 200])
        #expect(Set(recorded.map(\.clientToken)) == ["token-r"])
        #expect(await emulator.store.tunnel(EmulatorFixture.vpnConnId)?.vpnConnName == "retried")
    }
}
