import Foundation
import Testing

@testable import TunnelCore

/// `BCESigner.sign` and `authorization` write the whole signature in one buffer; these check that they give
/// exactly the bytes the step functions (checked against the published vectors in `SigningTests`) compose to.
@Suite struct SigningFastPathTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var request: PreparedRequest
        var credentials = BCECredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SKEXAMPLE")
        var expirationSeconds = 1800
        var signedHeaders: [String]? = nil

        var testDescription: String { name }
    }

    static let endpoint = Endpoint(scheme: "https", host: "bcc.bj.baidubce.com")

    static let cases: [Case] = [
        Case(
            name: "a VPN update",
            request: UpdateRequestBuilder.request(
                method: "PUT", path: "/v1/vpn/vpnconn/vpnconn-ku4cxya6nisq",
                query: [QueryParameter("clientToken", "1849ef6b-f73c-4f5d-b88b-259ca47af849")],
                body: Array(#"{"description":"x"}"#.utf8), endpoint: endpoint)),
        Case(
            name: "query and path needing encoding",
            request: PreparedRequest(
                method: "get", endpoint: endpoint, path: "/v1/a b/ü~._-/c%d",
                query: [
                    QueryParameter("b", "x y"), QueryParameter("a", "é/ü"), QueryParameter("A", ""),
                    QueryParameter("Authorization", "dropped"), QueryParameter("a-b", "1"), QueryParameter("a", "0"),
                    QueryParameter("=&", "?#"),
                ],
                headers: [HTTPHeader("Host", "bcc.bj.baidubce.com")])),
        Case(
            name: "several x-bce headers, trimmed, empty and unsigned ones",
            request: PreparedRequest(
                method: "POST", endpoint: endpoint, path: "/v1/vpn",
                headers: [
                    HTTPHeader("x-bce-meta-b", " two words\t"), HTTPHeader("X-BCE-Meta-a", "A:b/c"),
                    HTTPHeader("x-bce-a-b", "1"), HTTPHeader("x-bce-a", "2"), HTTPHeader("x-bce-empty", " \t "),
                    HTTPHeader("Content-MD5", "NFzcPqhviddjRNnSOGo4rw=="), HTTPHeader("User-Agent", "vpn-tunnel/0.1"),
                    HTTPHeader("Host", "bcc.bj.baidubce.com"), HTTPHeader("host", "second.example"),
                    HTTPHeader("x-bce-ünicode", "välue"), HTTPHeader("Content-Length", "0"),
                ])),
        Case(
            name: "empty path, no query, no headers",
            request: PreparedRequest(method: "DELETE", endpoint: endpoint, path: "")),
        Case(
            name: "temporary credentials, a stale Authorization and x-bce-date",
            request: PreparedRequest(
                method: "PUT", endpoint: endpoint, path: "/v1/vpn/vpnconn/vpn-1",
                query: [QueryParameter("clientToken", "token with space")],
                headers: [
                    HTTPHeader("authorization", "bce-auth-v1/old"), HTTPHeader("X-Bce-Date", "2000-01-01T00:00:00Z"),
                    HTTPHeader("Host", "bcc.bj.baidubce.com"), HTTPHeader("x-bce-security-token", "old"),
                    HTTPHeader("Authorization", "another"),
                ]),
            credentials: BCECredentials(accessKeyId: "AK", secretAccessKey: "SK", securityToken: "session/token+1")),
        Case(
            name: "a secret longer than an HMAC block and an odd expiration",
            request: PreparedRequest(
                method: "GET", endpoint: endpoint, path: "/v1/vpn", headers: [HTTPHeader("Host", "h")]),
            credentials: BCECredentials(accessKeyId: "AK", secretAccessKey: String(repeating: "s", count: 100)),
            expirationSeconds: 123_456_789),
        Case(
            name: "more headers than the insertion sort takes",
            request: PreparedRequest(
                method: "PUT", endpoint: endpoint, path: "/v1/vpn",
                headers: (0..<24).reversed().map { HTTPHeader("x-bce-meta-\($0)", "\($0 * 7 % 5)") }
                    + [HTTPHeader("x-bce-meta-1", "again")])),
        Case(
            name: "a server's list of signed headers",
            request: PreparedRequest(
                method: "PUT", endpoint: endpoint, path: "/v1/vpn",
                query: [QueryParameter("clientToken", "t")],
                headers: [
                    HTTPHeader("Host", "bcc.bj.baidubce.com"), HTTPHeader("Content-Type", "application/json"),
                    HTTPHeader("x-bce-date", "2024-01-02T03:04:05Z"), HTTPHeader("X-Forwarded-For", "10.0.0.1"),
                ]),
            signedHeaders: ["host", "X-BCE-DATE", "content-type", "x-forwarded-for", "missing"]),
        Case(
            name: "a negative expiration",
            request: PreparedRequest(method: "GET", endpoint: endpoint, path: "/"), expirationSeconds: -5),
    ]

    /// The Authorization value built from the step functions alone.
    static func stepByStep(
        _ request: PreparedRequest, credentials: BCECredentials, timestamp: String, expirationSeconds: Int,
        signedHeaders: [String]?
    ) -> String {
        let prefix = BCESigner.authStringPrefix(
            accessKeyId: credentials.accessKeyId, timestamp: timestamp, expirationSeconds: expirationSeconds)
        let key = BCESigner.signingKey(secretAccessKey: credentials.secretAccessKey, authStringPrefix: prefix)
        let headers = BCESigner.canonicalHeaders(request.headers, signing: signedHeaders)
        let canonical = BCESigner.canonicalRequest(
            method: request.method, canonicalURI: BCESigner.canonicalURI(request.path),
            canonicalQuery: BCESigner.canonicalQueryString(request.query), canonicalHeaders: headers.canonical)
        return prefix + "/" + headers.signedHeaders + "/"
            + BCESigner.signature(signingKey: key, canonicalRequest: canonical)
    }

    @Test(arguments: cases)
    func authorizationMatchesSteps(_ test: Case) {
        let signer = BCESigner(expirationSeconds: test.expirationSeconds)
        let expected = Self.stepByStep(
            test.request, credentials: test.credentials, timestamp: "2024-01-02T03:04:05Z",
            expirationSeconds: test.expirationSeconds, signedHeaders: test.signedHeaders)
        #expect(
            signer.authorization(
                for: test.request, credentials: test.credentials, timestamp: "2024-01-02T03:04:05Z",
                signedHeaders: test.signedHeaders) == expected)
        #expect(
            signer.authorization(
                for: test.request, credentials: BCESigningCredentials(test.credentials),
                timestamp: "2024-01-02T03:04:05Z", signedHeaders: test.signedHeaders) == expected)
    }

    @Test(arguments: cases)
    func signMatchesSteps(_ test: Case) throws {
        let date = try #require(BCETimestamp.date(from: "2024-01-02T03:04:05Z"))
        let signer = BCESigner(expirationSeconds: test.expirationSeconds)
        // What signing does, spelt out with the request's own header operations.
        var expected = test.request
        expected.headers.removeAll { $0.name.lowercased() == "authorization" }
        expected.setHeader("x-bce-date", "2024-01-02T03:04:05Z")
        if let token = test.credentials.securityToken, !token.isEmpty {
            expected.setHeader("x-bce-security-token", token)
        }
        let authorization = Self.stepByStep(
            expected, credentials: test.credentials, timestamp: "2024-01-02T03:04:05Z",
            expirationSeconds: test.expirationSeconds, signedHeaders: nil)
        expected.headers.append(HTTPHeader("Authorization", authorization))

        #expect(signer.sign(test.request, credentials: test.credentials, date: date) == expected)
        let prepared = BCESigningCredentials(test.credentials)
        #expect(signer.sign(test.request, credentials: prepared, date: date) == expected)
        // Signing a signed request again gives the same request, not a second Authorization.
        #expect(signer.sign(expected, credentials: prepared, date: date) == expected)
    }

    @Test func preparedKeyMatchesOneShotHMAC() {
        for length in [0, 9, 63, 64, 65, 100, 200] {
            let key = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let message = Array("bce-auth-v1/AKIDEXAMPLE/2024-01-02T03:04:05Z/1800".utf8)
            let prepared = HMACSHA256.Key(key)
            let code = message.withUnsafeBytes { HMACSHA256.authenticationCode(key: prepared, message: $0) }
            let oneShot = key.withUnsafeBytes { key in
                message.withUnsafeBytes { HMACSHA256.authenticationCode(key: key, message: $0) }
            }
            #expect(code == oneShot, "key of \(length) bytes")
        }
    }

    @Test func keyBlockBeforeMessageMatchesOneShotHMAC() {
        let key = Array("3e07b7f45a4a7905b1bd27a4a557b93a6304c1bcce2f3b7e8db0d93b682bab95".utf8)
        for length in [0, 1, 55, 56, 64, 200, 1000] {
            let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ 1) }
            var buffer = key + message
            let code = buffer.withUnsafeMutableBytes { HMACSHA256.authenticationCode(keyBlockFollowedByMessage: $0) }
            let oneShot = key.withUnsafeBytes { key in
                message.withUnsafeBytes { HMACSHA256.authenticationCode(key: key, message: $0) }
            }
            #expect(code == oneShot, "message of \(length) bytes")
        }
    }

    @Test func unreservedMasksMatchTheDefinition() {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".utf8)
        for byte in UInt8.min...UInt8.max {
            #expect(URIEncoding.isUnreserved(byte) == unreserved.contains(byte), "byte \(byte)")
        }
    }
}
