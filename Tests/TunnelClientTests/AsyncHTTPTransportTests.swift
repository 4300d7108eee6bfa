import Foundation
import Testing
import TunnelClient
import TunnelCore
import TunnelTesting

@Suite("AsyncHTTPTransport over loopback")
struct AsyncHTTPTransportTests {
    /// A signed update request for the server at `port`.
    func signedRequest(port: Int) throws -> PreparedRequest {
        let endpoint = try Endpoint(url: "http://127.0.0.1:\(port)")
        let unsigned = UpdateRequestBuilder.build(
            ClientFixtures.update, clientToken: "token-1", endpoint: endpoint
        )
        return BCESigner().sign(unsigned, credentials: ClientFixtures.credentials, date: Date())
    }

    @Test("sends exactly the prepared request's headers and body, and returns the whole response")
    func exactRequest() async throws {
        let server = try await RawHTTPServer(
            response: "HTTP/1.1 200 OK\r\nx-bce-request-id: req-1\r\ncontent-length: 2\r\n\r\n{}"
        )
        let transport = AsyncHTTPTransport()
        let request = try signedRequest(port: server.port)
        let response = try await transport.send(request, timeout: .seconds(10))
        try await transport.shutdown()
        var iterator = server.requests.makeAsyncIterator()
        let raw = try #require(await iterator.next())
        await server.close()

        #expect(response.status == 200)
        #expect(response.header("X-BCE-Request-Id") == "req-1")
        #expect(response.body == Array("{}".utf8))

        let separator = Array("\r\n\r\n".utf8)
        let end = try #require((0...(raw.count - 4)).first { raw[$0..<($0 + 4)].elementsEqual(separator) })
        let lines = String(decoding: raw[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.first == "PUT \(request.requestTarget) HTTP/1.1")
        let sentHeaders = lines.dropFirst().map { line -> HTTPHeader in
            let colon = line.firstIndex(of: ":")!
            return HTTPHeader(
                line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            )
        }
        let preparedHeaders = request.headers.map { HTTPHeader($0.name.lowercased(), $0.value) }
        #expect(Set(sentHeaders) == Set(preparedHeaders))
        #expect(sentHeaders.count == preparedHeaders.count)
        #expect(Array(raw[(end + 4)...]) == request.body)
    }

    @Test("a port nobody listens on is a connection failure")
    func refused() async throws {
        let server = try await RawHTTPServer(response: nil)
        let port = server.port
        await server.close()
        let transport = AsyncHTTPTransport(connectTimeout: .seconds(2))
        await #expect {
            _ = try await transport.send(try signedRequest(port: port), timeout: .seconds(5))
        } throws: { error in
            guard case .connectionFailed = error as? TransportError else { return false }
            return true
        }
        try await transport.shutdown()
    }

    @Test("a server that never answers times out")
    func timeout() async throws {
        let server = try await RawHTTPServer(response: nil)
        let transport = AsyncHTTPTransport()
        await #expect(throws: TransportError.timedOut(after: .milliseconds(300))) {
            _ = try await transport.send(try signedRequest(port: server.port), timeout: .milliseconds(300))
        }
        try await transport.shutdown()
        await server.close()
    }

    @Test("cancelling the task stops the request in flight")
    func cancellation() async throws {
        let server = try await RawHTTPServer(response: nil)
        let transport = AsyncHTTPTransport()
        let request = try signedRequest(port: server.port)
        let task = Task { try await transport.send(request, timeout: .seconds(60)) }
        var iterator = server.requests.makeAsyncIterator()
        _ = await iterator.next()
        task.cancel()
        await #expect(throws: TransportError.cancelled) { _ = try await task.value }
        try await transport.shutdown()
        await server.close()
    }
}

@Suite("TLS failures")
struct TLSFailureTests {
    @Test("a certificate that does not verify ends the request at once, naming the host; never retried")
    func selfSignedCertificate() async throws {
        let server = try await SelfSignedTLSServer()
        let transport = AsyncHTTPTransport()
        let client = BCETunnelClient(
            endpoint: try ConnectionResolver.sendingEndpoint(url: "https://127.0.0.1:\(server.port)"),
            credentials: ClientFixtures.credentials, transport: transport, retryPolicy: .immediate(maximumAttempts: 4)
        )
        let outcome = await client.submit(ClientFixtures.update, clientToken: "token-1")
        try await transport.shutdown()
        let connections = server.connections
        await server.close()

        guard case .unreachable(let reason, let attempts) = outcome else {
            Issue.record("expected no answer, got \(outcome)")
            return
        }
        #expect(attempts == 1)
        #expect(connections == 1)
        #expect(reason.hasPrefix("certificate or TLS handshake problem with 127.0.0.1 ("), "\(reason)")
        #expect(reason.contains("certificate verify failed"), "\(reason)")
        #expect(reason.contains("not retried"), "\(reason)")
    }
}

/// The editor's transport: no HTTP client until the first request, then the same client for every later one.
@Suite struct LazyHTTPTransportTests {
    @Test func aTransportThatSentNothingShutsDownAtOnce() async {
        await LazyHTTPTransport().shutdown()
    }

    @Test func theFirstRequestMakesTheClientAndItIsUsedAgain() async throws {
        let server = try await RawHTTPServer(response: "HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}")
        let transport = LazyHTTPTransport()
        let request = try AsyncHTTPTransportTests().signedRequest(port: server.port)
        let first = try await transport.send(request, timeout: .seconds(10))
        let second = try await transport.send(request, timeout: .seconds(10))
        await transport.shutdown()
        var iterator = server.requests.makeAsyncIterator()
        #expect(await iterator.next() != nil)
        #expect(await iterator.next() != nil)
        await server.close()
        #expect(first.status == 200 && second.status == 200)
    }
}
