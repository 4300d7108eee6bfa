// TEMPORARY copy of the TunnelClient contract (TEAM.md) until the client branch lands on main; delete this file
// when merging `client`, which defines these types in TunnelClient.
import Foundation
import TunnelCore

/// An error BCE answered with.
public struct BCEServiceError: Error, Sendable, Equatable, LocalizedError {
    public let httpStatus: Int
    public let code: String
    public let message: String
    public let requestId: String?
    /// The field named in the message, when found.
    public let field: FieldPath?

    public init(httpStatus: Int, code: String, message: String, requestId: String?, field: FieldPath?) {
        self.httpStatus = httpStatus
        self.code = code
        self.message = message
        self.requestId = requestId
        self.field = field
    }

    public var errorDescription: String? { "BCE answered HTTP \(httpStatus) \(code): \(message)" }
}

/// How a submission ended.
public enum SubmitOutcome: Sendable, Equatable {
    case applied(requestId: String?, attempts: Int)
    /// 4xx, or 5xx after the last retry.
    case rejected(BCEServiceError, attempts: Int)
    /// Network failure after the retries.
    case unreachable(reason: String, attempts: Int)
    case cancelled(attempts: Int)
}

/// What the editor needs from BCE.
public protocol TunnelService: Sendable {
    /// Reads the tunnel from BCE (list the VPN's tunnels, pick by id) as an editable draft.
    func fetchTunnel(vpnId: String, vpnConnId: String) async throws -> TunnelDraft
    /// Signs at send time, retries network failures and 5xx with the same clientToken; honours Task cancellation.
    func submit(_ update: TunnelUpdate, clientToken: String) async -> SubmitOutcome
    /// The exact request `submit` would send first, signed at `date` (nil signature parts when no credentials).
    func preparedRequest(for update: TunnelUpdate, clientToken: String, date: Date) -> PreparedRequest
}
