import Foundation
import Testing

@testable import TunnelCore

/// Each step of BCE auth v1, one table per step, against three test vectors, each from the source named above it:
/// (1) Baidu's worked example on the "Generate Authentication String" page, (2) the JavaScript SDK's signer tests,
/// (3) a VPN update reproduced with the official Python SDK's signer. Rows marked "SDK" were computed with
/// bce-python-sdk's own step functions (`normalize_string`, `get_canonical_querystring`, `_get_canonical_headers`);
/// rows marked "rule" follow the algorithm's wording where no vector covers a case.
@Suite struct SigningTests {
    // Vector 1: Baidu's worked example on the "Generate Authentication String" page.
    static let bosCredentials = BCECredentials(
        accessKeyId: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", secretAccessKey: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
    static let bosRequest = PreparedRequest(
        method: "PUT", endpoint: Endpoint(scheme: "http", host: "bj.bcebos.com"), path: "/v1/test/myfolder/readme.txt",
        query: [QueryParameter("partNumber", "9"), QueryParameter("uploadId", "a44cc9bab11cbd156984767aad637851")],
        headers: [
            HTTPHeader("Host", "bj.bcebos.com"), HTTPHeader("Content-Type", "text/plain"),
            HTTPHeader("Content-Length", "8"), HTTPHeader("Content-Md5", "NFzcPqhviddjRNnSOGo4rw=="),
            HTTPHeader("x-bce-date", "2015-04-27T08:23:49Z"),
        ])
    static let bosPrefix = "bce-auth-v1/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/2015-04-27T08:23:49Z/1800"
    static let bosSigningKey = "1d5ce5f464064cbee060330d973218821825ac6952368a482a592e6615aef479"
    static let bosCanonicalHeaders =
        "content-length:8\ncontent-md5:NFzcPqhviddjRNnSOGo4rw%3D%3D\ncontent-type:text%2Fplain\n"
        + "host:bj.bcebos.com\nx-bce-date:2015-04-27T08%3A23%3A49Z"
    static let bosCanonical =
        "PUT\n/v1/test/myfolder/readme.txt\npartNumber=9&uploadId=a44cc9bab11cbd156984767aad637851\n"
        + bosCanonicalHeaders
    static let bosSignature = "d74a04362e6a848f5b39b15421cb449427f419c95a480fd6b8cf9fc783e2999e"

    // Vector 2: the JavaScript SDK's signer tests.
    static let jsCredentials = BCECredentials(accessKeyId: "my_ak", secretAccessKey: "my_sk")
    static let jsPutRequest = PreparedRequest(
        method: "PUT", endpoint: Endpoint(scheme: "http", host: "bce.baidu.com"), path: "/v1/bucket/object1",
        query: [QueryParameter("A", ""), QueryParameter("b", ""), QueryParameter("C", "d")],
        headers: [HTTPHeader("Host", "bce.baidu.com"), HTTPHeader("abc", "123"), HTTPHeader("x-bce-meta-key1", "ABC")])
    static let jsDeleteRequest = PreparedRequest(
        method: "DELETE", endpoint: Endpoint(scheme: "http", host: "bce.baidu.com"),
        path: "/v1/test-bucket1361199862",
        headers: [
            HTTPHeader("Content-Type", "application/json; charset=utf-8"), HTTPHeader("Content-Length", "0"),
            HTTPHeader("User-Agent", "This is the user-agent"),
        ])

    // Vector 3: a VPN update, reproduced with the official Python SDK's signer.
    static let vpnCredentials = BCECredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SKEXAMPLE")
    static let vpnRequest = PreparedRequest(
        method: "PUT", endpoint: Endpoint(scheme: "https", host: "bcc.bj.baidubce.com"),
        path: "/v1/vpn/vpnconn/vpnconn-ku4cxya6nisq",
        query: [QueryParameter("clientToken", "1849ef6b-f73c-4f5d-b88b-259ca47af849")],
        headers: [
            HTTPHeader("Host", "bcc.bj.baidubce.com"), HTTPHeader("Content-Type", "application/json;charset=utf-8"),
            HTTPHeader("Content-Length", "424"),
        ])
    static var vpnStampedRequest: PreparedRequest {
        var request = vpnRequest
        request.setHeader("x-bce-date", "2024-01-02T03:04:05Z")
        return request
    }
    static let vpnPrefix = "bce-auth-v1/AKIDEXAMPLE/2024-01-02T03:04:05Z/1800"
    static let vpnSigningKey = "3e07b7f45a4a7905b1bd27a4a557b93a6304c1bcce2f3b7e8db0d93b682bab95"
    static let vpnCanonicalHeaders =
        "content-length:424\ncontent-type:application%2Fjson%3Bcharset%3Dutf-8\nhost:bcc.bj.baidubce.com\n"
        + "x-bce-date:2024-01-02T03%3A04%3A05Z"
    static let vpnCanonical =
        "PUT\n/v1/vpn/vpnconn/vpnconn-ku4cxya6nisq\nclientToken=1849ef6b-f73c-4f5d-b88b-259ca47af849\n"
        + vpnCanonicalHeaders
    static let vpnSignature = "1f27abb2e84b97f9052f07f5b6c6306d7772f1402ecb6262c2239e4e4432310c"

    @Test(
        "UriEncode",
        arguments: [
            ("this is an example for 测试", "this%20is%20an%20example%20for%20%E6%B5%8B%E8%AF%95"),  // vector 2
            ("AZaz09-_.~", "AZaz09-_.~"),  // rule: the unreserved bytes are kept
            (":/=&?#%+ ", "%3A%2F%3D%26%3F%23%25%2B%20"),  // rule: upper-case hex, space is %20
        ])
    func uriEncode(text: String, encoded: String) {
        #expect(URIEncoding.encode(text) == encoded)
    }

    @Test(
        "Authorization string prefix",
        arguments: [
            (bosCredentials.accessKeyId, "2015-04-27T08:23:49Z", bosPrefix),  // vector 1
            (vpnCredentials.accessKeyId, "2024-01-02T03:04:05Z", vpnPrefix),  // vector 3
        ])
    func authStringPrefix(accessKeyId: String, timestamp: String, prefix: String) {
        #expect(
            BCESigner.authStringPrefix(accessKeyId: accessKeyId, timestamp: timestamp, expirationSeconds: 1800)
                == prefix)
    }

