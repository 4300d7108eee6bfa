import Testing
import TunnelClient
import TunnelCore
import TunnelTesting

@Suite("BCEServiceError")
struct BCEServiceErrorTests {
    @Test("decodes BCE's error body and maps the field")
    func decodesBody() {
        let response = HTTPResponse.bceError(
            status: 400, code: "InvalidParameter", message: "secretKey is invalid", requestId: "req-body"
        )
        let error = BCEServiceError(response: response)
        #expect(error.httpStatus == 400)
        #expect(error.code == "InvalidParameter")
        #expect(error.message == "secretKey is invalid")
        #expect(error.requestId == "req-body")
        #expect(error.field == FieldPath(.secretKey))
        #expect(!error.isRetryable)
        #expect(error.localizedDescription.contains("InvalidParameter"))
        #expect(error.localizedDescription.contains("req-body"))
    }

    @Test("takes the request id from the header when the body has none")
    func headerRequestId() {
        let response = HTTPResponse.fake(
            status: 403, body: #"{"code":"AccessDenied","message":"Access denied"}"#, requestId: "req-header"
        )
        let error = BCEServiceError(response: response)
        #expect(error.code == "AccessDenied")
        #expect(error.requestId == "req-header")
        #expect(error.field == nil)
    }

    @Test("a body that is not BCE's JSON still gives a readable error")
    func htmlBody() {
        let response = HTTPResponse.fake(status: 502, body: "<html>\nBad gateway\n</html>")
        let error = BCEServiceError(response: response)
        #expect(error.code == "HTTP502")
        #expect(error.message == "<html> Bad gateway </html>")
        #expect(error.requestId == nil)
        #expect(error.isRetryable)
    }

    @Test("an empty body says so")
    func emptyBody() {
        let error = BCEServiceError(response: HTTPResponse(status: 500))
        #expect(error.code == "HTTP500")
        #expect(error.message.contains("no error body"))
    }
}
