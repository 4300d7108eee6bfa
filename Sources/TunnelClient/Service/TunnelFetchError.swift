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

    /// The English text, as it always read.
    public var errorDescription: String? { text(in: .en) }
}

extension TunnelFetchError: Translatable {
    /// BCE's refusal and the network's reason inside it in `language` too, BCE's own words as they are.
    public func text(in language: Language) -> String {
        let command: CommandText =
            switch self {
            case .service(let error): .listRefused(reason: error.text(in: language))
            case .unreachable(let reason, let attempts): .bceUnreachable(attempts: attempts, reason: reason)
            case .cancelled: .cancelled
            case .notFound(let vpnConnId, let vpnId, let available):
                .noSuchTunnel(
                    tunnel: vpnConnId, vpn: vpnId,
                    available: available.isEmpty ? nil : available.joined(separator: ", "))
            case .malformedResponse(let reason): .tunnelListUnreadable(reason: reason)
            }
        return Sanitizer.visible(language.text(.command(command)))
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