    @Test(
        "Signing key",
        arguments: [
            (bosCredentials.secretAccessKey, bosPrefix, bosSigningKey),  // vector 1
            (vpnCredentials.secretAccessKey, vpnPrefix, vpnSigningKey),  // vector 3
        ])
    func signingKey(secretAccessKey: String, prefix: String, key: String) {
        #expect(BCESigner.signingKey(secretAccessKey: secretAccessKey, authStringPrefix: prefix) == key)
    }

    @Test(
        "CanonicalURI",
        arguments: [
            (bosRequest.path, "/v1/test/myfolder/readme.txt"),  // vector 1
            (vpnRequest.path, "/v1/vpn/vpnconn/vpnconn-ku4cxya6nisq"),  // vector 3
            ("/v1/a b/ü~._-/c%d", "/v1/a%20b/%C3%BC~._-/c%25d"),  // SDK
            ("", "/"),  // rule: an empty path is /
        ])
    func canonicalURI(path: String, canonical: String) {
        #expect(BCESigner.canonicalURI(path) == canonical)
    }

    @Test(
        "CanonicalQueryString",
        arguments: [
            (bosRequest.query, "partNumber=9&uploadId=a44cc9bab11cbd156984767aad637851"),  // vector 1
            (jsPutRequest.query, "A=&C=d&b="),  // vector 2
            (vpnRequest.query, "clientToken=1849ef6b-f73c-4f5d-b88b-259ca47af849"),  // vector 3
            (
                [
                    QueryParameter("b", "x y"), QueryParameter("a", "é/ü"), QueryParameter("A", ""),
                    QueryParameter("a-b", "1"), QueryParameter("=&", "?#"),
                ],
                "%3D%26=%3F%23&A=&a-b=1&a=%C3%A9%2F%C3%BC&b=x%20y"
            ),  // SDK
            ([QueryParameter("clientToken", "t"), QueryParameter("Authorization", "x")], "clientToken=t"),  // rule
            ([], ""),  // rule
        ])
    func canonicalQueryString(query: [QueryParameter], canonical: String) {
        #expect(BCESigner.canonicalQueryString(query) == canonical)
    }

    /// A row of the CanonicalHeaders table: the headers, the names chosen (nil for the default set), and the two
    /// outputs of the step.
    struct HeadersCase: Sendable, CustomTestStringConvertible {
        var source: String
        var headers: [HTTPHeader]
        var signing: [String]? = nil
        var canonical: String
        var signedHeaders: String
        var testDescription: String { source }
    }

