import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

@testable import TunnelClient

@Suite("AsyncHTTPTransport error mapping")
struct TransportErrorMappingTests {
    static let timeout = Duration.seconds(3)

    @Test(
        "async-http-client and NIO errors map to the cases the retry loop tells apart",
        arguments: [
            (HTTPClientError.deadlineExceeded as any Error, TransportError.timedOut(after: timeout)),
            (HTTPClientError.readTimeout, .timedOut(after: timeout)),
            (HTTPClientError.connectTimeout, .timedOut(after: timeout)),
            (HTTPClientError.cancelled, .cancelled),
            (CancellationError(), .cancelled),
            (HTTPClientError.invalidURL, .invalidRequest(String(describing: HTTPClientError.invalidURL))),
            (IOError(errnoCode: ECONNREFUSED, reason: "connect"), .connectionFailed("connection refused")),
            (
                HTTPClientError.remoteConnectionClosed,
                .connectionFailed(String(describing: HTTPClientError.remoteConnectionClosed))
            ),
        ])
    func maps(error: any Error, expected: TransportError) {
        #expect(AsyncHTTPTransport.transportError(for: error, timeout: Self.timeout) == expected)
    }

    @Test("only timeouts and connection failures are worth another attempt")
    func retryable() {
        #expect(TransportError.timedOut(after: .seconds(1)).isRetryable)
        #expect(TransportError.connectionFailed("reset").isRetryable)
        #expect(!TransportError.cancelled.isRetryable)
        #expect(!TransportError.invalidRequest("bad").isRetryable)
    }

    @Test(
        "durations read as seconds in messages",
        arguments: [
            (Duration.seconds(15), "no response within 15s"),
            (.milliseconds(2500), "no response within 2.5s"),
            (.milliseconds(300), "no response within 0.3s"),
            // Three significant digits, as C's %.3g rounds and, from 1000 s, writes them.
            (.milliseconds(12_345), "no response within 12.3s"),
            (.milliseconds(1_234_567), "no response within 1.23e+03s"),
        ])
    func message(after: Duration, expected: String) {
        #expect(TransportError.timedOut(after: after).localizedDescription == expected)
    }
}
