import TunnelCore

/// Sends one prepared request and returns the whole response: the seam between the client and the network.
///
/// An implementation sends exactly the request's headers and body (what a preview shows is what is sent), throws a
/// `TransportError` when no response arrives, and stops when the calling task is cancelled.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and waits at most `timeout` for the complete response.
    func send(_ request: PreparedRequest, timeout: Duration) async throws -> HTTPResponse
}
