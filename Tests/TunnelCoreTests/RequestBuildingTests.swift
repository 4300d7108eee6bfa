import Foundation
import Testing

@testable import TunnelCore

@Suite struct RequestBuildingTests {
    static let update = TunnelValidator().validate(Fixtures.seedDraft).update!

    @Test func seedUpdateRequest() throws {
        let endpoint = try Endpoint.region("bj")
        let request = UpdateRequestBuilder.build(
            Self.update, clientToken: "1849ef6b-f73c-4f5d-b88b-259ca47af849", endpoint: endpoint)
        #expect(request.method == "PUT")
        #expect(
            request.requestTarget
                == "/v1/vpn/vpnconn/vpnconn-ku4cxya6nisq?clientToken=1849ef6b-f73c-4f5d-b88b-259ca47af849")
        #expect(request.url == "https://bcc.bj.baidubce.com" + request.requestTarget)
        #expect(
            request.headers == [
                HTTPHeader("Host", "bcc.bj.baidubce.com"), HTTPHeader("Content-Type", "application/json;charset=utf-8"),
                HTTPHeader("Content-Length", "417"), HTTPHeader("User-Agent", UpdateRequestBuilder.userAgent),
            ])
        #expect(String(decoding: request.body, as: UTF8.self) == Fixtures.seedBody)
    }

    @Test func draftBodyEqualsUpdateBodyForAValidDraft() {
        #expect(RequestBody.encode(draft: Fixtures.seedDraft) == RequestBody.encode(Self.update))
    }

    @Test func unsetOptionalKeysAreLeftOutAndNothingIsNull() throws {
        var draft = Fixtures.cleanDraft
        draft.description = ""
        draft.ikeConfig.ikeVersion = "v2"
        draft.ikeConfig.ikeMode = ""
        let update = try #require(TunnelValidator().validate(draft).update)
        let body = String(decoding: RequestBody.encode(update), as: UTF8.self)
        #expect(!body.contains("description"))
        #expect(!body.contains("ikeMode"))
        #expect(!body.contains("cgwId"))
        #expect(!body.contains("null"))
        draft.cgwId = "cgw-76e47745e608"
        let withGateway = try #require(TunnelValidator().validate(draft).update)
        #expect(
            String(decoding: RequestBody.encode(withGateway), as: UTF8.self).contains(#""cgwId":"cgw-76e47745e608""#))
    }

    @Test func bodyEscapesStrings() throws {
        var draft = Fixtures.cleanDraft
        draft.description = "say \"hi\"\\\n\u{1}测试"
        let update = try #require(TunnelValidator().validate(draft).update)
        let body = RequestBody.encode(update)
        #expect(String(decoding: body, as: UTF8.self).contains(#""description":"say \"hi\"\\\n\u0001测试""#))
        #expect(try JSONParser.parse(body)["description"] == .string(draft.description))
    }

    @Test func pathAndQueryAreEncoded() throws {
        let request = UpdateRequestBuilder.request(
            method: "GET", path: "/v1/vpn/vpnconn/a b", query: [QueryParameter("marker", "x/y z")], body: [],
            endpoint: try Endpoint(url: "http://127.0.0.1:8080"))
        #expect(request.requestTarget == "/v1/vpn/vpnconn/a%20b?marker=x%2Fy%20z")
        #expect(request.header("host") == "127.0.0.1:8080")
        #expect(request.header("Content-Type") == nil)
        #expect(request.header("content-length") == nil)
        let delete = UpdateRequestBuilder.request(
            method: "POST", path: "/v1/vpn/vpn-abcd/vpnconn", query: [], body: [], endpoint: try Endpoint.region("bj"))
        #expect(delete.header("content-length") == "0")
    }

    @Test(arguments: [
        ("https://bcc.bj.baidubce.com", "bcc.bj.baidubce.com", false),
        ("https://bcc.bj.baidubce.com:443/", "bcc.bj.baidubce.com", false),
        ("http://127.0.0.1:8080", "127.0.0.1:8080", true), ("http://localhost", "localhost", true),
        ("HTTPS://Example.COM:8443", "example.com:8443", false),
    ])
    func endpoints(url: String, hostHeader: String, loopback: Bool) throws {
        let endpoint = try Endpoint(url: url)
        #expect(endpoint.hostHeader == hostHeader)
        #expect(endpoint.isLoopback == loopback)
    }

    @Test(arguments: [
        "bcc.bj.baidubce.com", "ftp://host", "https://", "https://host:0", "https://host:99999", "https://host/path",
    ])
    func badEndpoints(url: String) {
        #expect(throws: EndpointError.self) { try Endpoint(url: url) }
    }

    @Test func regions() throws {
        #expect(try Endpoint.region("gz").baseURL == "https://bcc.gz.baidubce.com")
        #expect(throws: EndpointError.self) { try Endpoint.region("mars") }
    }

    @Test func clientTokensAreFreshLowercaseUUIDs() {
        let first = ClientToken.generate()
        #expect(first.count == 36 && first == first.lowercased())
        #expect(first != ClientToken.generate())
    }

    /// The preview's indented body is the same members as the body signed and sent, from the same encoder.
    @Test(arguments: [Fixtures.seedDraft, Fixtures.cleanDraft])
    func theIndentedBodyHoldsWhatTheSentBodyHolds(draft: TunnelDraft) throws {
        var draft = draft
        draft.cgwId = "cgw-76e47745e608"
        draft.description = "say \"hi\", then: a=b; c&d\n测试"
        let update = try #require(TunnelValidator().validate(draft).update)
        let request = BCESigner().sign(
            UpdateRequestBuilder.build(update, clientToken: "1849ef6b", endpoint: try Endpoint.region("bj")),
            credentials: BCECredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SKEXAMPLE"), date: Date())
        // The compact form is, byte for byte, what is signed and sent.
        #expect(RequestBody.encode(update) == request.body)
        #expect(RequestBody.encode(update, indent: nil) == request.body)
        let indented = RequestBody.encode(update, indent: 2)
        let text = String(decoding: indented, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"vpnId\": \"vpn-s1bpb19cmd8n\",\n  \"secretKey\": "))
        #expect(text.contains("\n  \"ikeConfig\": {\n    \"ikeVersion\": \"v1\",\n"))
        #expect(text.hasSuffix("\n  }\n}"))
        #expect(Self.plain(try JSONParser.parse(indented)) == Self.plain(try JSONParser.parse(request.body)))
        #expect(Self.plain(try JSONParser.parse(indented)).contains(#""description":"say \"hi\", then"#))
    }

    /// A value as compact text with its keys in order, whatever the layout it was parsed from.
    static func plain(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): "\(flag)"
        case .number(let text): text
        case .string(let text): "\"" + text.replacing("\"", with: "\\\"") + "\""
        case .array(let items): "[" + items.map(plain).joined(separator: ",") + "]"
        case .object(let members): "{" + members.map { "\"\($0.key)\":" + plain($0.value) }.joined(separator: ",") + "}"
        }
    }
}

/// The one rule for client tokens, which the validator, `submit`, `preview` and the emulator all ask.
@Suite struct ClientTokenRuleTests {
    @Test(
        arguments: [
            ("1849ef6b-f73c-4f5d-b88b-259ca47af849", nil),
            (String(repeating: "a", count: 64), nil),
            (String(repeating: "a", count: 65), "is 65 characters long; the maximum is 64"),
            ("with space", "must be printable ASCII without spaces"),
            ("tok\u{1b}]0;x\u{07}", "must be printable ASCII without spaces"),
            ("北京", "must be printable ASCII without spaces"),
            ("", "is empty"),
        ] as [(String, String?)])
    func aTokenFollowsOneRule(token: String, expected: String?) {
        #expect(ClientToken.problem(with: token) == expected)
    }

    @Test func theValidatorAsksTheSameRule() {
        var draft = TunnelDraft()
        draft.clientToken = "with space"
        let problem = TunnelValidator().validate(draft).problems.first { $0.path.field == .clientToken }
        #expect(problem?.rule == ClientToken.problem(with: "with space"))
    }
}
