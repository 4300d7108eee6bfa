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
    case tlsFailed(host: String, reason: String)

    /// Whether sending the same request again may succeed.
    public var isRetryable: Bool {
        switch self {
        case .timedOut, .connectionFailed: true
        case .cancelled, .invalidRequest, .tlsFailed: false
        }
    }

    public var errorDescription: String? {
        switch self {
        case .timedOut(let after): "no response within \(after.formattedSeconds)"
        case .connectionFailed(let reason): "connection failed: \(reason)"
        case .cancelled: "cancelled"
        case .invalidRequest(let reason): "the request could not be sent: \(reason)"
        case .tlsFailed(let host, let reason):
            "certificate or TLS handshake problem with \(host) (\(reason)): not sent and not retried; check that the "
                + "endpoint is BCE's and that nothing on the way intercepts TLS"
        }
    }
}
