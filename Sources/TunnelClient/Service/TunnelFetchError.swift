import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Why the current tunnel could not be read.
public enum TunnelFetchError: Error, Equatable, Sendable, LocalizedError {
    /// BCE answered with an error.
    case service(BCEServiceError)
    /// No answer after the retries.
    case unreachable(reason: String, attempts: Int)
    case cancelled
    /// The VPN has no tunnel with that id.
    case notFound(vpnConnId: String, vpnId: String, available: [String])
    /// The answer was not the documented `{"vpnConns":[…]}` list.
    case malformedResponse(String)

    public var errorDescription: String? {
        switch self {
        case .service(let error):
            return "BCE refused to list the tunnels: \(error.localizedMessage)"
        case .unreachable(let reason, let attempts):
            return "BCE could not be reached after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(reason)"
        case .cancelled:
            return "cancelled"
        case .notFound(let vpnConnId, let vpnId, let available):
            let list = available.isEmpty ? "it has none" : "it has " + available.joined(separator: ", ")
            return "VPN \(vpnId) has no tunnel \(vpnConnId) (\(list))"
        case .malformedResponse(let reason):
            return "the tunnel list from BCE could not be read: \(reason)"
        }
    }
}

extension TunnelFetchError {
    /// How a command that could not read the tunnels ends, after `sysexits.h`: no such VPN or tunnel is bad input
    /// (65), no answer or a failing BCE unavailable (69), an answer that is not a tunnel list a protocol error
    /// (76), any other refusal a permission problem (77). `HelpText.ExitCodeTable.fetch` lists them for `--help`.
    public var exitStatus: Int32 {
        switch self {
        case .unreachable: ExitStatus.unavailable
        case .service(let refusal) where refusal.httpStatus == 404: ExitStatus.dataError
        case .service(let refusal) where refusal.isRetryable: ExitStatus.unavailable
        case .service: ExitStatus.noPermission
        case .notFound: ExitStatus.dataError
        case .malformedResponse: ExitStatus.protocolError
        case .cancelled: ExitStatus.interrupted
        }
    }
}

extension Array where Element == TunnelDraft {
    /// The tunnel `vpnConnId` of VPN `vpnId`'s list, or `notFound` naming the tunnels the VPN has.
    public func tunnel(_ vpnConnId: String, ofVPN vpnId: String) throws(TunnelFetchError) -> TunnelDraft {
        guard let tunnel = first(where: { $0.vpnConnId == vpnConnId }) else {
            throw .notFound(vpnConnId: vpnConnId, vpnId: vpnId, available: map(\.vpnConnId))
        }
        return tunnel
    }
}