    static let headersCases: [HeadersCase] = [
        HeadersCase(
            source: "vector 1", headers: bosRequest.headers, canonical: bosCanonicalHeaders,
            signedHeaders: "content-length;content-md5;content-type;host;x-bce-date"),
        HeadersCase(
            source: "vector 2, PUT", headers: jsPutRequest.headers,
            canonical: "host:bce.baidu.com\nx-bce-meta-key1:ABC", signedHeaders: "host;x-bce-meta-key1"),
        HeadersCase(
            source: "vector 2, DELETE", headers: jsDeleteRequest.headers,
            canonical: "content-length:0\ncontent-type:application%2Fjson%3B%20charset%3Dutf-8",
            signedHeaders: "content-length;content-type"),
        HeadersCase(
            source: "vector 2, encoding and an empty header",
            headers: [
                HTTPHeader("Host", "localhost"), HTTPHeader("x-bce-a", "a/b:c"), HTTPHeader("C", ""),
                HTTPHeader("Content-MD5", "MD5"),
            ],
            canonical: "content-md5:MD5\nhost:localhost\nx-bce-a:a%2Fb%3Ac", signedHeaders: "content-md5;host;x-bce-a"),
        HeadersCase(
            source: "vector 3", headers: vpnStampedRequest.headers, canonical: vpnCanonicalHeaders,
            signedHeaders: "content-length;content-type;host;x-bce-date"),
        HeadersCase(
            source: "SDK: trimmed, blank and unsigned headers, mixed case",
            headers: [
                HTTPHeader("x-bce-meta-b", " two words\t"), HTTPHeader("X-BCE-Meta-a", "A:b/c"),
                HTTPHeader("x-bce-empty", " \t "), HTTPHeader("Content-MD5", "NFzcPqhviddjRNnSOGo4rw=="),
                HTTPHeader("User-Agent", "vpn-tunnel/0.1"), HTTPHeader("Host", "bcc.bj.baidubce.com"),
            ],
            canonical: "content-md5:NFzcPqhviddjRNnSOGo4rw%3D%3D\nhost:bcc.bj.baidubce.com\nx-bce-meta-a:A%3Ab%2Fc\n"
                + "x-bce-meta-b:two%20words",
            signedHeaders: "content-md5;host;x-bce-meta-a;x-bce-meta-b"),
        HeadersCase(
            source: "rule: a server's list of signed headers, in any case, some missing",
            headers: [
                HTTPHeader("Host", "h"), HTTPHeader("Content-Type", "application/json"),
                HTTPHeader("x-bce-date", "2024-01-02T03:04:05Z"), HTTPHeader("x-bce-request-id", "r"),
                HTTPHeader("X-Forwarded-For", "10.0.0.1"),
            ],
            signing: ["host", "X-BCE-DATE", "x-forwarded-for", "missing"],
            canonical: "host:h\nx-bce-date:2024-01-02T03%3A04%3A05Z\nx-forwarded-for:10.0.0.1",
            signedHeaders: "host;x-bce-date;x-forwarded-for"),
    ]

    @Test("CanonicalHeaders", arguments: headersCases)
    func canonicalHeaders(_ row: HeadersCase) {
        let headers = BCESigner.canonicalHeaders(row.headers, signing: row.signing)
        #expect(headers.canonical == row.canonical)
        #expect(headers.signedHeaders == row.signedHeaders)
    }

