import Synchronization
import TunnelCore

/// Creates the HTTP client on the first request: the editor's first frame must not wait for networking set-up
/// (README, Speed), and most sessions send one request at the end, if any.
public final class LazyHTTPTransport: HTTPTransport, Sendable {
    private let transport = Mutex<AsyncHTTPTransport?>(nil)

    public init() {}

    public func send(_ request: PreparedRequest, timeout: Duration) async throws -> HTTPResponse {
        let transport = self.transport.withLock { current in
            if let current { return current }
            let created = AsyncHTTPTransport()
            current = created
            return created
        }
        return try await transport.send(request, timeout: timeout)
    }

    /// Shuts the HTTP client down if one was created.
    public func shutdown() async {
        guard let transport = self.transport.withLock({ $0 }) else { return }
        try? await transport.shutdown()
    }
}
