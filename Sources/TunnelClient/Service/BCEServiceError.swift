import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An error answer from BCE: its status, `code`, `message` and request id, and the field the message names.
public struct BCEServiceError: Error, Sendable, Equatable, LocalizedError {
    public let httpStatus: Int
    public let code: String
    public let message: String
    public let requestId: String?
    /// The field named in the message, when one is found (`secretKey`, `ikeConfig.ikeLifeTime`, `localSubnets[1]`).
    public let field: FieldPath?

    public init(httpStatus: Int, code: String, message: String, requestId: String?, field: FieldPath? = nil) {
        self.httpStatus = httpStatus
        self.code = code
        self.message = message
        self.requestId = requestId
        self.field = field
    }

    /// Whether the server failed (5xx): the same request, with the same clientToken, may succeed later.
    public var isRetryable: Bool { (500..<600).contains(httpStatus) }

    /// `InvalidParameter (HTTP 400): secretKey is invalid [request id 1214cca7-…]`.
    ///
    /// Through `Sanitizer`: the code, the message and the request id are the server's text.
    public var errorDescription: String? { text(in: .en) }
}

extension BCEServiceError: Translatable {
    /// BCE's code and message as BCE wrote them, in a frame of `language`.
    public func text(in language: Language) -> String {
        Sanitizer.visible(
            language.text(
                .command(.serviceError(code: code, httpStatus: httpStatus, message: message, requestId: requestId))))
    }
}