    @Test(
        "Canonical request",
        arguments: [
            (bosRequest, bosCanonicalHeaders, bosCanonical),  // vector 1
            (vpnRequest, vpnCanonicalHeaders, vpnCanonical),  // vector 3
        ])
    func canonicalRequest(request: PreparedRequest, canonicalHeaders: String, canonical: String) {
        #expect(
            BCESigner.canonicalRequest(
                method: request.method.lowercased(), canonicalURI: BCESigner.canonicalURI(request.path),
                canonicalQuery: BCESigner.canonicalQueryString(request.query), canonicalHeaders: canonicalHeaders)
                == canonical)
    }

    @Test(
        "Signature",
        arguments: [
            (bosSigningKey, bosCanonical, bosSignature),  // vector 1
            (vpnSigningKey, vpnCanonical, vpnSignature),  // vector 3
        ])
    func signature(signingKey: String, canonical: String, signature: String) {
        #expect(BCESigner.signature(signingKey: signingKey, canonicalRequest: canonical) == signature)
    }

    @Test(
        "The whole Authorization value",
        arguments: [
            (
                bosRequest, bosCredentials, "2015-04-27T08:23:49Z",
                bosPrefix + "/content-length;content-md5;content-type;host;x-bce-date/" + bosSignature
            ),  // vector 1
            (
                jsPutRequest, jsCredentials, "2014-06-13T05:57:36Z",
                "bce-auth-v1/my_ak/2014-06-13T05:57:36Z/1800/host;x-bce-meta-key1/"
                    + "80c9672aca2ea9af4bb40b9a8ff458d72df94e97d550840727f3a929af271d25"
            ),  // vector 2
            (
                jsDeleteRequest, jsCredentials, "2014-06-13T05:57:36Z",
                "bce-auth-v1/my_ak/2014-06-13T05:57:36Z/1800/content-length;content-type/"
                    + "c9386b15d585960ae5e6972f73ed92a9a682dc81025480ba5b41206d3e489822"
            ),  // vector 2
            (
                vpnStampedRequest, vpnCredentials, "2024-01-02T03:04:05Z",
                vpnPrefix + "/content-length;content-type;host;x-bce-date/" + vpnSignature
            ),  // vector 3
        ])
    func authorization(request: PreparedRequest, credentials: BCECredentials, timestamp: String, expected: String) {
        #expect(
            BCESigner().authorization(for: request, credentials: credentials, timestamp: timestamp, signedHeaders: nil)
                == expected)
    }

    @Test func signStampsDateAndAddsAuthorization() throws {
        let date = try #require(BCETimestamp.date(from: "2024-01-02T03:04:05Z"))
        let signed = BCESigner().sign(Self.vpnRequest, credentials: Self.vpnCredentials, date: date)
        #expect(signed.header("x-bce-date") == "2024-01-02T03:04:05Z")
        #expect(
            signed.header("authorization")
                == "bce-auth-v1/AKIDEXAMPLE/2024-01-02T03:04:05Z/1800/"
                + "content-length;content-type;host;x-bce-date/"
                + "1f27abb2e84b97f9052f07f5b6c6306d7772f1402ecb6262c2239e4e4432310c")
        // Signing again replaces the header rather than adding a second one.
        let resigned = BCESigner().sign(signed, credentials: Self.vpnCredentials, date: date)
        #expect(resigned.headers.filter { $0.name == "Authorization" }.count == 1)
    }

    @Test func securityTokenIsSentAndSigned() throws {
        let date = try #require(BCETimestamp.date(from: "2024-01-02T03:04:05Z"))
        var credentials = Self.vpnCredentials
        credentials.securityToken = "session-token"
        let signed = BCESigner().sign(Self.vpnRequest, credentials: credentials, date: date)
        #expect(signed.header("x-bce-security-token") == "session-token")
        let authorization = try #require(signed.header("Authorization").flatMap(BCEAuthorization.init(parsing:)))
        #expect(authorization.signedHeaders.contains("x-bce-security-token"))
        #expect(!credentials.description.contains("SKEXAMPLE"))
        #expect(!credentials.description.contains("session-token"))
    }

    @Test func serverSideVerificationWithClientsSignedHeaders() throws {
        let date = try #require(BCETimestamp.date(from: "2024-01-02T03:04:05Z"))
        var signed = BCESigner().sign(Self.vpnRequest, credentials: Self.vpnCredentials, date: date)
        signed.headers.append(HTTPHeader("X-Forwarded-For", "10.0.0.1"))
        let parsed = try #require(signed.header("Authorization").flatMap(BCEAuthorization.init(parsing:)))
        #expect(parsed.accessKeyId == "AKIDEXAMPLE")
        #expect(parsed.expirationSeconds == 1800)
        #expect(parsed.headerValue == signed.header("Authorization"))
        let expected = BCESigner(expirationSeconds: parsed.expirationSeconds).authorization(
            for: signed, credentials: Self.vpnCredentials, timestamp: parsed.timestamp,
            signedHeaders: parsed.signedHeaders)
        #expect(expected == signed.header("Authorization"))
        let wrong = BCESigner().authorization(
            for: signed, credentials: BCECredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wrong"),
            timestamp: parsed.timestamp, signedHeaders: parsed.signedHeaders)
        #expect(wrong != signed.header("Authorization"))
    }

    @Test(arguments: [
        "", "bce-auth-v1/ak/2024-01-02T03:04:05Z/1800/host",
        "bce-auth-v2/ak/2024-01-02T03:04:05Z/1800/host/"
            + String(
                repeating: "a", count: 64),
        "bce-auth-v1/ak/yesterday/1800/host/" + String(repeating: "a", count: 64),
        "bce-auth-v1/ak/2024-01-02T03:04:05Z/-5/host/" + String(repeating: "a", count: 64),
    ])
    func malformedAuthorizationIsRejected(header: String) {
        #expect(BCEAuthorization(parsing: header) == nil)
    }

    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00Z"), (1_704_164_645.9, "2024-01-02T03:04:05Z"),
        (951_782_400, "2000-02-29T00:00:00Z"), (4_107_542_399, "2100-02-28T23:59:59Z"),
    ])
    func timestamps(seconds: Double, text: String) {
        #expect(BCETimestamp.string(from: Date(timeIntervalSince1970: seconds)) == text)
        #expect(BCETimestamp.date(from: text) == Date(timeIntervalSince1970: seconds.rounded(.down)))
    }

    @Test(arguments: ["2024-02-30T00:00:00Z", "2024-01-02 03:04:05Z", "2024-01-02T24:00:00Z", "2024-1-02T03:04:05Z"])
    func invalidTimestamps(text: String) {
        #expect(BCETimestamp.date(from: text) == nil)
    }
}
