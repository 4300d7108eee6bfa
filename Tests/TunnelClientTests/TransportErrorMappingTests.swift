import AsyncHTTPClient
import Foundation
import NIOCore
import NIOSSL
import Testing
import TunnelCore

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
        #expect(
            AsyncHTTPTransport.transportError(for: error, timeout: Self.timeout, host: "bcc.bj.baidubce.com")
                == expected)
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

@Suite("AsyncHTTPTransport TLS error mapping")
struct TLSErrorMappingTests {
    @Test(
        "certificate and handshake failures map to one error that names the host and is never retried",
        arguments: [
            (NIOSSLError.handshakeFailed(.sslError([])) as any Error, .library("sslError([])")),
            (NIOSSLError.unableToValidateCertificate, .certificateNotValidated),
            (NIOSSLError.noCertificateToValidate, .noCertificate),
            (NIOSSLError.cannotMatchULabel, .hostNameMismatch),
            (
                NIOSSLExtraError.failedToValidateHostname,
                .library(String(describing: NIOSSLExtraError.failedToValidateHostname))
            ),
            (BoringSSLError.sslError([.eofDuringHandshake]), .library("eof during handshake")),
        ] as [(any Error, CommandText.TLSReason)])
    func tlsFailures(error: any Error, reason: CommandText.TLSReason) {
        let mapped = AsyncHTTPTransport.transportError(for: error, timeout: .seconds(3), host: "bcc.bj.baidubce.com")
        #expect(mapped == .tlsFailed(host: "bcc.bj.baidubce.com", reason: reason))
        #expect(!mapped.isRetryable)
        #expect(mapped.localizedDescription.hasPrefix("certificate or TLS handshake problem with bcc.bj.baidubce.com"))
    }

    @Test("a TLS connection cut after the handshake is a network failure, retried as one")
    func uncleanShutdown() {
        let mapped = AsyncHTTPTransport.transportError(
            for: NIOSSLError.uncleanShutdown, timeout: .seconds(3), host: "bcc.bj.baidubce.com")
        #expect(mapped == .connectionFailed(String(describing: NIOSSLError.uncleanShutdown)))
        #expect(mapped.isRetryable)
    }
}
