import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension BCEServiceError {
    /// Decodes an error response: the `{"code","message","requestId"}` body, and the `x-bce-request-id` header when
    /// the body has no request id. A body that is not BCE's JSON (a proxy's HTML page) still gives a readable error;
    /// an empty one is said in `language`.
    public init(response: HTTPResponse, language: Language = .en) {
        let decoded = try? JSONDecoder().decode(ErrorBody.self, from: Data(response.body))
        let code = decoded?.code.flatMap { $0.isEmpty ? nil : $0 } ?? "HTTP\(response.status)"
        let message = decoded?.message ?? Self.fallbackMessage(for: response, language: language)
        let requestId = decoded?.requestId.flatMap { $0.isEmpty ? nil : $0 } ?? response.header("x-bce-request-id")
        self.init(
            httpStatus: response.status, code: code, message: message, requestId: requestId,
            field: FieldMention.field(in: message)
        )
    }

    /// The start of a non-JSON body on one line, or the status alone when the body is empty.
    private static func fallbackMessage(for response: HTTPResponse, language: Language) -> String {
        let text = String(decoding: response.body.prefix(200), as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingWhitespace()
        return text.isEmpty ? language.text(.command(.emptyErrorBody(httpStatus: response.status))) : text
    }

    /// BCE's error body.
    private struct ErrorBody: Decodable {
        var code: String?
        var message: String?
        var requestId: String?
    }
}
