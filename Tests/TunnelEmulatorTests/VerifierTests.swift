import Foundation
import HummingbirdTesting
import Testing
import TunnelCore
import TunnelEmulator

@Suite("Verifier and request parsing")
struct VerifierTests {
    /// `SigningTests`' vector 3 (a VPN update, reproduced with the official Python SDK's signer), as a server
    /// receives it.
    static func vectorRequest(authorization: String) throws -> PreparedRequest {
        var request = PreparedRequest(
            method: "PUT", endpoint: try Endpoint(url: "https://bcc.bj.baidubce.com"),
            path: "/v1/vpn/vpnconn/vpnconn-ku4cxya6nisq",
            query: [QueryParameter("clientToken", "1849ef6b-f73c-4f5d-b88b-259ca47af849")],
            headers: [
                HTTPHeader("Host", "bcc.bj.baidubce.com"),
                HTTPHeader("Content-Type", "application/json;charset=utf-8"),
                HTTPHeader("Content-Length", "424"),
                HTTPHeader("x-bce-date", "2024-01-02T03:04:05Z"),
            ])
        request.setHeader("Authorization", authorization)
        return request
    }

    static let vectorSignature = "1f27abb2e84b97f9052f07f5b6c6306d7772f1402ecb6262c2239e4e4432310c"
    static let vectorCredentials = BCECredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SKEXAMPLE")
    static let fiveMinutesLater = BCETimestamp.date(from: "2024-01-02T03:09:05Z")!

    @Test(
        "The published signature is accepted, with the signed headers listed (Go SDK) or left empty (Python, Java)",
        arguments: ["content-length;content-type;host;x-bce-date", ""])
    func publishedVectorIsAccepted(signedHeaders: String) throws {
        let request = try Self.vectorRequest(
            authorization: "bce-auth-v1/AKIDEXAMPLE/2024-01-02T03:04:05Z/1800/\(signedHeaders)/\(Self.vectorSignature)")
        try SignatureVerifier(credentials: Self.vectorCredentials).verify(request, now: Self.fiveMinutesLater)
    }

    @Test("The published signature with one digit changed is refused")
    func alteredVectorIsRefused() throws {
        let altered = "0" + Self.vectorSignature.dropFirst()
        let request = try Self.vectorRequest(
            authorization:
                "bce-auth-v1/AKIDEXAMPLE/2024-01-02T03:04:05Z/1800/content-length;content-type;host;x-bce-date/\(altered)"
        )
        #expect(throws: EmulatorError.self) {
            try SignatureVerifier(credentials: Self.vectorCredentials).verify(request, now: Self.fiveMinutesLater)
        }
    }

    @Test(
        "The query is decoded in wire order; a plus stays a plus",
        arguments: [
            ("clientToken=abc", [QueryParameter("clientToken", "abc")]),
            ("a=%20b&c&d=", [QueryParameter("a", " b"), QueryParameter("c", ""), QueryParameter("d", "")]),
            ("x=1%2B1+2", [QueryParameter("x", "1+1+2")]),
            ("", []),
        ])
    func queryDecoding(rawQuery: String, expected: [QueryParameter]) {
        let request = IncomingRequest(
            method: "GET", rawPath: "/v1/vpn", rawQuery: rawQuery, host: "localhost", headers: [], body: [])
        #expect(request.query == expected)
    }

    @Test("A request whose query and path need encoding is signed and verified alike on both sides")
    func encodedQueryIsVerified() async throws {
        let request = try EmulatorFixture.sign(
            "GET", "/v1/vpn",
            query: [
                QueryParameter("vpcId", "vpc-2pa2x0bjt26i"), QueryParameter("note", "a b/c+d=é"),
                QueryParameter("marker", ""),
            ])
        try await EmulatorFixture.emulator().makeApplication().test(.router) { client in
            let response = try await client.send(request, .get)
            #expect(response.status == .ok)
            #expect((response.json?["vpns"] as? [Any])?.count == 1)
        }
    }
}
