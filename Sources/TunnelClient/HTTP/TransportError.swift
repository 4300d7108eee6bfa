import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Why no HTTP response arrived.
public enum TransportError: Error, Equatable, Sendable, LocalizedError {
    /// No complete response within the time allowed.
    case timedOut(after: Duration)
    /// The connection could not be made or broke before the response was complete.
    case connectionFailed(String)
    /// The calling task was cancelled.
    case cancelled
    /// The request could not be sent at all (a malformed URL or header); retrying cannot help.
    case invalidRequest(String)
    /// The TLS handshake with `host` failed, most often because its certificate could not be verified. Never
    /// retried: the same host would present the same certificate, and a certificate that does not verify may be
    /// someone else's, who must not get another request; nor is the request ever sent without TLS instead.
    case tlsFailed(host: String, reason: CommandText.TLSReason)

    /// Whether sending the same request again may succeed.
    public var isRetryable: Bool {
        switch self {
        case .timedOut, .connectionFailed: true
        case .cancelled, .invalidRequest, .tlsFailed: false
        }
    }

    /// The English text, as it always read.
    public var errorDescription: String? { text(in: .en) }
}

extension TransportError: Translatable {
    /// The system's or the HTTP library's own reason, inside, stays as they wrote it.
    public func text(in language: Language) -> String {
        let command: CommandText =
            switch self {
            case .timedOut(let after): .noResponseWithin(time: after.formattedSeconds)
            case .connectionFailed(let reason): .connectionFailed(reason: reason)
            case .cancelled: .cancelled
            case .invalidRequest(let reason): .requestNotSent(reason: reason)
            case .tlsFailed(let host, let reason): .tlsFailed(host: host, reason: reason)
            }
        return Sanitizer.visible(language.text(.command(command)))
    }
}
