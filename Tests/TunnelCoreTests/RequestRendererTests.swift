import Foundation
import Testing

@testable import TunnelCore

@Suite struct RequestRendererTests {
    static func signedSeedRequest() throws -> PreparedRequest {
        let update = try #require(TunnelValidator().validate(Fixtures.seedDraft).update)
        let request = UpdateRequestBuilder.build(
            update, clientToken: "1849ef6b-f73c-4f5d-b88b-259ca47af849", endpoint: try Endpoint.region("bj"))
        let date = try #require(BCETimestamp.date(from: "2024-01-02T03:04:05Z"))
        return BCESigner().sign(
            request, credentials: BCECredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "SKEXAMPLE"), date: date)
    }

    @Test func httpShowsTheWireFormWithSecretsMasked() throws {
        let request = try Self.signedSeedRequest()
        let text = RequestRenderer.http(request, revealingSecrets: false)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines[0]
                == "PUT /v1/vpn/vpnconn/vpnconn-ku4cxya6nisq?clientToken=1849ef6b-f73c-4f5d-b88b-259ca47af849 HTTP/1.1")
        #expect(lines[1] == "Host: bcc.bj.baidubce.com")
        #expect(text.contains("\nx-bce-date: 2024-01-02T03:04:05Z\n"))
        #expect(
            text.contains(
                "Authorization: bce-auth-v1/AKIDEXAMPLE/2024-01-02T03:04:05Z/1800/content-length;content-type;host;x-bce-date/********\n"
            ))
        #expect(!text.contains("ddd22@www"))
        #expect(text.contains(#""secretKey":"********""#))
        let signature = try #require(request.header("Authorization")?.split(separator: "/").last)
        #expect(!text.contains(signature))
    }

    @Test func revealedHTTPIsTheExactRequest() throws {
        let request = try Self.signedSeedRequest()
        let text = RequestRenderer.http(request, revealingSecrets: true)
        #expect(text.hasSuffix("\n\n" + Fixtures.seedBody))
        #expect(text.contains("ddd22@www"))
        #expect(text.contains(try #require(request.header("Authorization"))))
    }

    @Test func theIndentedBodyIsShownAfterTheHeadersSentWithTheKeyMasked() throws {
        let request = try Self.signedSeedRequest()
        let update = try #require(TunnelValidator().validate(Fixtures.seedDraft).update)
        let indented = RequestBody.encode(update, indent: 2)
        let masked = RequestRenderer.http(request, showingBody: indented, revealingSecrets: false)
        let wire = RequestRenderer.http(request, revealingSecrets: false)
        let head = try #require(wire.firstRange(of: "\n\n")?.upperBound)
        let indentedText = String(decoding: indented, as: UTF8.self)
        #expect(masked == wire[..<head] + RequestRenderer.maskingSecretKey(in: indentedText))
        #expect(masked.contains("\n\n{\n  \"vpnId\": \"vpn-s1bpb19cmd8n\",\n  \"secretKey\": \"********\",\n"))
        #expect(!masked.contains("ddd22@www"))
        let revealed = RequestRenderer.http(request, showingBody: indented, revealingSecrets: true)
        let revealedWire = RequestRenderer.http(request, revealingSecrets: true)
        let revealedHead = try #require(revealedWire.firstRange(of: "\n\n")?.upperBound)
        #expect(revealed == revealedWire[..<revealedHead] + indentedText)
        #expect(revealed.contains(#""secretKey": "ddd22@www","#))
    }

    @Test func curlQuotesForTheShell() throws {
        var request = try Self.signedSeedRequest()
        request.body = Array(#"{"description":"it's"}"#.utf8)
        let text = RequestRenderer.curl(request, revealingSecrets: true)
        #expect(text.hasPrefix("curl -sS -X PUT 'https://bcc.bj.baidubce.com/v1/vpn/vpnconn/"))
        #expect(text.contains(#"--data-binary '{"description":"it'\''s"}'"#))
    }

    @Test(arguments: [
        (#"{"secretKey":"a\"b@1xyzw"}"#, #"{"secretKey":"********"}"#),
        ("{\n  \"secretKey\": \"ab1@cdefg\",\n  \"x\": 1\n}", "{\n  \"secretKey\": \"********\",\n  \"x\": 1\n}"),
        (#"{"vpnId":"v","secretKey":"","b":"secretKey"}"#, #"{"vpnId":"v","secretKey":"********","b":"secretKey"}"#),
    ])
    func masking(json: String, masked: String) {
        #expect(RequestRenderer.maskingSecretKey(in: json) == masked)
    }
}
