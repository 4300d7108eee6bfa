import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import TunnelCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real transport: one shared async-http-client `HTTPClient` for every request of the process.
///
/// Redirects are never followed (a redirected request would carry the pre-shared key and a signature to a host the
/// operator did not name), responses are not decompressed, and a failed connection is not retried here. Call `shutdown()` once the client is no longer needed.
public final class AsyncHTTPTransport: HTTPTransport {
    /// The most response body accepted; BCE's answers to these calls are a few kilobytes.
    public static let maximumBodySize = 4 << 20

    private let client: HTTPClient

    /// - Parameter connectTimeout: how long to wait for a TCP (and TLS) connection before the attempt fails.
    public init(connectTimeout: Duration = .seconds(10)) {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        // A refused connection must fail this attempt at once: BCETunnelClient's retry policy decides about the
        // next one, within its bounded attempts and time (the pool would otherwise retry until the deadline).
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: TimeAmount(connectTimeout))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func send(_ request: PreparedRequest, timeout: Duration) async throws -> HTTPResponse {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers {
            outgoing.headers.add(name: header.name, value: header.value)
        }
        // A known length keeps the request framed by the Content-Length the signature covers, never chunked.
        outgoing.body = .bytes(request.body)
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        do {
            let response = try await client.execute(outgoing, deadline: deadline)
            let body = try await response.body.collect(upTo: Self.maximumBodySize)
            return HTTPResponse(
                status: Int(response.status.code),
                headers: response.headers.map { HTTPHeader($0.name, $0.value) },
                body: Array(buffer: body)
            )
        } catch {
            throw Self.transportError(for: error, timeout: timeout, host: request.endpoint.host)
        }
    }

    /// Closes the connections; the transport cannot send afterwards.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// Maps async-http-client's and NIO's errors onto the few cases the retry logic tells apart; `host` is the
    /// one the request went to, which a TLS failure names.
    static func transportError(for error: any Error, timeout: Duration, host: String) -> TransportError {
        if error is CancellationError || Task.isCancelled { return .cancelled }
        if let error = error as? TransportError { return error }
        if let reason = tlsFailure(error) { return .tlsFailed(host: host, reason: reason) }
        if let error = error as? HTTPClientError {
            let timeouts: [HTTPClientError] = [
                .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout, .tlsHandshakeTimeout,
                .getConnectionFromPoolTimeout,
            ]
            if error == .cancelled { return .cancelled }
            if timeouts.contains(error) { return .timedOut(after: timeout) }
            if [.invalidURL, .emptyHost, .emptyScheme].contains(error) {
                return .invalidRequest(String(describing: error))
            }
        }
        return .connectionFailed(reason(for: error))
    }

    /// What went wrong in a certificate check or a TLS handshake, shortly (`certificate verify failed`); nil for an
    /// error that is not one. A TLS connection cut after the handshake (`uncleanShutdown`) is a network failure.
    static func tlsFailure(_ error: any Error) -> CommandText.TLSReason? {
        if let error = error as? NIOConnectionError, let failure = error.connectionErrors.first {
            return tlsFailure(failure.error)
        }
        if let error = error as? NIOSSLExtraError { return .library(String(describing: error)) }
        if let error = error as? BoringSSLError { return .library(reasonNames(of: error)) }
        guard let error = error as? NIOSSLError else { return nil }
        switch error {
        case .handshakeFailed(let error): return .library(reasonNames(of: error))
        case .unableToValidateCertificate: return .certificateNotValidated
        case .noCertificateToValidate: return .noCertificate
        case .cannotMatchULabel: return .hostNameMismatch
        default: return nil
        }
    }

    /// BoringSSL's reason names (`CERTIFICATE_VERIFY_FAILED` as `certificate verify failed`), without its error
    /// numbers and source paths.
    private static func reasonNames(of error: BoringSSLError) -> String {
        let stack: NIOBoringSSLErrorStack
        switch error {
        case .sslError(let errors), .unknownError(let errors), .invalidSNIName(let errors),
            .failedToSetALPN(let errors):
            stack = errors
        default: return "\(error)"
        }
        let names = stack.map { entry -> String in
            // "Error: 268435581 error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED at path:line"
            let text = "\(entry)"
            let message = text.split(separator: " at ", maxSplits: 1).first.map(String.init) ?? text
            let name = (message.split(separator: ":").last.map(String.init) ?? message).drop(while: \.isWhitespace)
            return String(name.lowercased().map { $0 == "_" ? " " : $0 })
        }
        return names.isEmpty ? "\(error)" : names.joined(separator: ", ")
    }

    /// A short reason for a network error: `connection refused` rather than NIO's full error description.
    static func reason(for error: any Error) -> String {
        if let error = error as? NIOConnectionError {
            if let failure = error.connectionErrors.first { return reason(for: failure.error) }
            if let dns = error.dnsAError ?? error.dnsAAAAError { return "cannot resolve \(error.host): \(dns)" }
        }
        if let error = error as? IOError {
            return String(cString: strerror(error.errnoCode)).lowercased()
        }
        return String(describing: error)
    }
}
