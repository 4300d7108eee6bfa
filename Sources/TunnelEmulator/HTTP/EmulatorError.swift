#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An error answer of the emulated API: an HTTP status and BCE's `code` and `message`.
public struct EmulatorError: Error, Equatable, Sendable, LocalizedError {
    public var status: Int
    public var code: String
    public var message: String

    public init(status: Int, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public var errorDescription: String? { "\(status) \(code): \(message)" }

    static func signatureDoesNotMatch(_ message: String) -> EmulatorError {
        EmulatorError(status: 403, code: "SignatureDoesNotMatch", message: message)
    }

    static func invalidAuthHeader(_ message: String) -> EmulatorError {
        EmulatorError(status: 400, code: "InvalidHTTPAuthHeader", message: message)
    }

    static func invalidAccessKeyId(_ accessKeyId: String) -> EmulatorError {
        EmulatorError(
            status: 403, code: "InvalidAccessKeyId",
            message: "The access key id \(accessKeyId) does not exist in our records")
    }

    static func requestExpired(_ message: String) -> EmulatorError {
        EmulatorError(status: 400, code: "RequestExpired", message: message)
    }

    static func malformedJSON(_ message: String) -> EmulatorError {
        EmulatorError(status: 400, code: "MalformedJSON", message: message)
    }

    static func inappropriateJSON(_ message: String) -> EmulatorError {
        EmulatorError(status: 400, code: "InappropriateJSON", message: message)
    }

    static func invalidParameter(_ message: String) -> EmulatorError {
        EmulatorError(status: 400, code: "InvalidParameter", message: message)
    }

    static func noSuchObject(_ message: String) -> EmulatorError {
        EmulatorError(status: 404, code: "NoSuchObject", message: message)
    }

    static func idempotentParameterMismatch(_ clientToken: String) -> EmulatorError {
        EmulatorError(
            status: 409, code: "IdempotentParameterMismatch",
            message: "clientToken \(clientToken) was already used for a different request")
    }

    static let internalError = EmulatorError(
        status: 500, code: "InternalError", message: "We encountered an internal error. Please try again.")
}
