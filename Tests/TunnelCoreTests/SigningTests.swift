import Foundation
import Testing

@testable import TunnelCore

/// Three test vectors of BCE auth v1, each from the source named above it, checked step by step.
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

    @Test func baiduWorkedExampleSigningKey() {
        let prefix = BCESigner.authStringPrefix(
            accessKeyId: Self.bosCredentials.accessKeyId, timestamp: "2015-04-27T08:23:49Z", expirationSeconds: 1800)
        #expect(prefix == "bce-auth-v1/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/2015-04-27T08:23:49Z/1800")
        #expect(
            BCESigner.signingKey(secretAccessKey: Self.bosCredentials.secretAccessKey, authStringPrefix: prefix)
                == "1d5ce5f464064cbee060330d973218821825ac6952368a482a592e6615aef479")
    }

    @Test func baiduWorkedExampleCanonicalRequest() {
        let request = Self.bosRequest
        #expect(BCESigner.canonicalURI(request.path) == "/v1/test/myfolder/readme.txt")
        #expect(
            BCESigner.canonicalQueryString(request.query)
                == "partNumber=9&uploadId=a44cc9bab11cbd156984767aad637851")
        let headers = BCESigner.canonicalHeaders(request.headers)
        #expect(
            headers.canonical
                == "content-length:8\ncontent-md5:NFzcPqhviddjRNnSOGo4rw%3D%3D\ncontent-type:text%2Fplain\n"
                + "host:bj.bcebos.com\nx-bce-date:2015-04-27T08%3A23%3A49Z")
        #expect(headers.signedHeaders == "content-length;content-md5;content-type;host;x-bce-date")
        let canonical = BCESigner.canonicalRequest(
            method: "PUT", canonicalURI: BCESigner.canonicalURI(request.path),
            canonicalQuery: BCESigner.canonicalQueryString(request.query), canonicalHeaders: headers.canonical)
        #expect(
            canonical
                == "PUT\n/v1/test/myfolder/readme.txt\npartNumber=9&uploadId=a44cc9bab11cbd156984767aad637851\n"
                + "content-length:8\ncontent-md5:NFzcPqhviddjRNnSOGo4rw%3D%3D\ncontent-type:text%2Fplain\n"
                + "host:bj.bcebos.com\nx-bce-date:2015-04-27T08%3A23%3A49Z")
    }

    @Test func baiduWorkedExampleSignature() {
        let canonical =
            "PUT\n/v1/test/myfolder/readme.txt\npartNumber=9&uploadId=a44cc9bab11cbd156984767aad637851\n"
            + "content-length:8\ncontent-md5:NFzcPqhviddjRNnSOGo4rw%3D%3D\ncontent-type:text%2Fplain\n"
            + "host:bj.bcebos.com\nx-bce-date:2015-04-27T08%3A23%3A49Z"
        #expect(
            BCESigner.signature(
                signingKey: "1d5ce5f464064cbee060330d973218821825ac6952368a482a592e6615aef479",
                canonicalRequest: canonical) == "d74a04362e6a848f5b39b15421cb449427f419c95a480fd6b8cf9fc783e2999e")
        let authorization = BCESigner().authorization(
            for: Self.bosRequest, credentials: Self.bosCredentials, timestamp: "2015-04-27T08:23:49Z",
            signedHeaders: nil)
        #expect(authorization.hasSuffix("/d74a04362e6a848f5b39b15421cb449427f419c95a480fd6b8cf9fc783e2999e"))
    }

    // Vector 2: the JavaScript SDK's signer tests.
    static let jsCredentials = BCECredentials(accessKeyId: "my_ak", secretAccessKey: "my_sk")

    @Test func javaScriptSDKQueryWithEmptyValues() {
        let request = PreparedRequest(
            method: "PUT", endpoint: Endpoint(scheme: "http", host: "bce.baidu.com"), path: "/v1/bucket/object1",
            query: [QueryParameter("A", ""), QueryParameter("b", ""), QueryParameter("C", "d")],
            headers: [
                HTTPHeader("Host", "bce.baidu.com"), HTTPHeader("abc", "123"), HTTPHeader("x-bce-meta-key1", "ABC"),
            ])
        #expect(BCESigner.canonicalQueryString(request.query) == "A=&C=d&b=")
        #expect(BCESigner.canonicalHeaders(request.headers).signedHeaders == "host;x-bce-meta-key1")
        let authorization = BCESigner().authorization(
            for: request, credentials: Self.jsCredentials, timestamp: "2014-06-13T05:57:36Z", signedHeaders: nil)
        #expect(
            authorization
                == "bce-auth-v1/my_ak/2014-06-13T05:57:36Z/1800/host;x-bce-meta-key1/"
                + "80c9672aca2ea9af4bb40b9a8ff458d72df94e97d550840727f3a929af271d25")
    }

    @Test func javaScriptSDKDeleteWithoutHost() {
        let request = PreparedRequest(
            method: "DELETE", endpoint: Endpoint(scheme: "http", host: "bce.baidu.com"),
            path: "/v1/test-bucket1361199862",
            headers: [
                HTTPHeader("Content-Type", "application/json; charset=utf-8"), HTTPHeader("Content-Length", "0"),
                HTTPHeader("User-Agent", "This is the user-agent"),
            ])
        let authorization = BCESigner().authorization(
            for: request, credentials: Self.jsCredentials, timestamp: "2014-06-13T05:57:36Z", signedHeaders: nil)
        #expect(
            authorization
                == "bce-auth-v1/my_ak/2014-06-13T05:57:36Z/1800/content-length;content-type/"
                + "c9386b15d585960ae5e6972f73ed92a9a682dc81025480ba5b41206d3e489822")
    }

    @Test func javaScriptSDKURIEncodingAndHeaders() {
        #expect(
            URIEncoding.encode("this is an example for 测试")
                == "this%20is%20an%20example%20for%20%E6%B5%8B%E8%AF%95")
        let headers = [
            HTTPHeader("Host", "localhost"), HTTPHeader("x-bce-a", "a/b:c"), HTTPHeader("C", ""),
            HTTPHeader("Content-MD5", "MD5"),
        ]
        #expect(
            BCESigner.canonicalHeaders(headers).canonical == "content-md5:MD5\nhost:localhost\nx-bce-a:a%2Fb%3Ac")
    }

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
    static let vpnCanonical =
        "PUT\n/v1/vpn/vpnconn/vpnconn-ku4cxya6nisq\nclientToken=1849ef6b-f73c-4f5d-b88b-259ca47af849\n"
        + "content-length:424\ncontent-type:application%2Fjson%3Bcharset%3Dutf-8\nhost:bcc.bj.baidubce.com\n"
        + "x-bce-date:2024-01-02T03%3A04%3A05Z"

    @Test func vpnUpdateSteps() {
        let prefix = BCESigner.authStringPrefix(
            accessKeyId: "AKIDEXAMPLE", timestamp: "2024-01-02T03:04:05Z", expirationSeconds: 1800)
        let key = BCESigner.signingKey(secretAccessKey: "SKEXAMPLE", authStringPrefix: prefix)
        #expect(key == "3e07b7f45a4a7905b1bd27a4a557b93a6304c1bcce2f3b7e8db0d93b682bab95")
        var stamped = Self.vpnRequest
        stamped.setHeader("x-bce-date", "2024-01-02T03:04:05Z")
        let headers = BCESigner.canonicalHeaders(stamped.headers)
        let canonical = BCESigner.canonicalRequest(
            method: "PUT", canonicalURI: BCESigner.canonicalURI(stamped.path),
            canonicalQuery: BCESigner.canonicalQueryString(stamped.query), canonicalHeaders: headers.canonical)
        #expect(canonical == Self.vpnCanonical)
        #expect(
            BCESigner.signature(signingKey: key, canonicalRequest: canonical)
                == "1f27abb2e84b97f9052f07f5b6c6306d7772f1402ecb6262c2239e4e4432310c")
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
