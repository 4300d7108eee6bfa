import Foundation
import Testing
import TunnelClient
import TunnelCore
import TunnelTesting

@Suite("BCETunnelClient.fetchTunnel")
struct BCETunnelClientFetchTests {
    func client(_ transport: FakeTransport) throws -> BCETunnelClient {
        BCETunnelClient(
            endpoint: try ConnectionResolver.sendingEndpoint(url: "https://bcc.bj.baidubce.com"),
            credentials: ClientFixtures.credentials,
            transport: transport, retryPolicy: .immediate(), clock: ManualRetryClock()
        )
    }

    @Test("lists the VPN's tunnels with a signed GET and picks the one asked for")
    func picksById() async throws {
        let body = ClientFixtures.listBody([
            ClientFixtures.vpnConnJSON(vpnConnId: "vpnconn-other", secretKey: "other1!x"),
            ClientFixtures.vpnConnJSON(vpnConnId: "vpnconn-ku4cxya6nisq", secretKey: "ddd22@www"),
        ])
        let transport = FakeTransport(status: 200, body: body)
        let draft = try await client(transport).fetchTunnel(vpnId: "vpn-119bd69b", vpnConnId: "vpnconn-ku4cxya6nisq")
        #expect(draft.vpnConnId == "vpnconn-ku4cxya6nisq")
        #expect(draft.secretKey == "ddd22@www")
        #expect(draft.vpnId == "vpn-119bd69b")
        #expect(draft.localSubnets == ["192.168.100.0/24"])
        #expect(draft.ikeConfig.ikeEncAlg == "aes")
        let sent = try #require(await transport.requests.first)
        #expect(sent.method == "GET")
        #expect(sent.path == "/v1/vpn/vpnconn/vpn-119bd69b")
        #expect(sent.body.isEmpty)
        #expect(sent.header("Content-Length") == nil)
        #expect(sent.header("Authorization")?.hasPrefix("bce-auth-v1/AKIDEXAMPLE/") == true)
    }

    @Test("keeps the tunnel's localIp, BCE's gateway address, beside the draft")
    func keepsLocalIp() async throws {
        let transport = FakeTransport(
            status: 200, body: ClientFixtures.listBody([ClientFixtures.vpnConnJSON(vpnConnId: "vpnconn-ku4cxya6nisq")]))
        let fetched = try await client(transport).fetchTunnelWithGateway(
            vpnId: "vpn-119bd69b", vpnConnId: "vpnconn-ku4cxya6nisq")
        // ClientFixtures' tunnel, as BCE's documented example lists it.
        #expect(fetched.localIp == "192.168.100.1")
        #expect(fetched.draft.vpnConnId == "vpnconn-ku4cxya6nisq")
    }

    @Test(
        "lifetimes read as a number, a digit string or a digit string ending in s",
        arguments: [
            "25500", "\"25500\"", "\"25500s\"",
        ])
    func lifetimes(json: String) async throws {
        let transport = FakeTransport(
            status: 200, body: ClientFixtures.listBody([ClientFixtures.vpnConnJSON(ikeLifeTime: json)])
        )
        let draft = try await client(transport).fetchTunnel(vpnId: "vpn-119bd69b", vpnConnId: "vpnconn-ku4cxya6nisq")
        #expect(draft.ikeConfig.ikeLifeTime.hasPrefix("25500"))
    }

    @Test("a tunnel the VPN does not have is reported with the ids it has")
    func notFound() async throws {
        let transport = FakeTransport(
            status: 200, body: ClientFixtures.listBody([ClientFixtures.vpnConnJSON(vpnConnId: "vpnconn-a")])
        )
        await #expect(
            throws: TunnelFetchError.notFound(vpnConnId: "vpnconn-b", vpnId: "vpn-1", available: ["vpnconn-a"])
        ) {
            try await client(transport).fetchTunnel(vpnId: "vpn-1", vpnConnId: "vpnconn-b")
        }
    }

    @Test("an error answer is BCE's error")
    func serviceError() async throws {
        let transport = FakeTransport(script: [
            .respond(.bceError(status: 403, code: "AccessDenied", message: "Access denied", requestId: "req-403"))
        ])
        await #expect(
            throws: TunnelFetchError.service(
                BCEServiceError(httpStatus: 403, code: "AccessDenied", message: "Access denied", requestId: "req-403")
            )
        ) {
            try await client(transport).fetchTunnels(vpnId: "vpn-1")
        }
    }

    @Test(
        "an answer that is not a tunnel list is malformed",
        arguments: [
            "not json", #"{"vpns":[]}"#, #"{"vpnConns":{}}"#,
        ])
    func malformed(body: String) async throws {
        let client = try client(FakeTransport(status: 200, body: body))
        do {
            _ = try await client.fetchTunnels(vpnId: "vpn-1")
            Issue.record("expected an error")
        } catch {
            guard case .malformedResponse = error else {
                Issue.record("expected malformedResponse, got \(error)")
                return
            }
        }
    }

    @Test("no answer after the retries is unreachable")
    func unreachable() async throws {
        let transport = FakeTransport(script: [.fail(.connectionFailed("connection refused"))])
        await #expect(
            throws: TunnelFetchError.unreachable(reason: "connection failed: connection refused", attempts: 4)
        ) {
            try await client(transport).fetchTunnels(vpnId: "vpn-1")
        }
        #expect(await transport.sent.count == 4)
    }
}
