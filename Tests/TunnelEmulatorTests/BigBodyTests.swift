import Dispatch
import Foundation
import HummingbirdTesting
import Testing
import TunnelCore

@testable import TunnelEmulator

/// Bodies of a megabyte: parsed without holding the store, so the calls behind a big update are not held up.
@Suite struct BigBodyTests {
    /// Distinct subnets a side in `bigBody`.
    static let rows = 32_000

    /// An update of the seed's tunnel with `rows` subnets a side, on one line: a little over a megabyte.
    static let bigBody: String = {
        let local = (0..<rows).map { "\"10.\($0 >> 8).\($0 & 255).0/24\"" }.joined(separator: ",")
        let remote = (0..<rows).map { "\"172.\(16 + $0 >> 8).\($0 & 255).0/24\"" }.joined(separator: ",")
        return EmulatorFixture.updateBody()
            .replacingOccurrences(of: #""localSubnets":["192.168.0.0/20"]"#, with: "\"localSubnets\":[\(local)]")
            .replacingOccurrences(of: #""remoteSubnets":["192.168.100.0/24"]"#, with: "\"remoteSubnets\":[\(remote)]")
    }()

    /// Keeps the store's executor (an actor runs one call at a time) until `release` is signalled, after telling
    /// `entered` that it holds it.
    static func hold(
        _ store: isolated EmulatorStore, entered: AsyncStream<Void>.Continuation, release: DispatchSemaphore
    ) -> Bool {
        entered.yield()
        entered.finish()
        return release.wait(timeout: .now() + 120) == .success
    }

    @Test("A megabyte's update body is parsed while another call holds the store, then applied and listed")
    func aBigBodyIsParsedWithoutTheStore() async throws {
        let body = Array(Self.bigBody.utf8)
        #expect(body.count > 1_000_000)
        let store = try EmulatorFixture.emulator().store
        let (entered, enteredContinuation) = AsyncStream<Void>.makeStream()
        let release = DispatchSemaphore(value: 0)
        let holder = Task.detached { await Self.hold(store, entered: enteredContinuation, release: release) }
        for await _ in entered {}
        // From here until `release`, no call can enter the store: the body is read all the same.
        let draft = store.read(body)
        release.signal()
        #expect(await holder.value, "the store was held until the body had been read")

        let tunnel = try draft.result.get()
        #expect(tunnel.localSubnets.count == Self.rows)
        #expect(tunnel.remoteSubnets.last == "172.140.255.0/24")
        let answer = try await store.updateTunnel(
            vpnConnId: EmulatorFixture.vpnConnId, body: body, draft: draft, clientToken: nil, requestId: "big")
        #expect(answer.status == 200)
        let listed = try await store.listTunnels(vpnId: EmulatorFixture.vpnId)
        #expect(listed.vpnConns.first { $0.vpnConnId == EmulatorFixture.vpnConnId }?.remoteSubnets.count == Self.rows)
    }

    @Test("A megabyte's update through the routes is applied, and the list answers it")
    func aBigUpdateThroughTheRoutes() async throws {
        let emulator = try EmulatorFixture.emulator()
        let put = try EmulatorFixture.sign(
            "PUT", "/v1/vpn/vpnconn/\(EmulatorFixture.vpnConnId)", body: Self.bigBody)
        let list = try EmulatorFixture.sign("GET", "/v1/vpn/vpnconn/\(EmulatorFixture.vpnId)")
        try await emulator.makeApplication().test(.router) { client in
            #expect(try await client.send(put, .put).status == .ok)
            let response = try await client.send(list, .get)
            #expect(response.status == .ok)
            #expect(response.body.readableBytes > 1_000_000)
        }
    }
}
