import Foundation
import HummingbirdTesting
import Testing
import TunnelCore
import TunnelEmulator

@Suite("List, create and delete")
struct ListAndLifecycleTests {
    @Test("List tunnels answers BCE's shape: lifetimes as \"…s\" strings, secretKey in plain text")
    func listTunnelsShape() async throws {
        let request = try EmulatorFixture.sign("GET", "/v1/vpn/vpnconn/\(EmulatorFixture.vpnId)")
        try await EmulatorFixture.emulator().makeApplication().test(.router) { client in
            let response = try await client.send(request, .get)
            #expect(response.status == .ok)
            let tunnels = try #require(response.json?["vpnConns"] as? [[String: Any]])
            #expect(
                tunnels.compactMap { $0["vpnConnId"] as? String } == [
                    EmulatorFixture.vpnConnId, "vpnconn-p3x8d2nq7w1z",
                ])
            let seedTunnel = try #require(tunnels.first)
            #expect(seedTunnel["secretKey"] as? String == "ddd22@www")
            #expect(seedTunnel["localSubnets"] as? [String] == ["192.168.0.0/20"])
            #expect((seedTunnel["ikeConfig"] as? [String: Any])?["ikeLifeTime"] as? String == "200s")
            #expect((seedTunnel["ipsecConfig"] as? [String: Any])?["ipsecLifetime"] as? String == "28800s")
            #expect(seedTunnel["cgwId"] == nil)
        }
    }

    @Test("The listed tunnel reads back into the core's draft and validates with no error")
    func listedTunnelRoundTrips() async throws {
        let request = try EmulatorFixture.sign("GET", "/v1/vpn/vpnconn/\(EmulatorFixture.vpnId)")
        try await EmulatorFixture.emulator().makeApplication().test(.router) { client in
            let response = try await client.send(request, .get)
            guard case .object(let fields) = try JSONParser.parse(Array(response.body.readableBytesView)),
                case .array(let tunnels) = fields.first(where: { $0.key == "vpnConns" })?.value
            else {
                Issue.record("not a vpnConns list")
                return
            }
            for tunnel in tunnels {
                let draft = try TunnelFile.draft(from: tunnel, ignoringUnknownKeys: true)
                #expect(!TunnelValidator().validate(draft).hasErrors, "\(draft.vpnConnId)")
            }
        }
    }

    @Test("An unknown VPN is answered 404")
    func unknownVpn() async throws {
        let request = try EmulatorFixture.sign("GET", "/v1/vpn/vpnconn/vpn-000000000000")
        try await EmulatorFixture.emulator().makeApplication().test(.router) { client in
            let response = try await client.send(request, .get)
            #expect(response.status == .notFound)
            #expect(response.errorBody?.code == "NoSuchObject")
        }
    }

    @Test("List VPNs pages with marker and maxKeys")
    func listVpnsPages() async throws {
        let firstPage = try EmulatorFixture.sign("GET", "/v1/vpn", query: [QueryParameter("maxKeys", "1")])
        let secondPage = try EmulatorFixture.sign(
            "GET", "/v1/vpn",
            query: [QueryParameter("marker", "vpn-a7kq2m9xw3re"), QueryParameter("maxKeys", "1")])
        try await EmulatorFixture.emulator().makeApplication().test(.router) { client in
            let first = try #require(try await client.send(firstPage, .get).json)
            #expect(first["isTruncated"] as? Bool == true)
            #expect(first["nextMarker"] as? String == "vpn-a7kq2m9xw3re")
            #expect(first["maxKeys"] as? Int == 1)
            let vpns = try #require(first["vpns"] as? [[String: Any]])
            #expect(vpns.map { $0["vpnId"] as? String } == [EmulatorFixture.vpnId])
            #expect(vpns.first?["vpnConnNum"] as? Int == 2)
            let second = try #require(try await client.send(secondPage, .get).json)
            #expect(second["isTruncated"] as? Bool == false)
            #expect(second["marker"] as? String == "vpn-a7kq2m9xw3re")
            #expect((second["vpns"] as? [[String: Any]])?.count == 1)
        }
    }

    @Test("A created tunnel is listed, and gone after delete")
    func createThenDelete() async throws {
        let emulator = try EmulatorFixture.emulator()
        let create = try EmulatorFixture.sign(
            "POST", "/v1/vpn/vpn-a7kq2m9xw3re/vpnconn", query: [QueryParameter("clientToken", "c1")],
            body: EmulatorFixture.updateBody(vpnConnName: "new-tunnel", vpnId: "vpn-a7kq2m9xw3re"))
        let id = try await emulator.makeApplication().test(.router) { client in
            let response = try await client.send(create, .post)
            #expect(response.status == .ok)
            return try #require(response.json?["vpnConnId"] as? String)
        }
        #expect(id.hasPrefix("vpnconn-"))
        #expect(await emulator.store.tunnel(id)?.vpnConnName == "new-tunnel")
        #expect(await emulator.store.tunnel(id)?.localIp == "198.51.100.20")
        // BCE's createdTime form, at the fixture's clock (2026-01-02T03:04:05Z).
        #expect(await emulator.store.tunnel(id)?.createdTime == "2026-01-02 03:04:05")
        let delete = try EmulatorFixture.sign(
            "DELETE", "/v1/vpn/vpnconn/\(id)", query: [QueryParameter("clientToken", "d1")])
        try await emulator.makeApplication().test(.router) { client in
            let deleted = try await client.send(delete, .delete)
            #expect(deleted.status == .ok)
            // A retry of the delete with its clientToken is answered the same, though the tunnel is gone.
            let retried = try await client.send(delete, .delete)
            #expect(retried.status == .ok)
            #expect(retried.requestId == deleted.requestId)
        }
        #expect(await emulator.store.tunnel(id) == nil)
    }
}
