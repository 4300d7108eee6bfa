import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TunnelCore
import TunnelEmulator

@Suite("Signature check")
struct SignatureTests {
    @Test("A request signed with the configured credentials is answered")
    func signedRequestIsAccepted() async throws {
        let app = try EmulatorFixture.emulator().makeApplication()
        let request = try EmulatorFixture.sign("GET", "/v1/vpn/vpnconn/\(EmulatorFixture.vpnId)")
        try await app.test(.router) { client in
            let response = try await client.send(request, .get)
            #expect(response.status == .ok)
            #expect(response.requestId?.isEmpty == false)
        }
    }

    /// One row per way a request can fail the check, with the status and code BCE answers.
    struct Refusal: Sendable, CustomTestStringConvertible {
        let name: String
        let status: Int
        let code: String
        let mangle: @Sendable () throws -> EmulatorFixture.Signed
        var testDescription: String { name }
    }

    static let path = "/v1/vpn/vpnconn/\(EmulatorFixture.vpnId)"
    static let authorization = HTTPField.Name("Authorization")!

    static let refusals: [Refusal] = [
        Refusal(name: "wrong secret key", status: 403, code: "SignatureDoesNotMatch") {
            try EmulatorFixture.sign(
                "GET", path, credentials: BCECredentials(accessKeyId: "demo-access-key", secretAccessKey: "wrong"))
        },
        Refusal(name: "no Authorization header", status: 403, code: "SignatureDoesNotMatch") {
            var request = try EmulatorFixture.sign("GET", path)
            request.headers[authorization] = nil
            return request
        },
        Refusal(name: "signed for another path", status: 403, code: "SignatureDoesNotMatch") {
            var request = try EmulatorFixture.sign("GET", "/v1/vpn/vpnconn/vpn-a7kq2m9xw3re")
            request.uri = path
            return request
        },
        Refusal(name: "unparsable Authorization header", status: 400, code: "InvalidHTTPAuthHeader") {
            var request = try EmulatorFixture.sign("GET", path)
            request.headers[authorization] = "Bearer 123"
            return request
        },
        Refusal(name: "unknown access key id", status: 403, code: "InvalidAccessKeyId") {
            try EmulatorFixture.sign(
                "GET", path,
                credentials: BCECredentials(accessKeyId: "someone-else", secretAccessKey: "demo-secret-key"))
        },
        Refusal(name: "signed 31 minutes ago (expiration 1800 s)", status: 400, code: "RequestExpired") {
            try EmulatorFixture.sign("GET", path, date: EmulatorFixture.now.addingTimeInterval(-31 * 60))
        },
        Refusal(name: "signed 16 minutes in the future", status: 400, code: "RequestExpired") {
            try EmulatorFixture.sign("GET", path, date: EmulatorFixture.now.addingTimeInterval(16 * 60))
        },
    ]

    @Test("A request that fails the check gets BCE's error body", arguments: refusals)
    func refused(_ refusal: Refusal) async throws {
        let app = try EmulatorFixture.emulator().makeApplication()
        let request = try refusal.mangle()
        try await app.test(.router) { client in
            let response = try await client.send(request, .get)
            #expect(Int(response.status.code) == refusal.status)
            let body = try #require(response.errorBody)
            #expect(body.code == refusal.code)
            #expect(!body.message.isEmpty)
            #expect(body.requestId == response.requestId)
            #expect(response.json?["vpnConns"] == nil)
        }
    }

    @Test("Signed 29 minutes ago and 14 minutes ahead are still inside the window", arguments: [-29.0, 14.0])
    func insideWindow(minutes: Double) async throws {
        let app = try EmulatorFixture.emulator().makeApplication()
        let request = try EmulatorFixture.sign(
            "GET", Self.path, date: EmulatorFixture.now.addingTimeInterval(minutes * 60))
        try await app.test(.router) { client in
            let response = try await client.send(request, .get)
            #expect(response.status == .ok)
        }
    }
}
