import HTTPTypes
import Hummingbird

/// Builds answers with BCE's headers: `x-bce-request-id` always, JSON content type, error body
/// `{"code","message","requestId"}`.
enum ResponseBuilder {
    static let requestIdHeader = HTTPField.Name("x-bce-request-id")!

    static func answer(_ answer: EmulatorAnswer) -> Response {
        response(status: answer.status, body: answer.body, requestId: answer.requestId)
    }

    static func error(_ error: EmulatorError, requestId: String) -> Response {
        let body = ErrorBody(code: error.code, message: error.message, requestId: requestId)
        return response(status: error.status, body: JSONBody.encode(body), requestId: requestId)
    }

    private static func response(status: Int, body: String, requestId: String) -> Response {
        var headers = HTTPFields()
        headers[requestIdHeader] = requestId
        headers[.contentType] = "application/json;charset=UTF-8"
        headers[.server] = "BWS"
        return Response(
            status: HTTPResponse.Status(code: status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    /// BCE's error body.
    private struct ErrorBody: Encodable {
        let code: String
        let message: String
        let requestId: String
    }
}
