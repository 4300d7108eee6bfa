import Foundation
import Testing
import TunnelClient
import TunnelCore
import TunnelTesting

@Suite("BCETunnelClient.submit")
struct BCETunnelClientSubmitTests {
    let token = "1849ef6b-f73c-4f5d-b88b-259ca47af849"

    func client(
        _ transport: FakeTransport, policy: RetryPolicy = .immediate(), clock: ManualRetryClock = ManualRetryClock(),
        dates: SteppingClock = SteppingClock(), random: RandomSource = .constant(0)
    ) throws -> BCETunnelClient {
        BCETunnelClient(
            endpoint: try ConnectionResolver.sendingEndpoint(url: "https://bcc.bj.baidubce.com"),
            credentials: ClientFixtures.credentials,
            transport: transport, retryPolicy: policy, clock: clock, random: random,
            currentDate: { dates.date() }
        )
    }

    @Test("a 200 is applied after one attempt, and what was sent is exactly the preview")
    func applied() async throws {
        let transport = FakeTransport(status: 200, requestId: "req-ok")
        let start = Date(timeIntervalSince1970: 1_704_164_645)
        let client = try client(transport, dates: SteppingClock(start: start))
        let outcome = await client.submit(ClientFixtures.update, clientToken: token)
        #expect(outcome == .applied(requestId: "req-ok", attempts: 1))
        let sent = await transport.requests
        let preview = client.preparedRequest(for: ClientFixtures.update, clientToken: token, date: start)
        #expect(sent == [preview])
        #expect(preview.header("Authorization")?.hasPrefix("bce-auth-v1/AKIDEXAMPLE/") == true)
        #expect(preview.method == "PUT")
        #expect(preview.path == "/v1/vpn/vpnconn/vpnconn-ku4cxya6nisq")
        #expect(preview.query.contains(QueryParameter("clientToken", token)))
    }

    @Test("a 4xx is never retried", arguments: [400, 401, 403, 404, 409, 412, 429])
    func clientErrorNotRetried(status: Int) async throws {
        let transport = FakeTransport(script: [
            .respond(.bceError(status: status, code: "Refused", message: "secretKey is invalid", requestId: "req-4")),
            .respond(.fake(status: 200)),
        ])
        let outcome = try await client(transport).submit(ClientFixtures.update, clientToken: token)
        let expected = BCEServiceError(
            httpStatus: status, code: "Refused", message: "secretKey is invalid", requestId: "req-4",
            field: FieldPath(.secretKey)
        )
        #expect(outcome == .rejected(expected, attempts: 1))
        #expect(await transport.sent.count == 1)
    }

    @Test("5xx is retried with the same clientToken and body, a fresh date and signature each attempt")
    func serverErrorRetried() async throws {
        let failure = HTTPResponse.bceError(status: 500, code: "InternalError", message: "boom", requestId: "req-5")
        let transport = FakeTransport(script: [
            .respond(failure), .respond(.fake(status: 503)), .respond(.fake(status: 200, requestId: "req-third")),
        ])
        let outcome = try await client(transport).submit(ClientFixtures.update, clientToken: token)
        #expect(outcome == .applied(requestId: "req-third", attempts: 3))
        let sent = await transport.requests
        #expect(sent.count == 3)
        #expect(Set(sent.map(\.query)).count == 1)
        #expect(sent.allSatisfy { $0.query.contains(QueryParameter("clientToken", token)) })
        #expect(Set(sent.map(\.body)).count == 1)
        #expect(Set(sent.compactMap { $0.header("x-bce-date") }).count == 3)
        #expect(Set(sent.compactMap { $0.header("Authorization") }).count == 3)
    }

    @Test("5xx on every attempt ends rejected after the last one")
    func serverErrorExhausted() async throws {
        let failure = HTTPResponse.bceError(status: 500, code: "InternalError", message: "boom", requestId: "req-5")
        let transport = FakeTransport(script: [.respond(failure)])
        let outcome = try await client(transport, policy: .immediate(maximumAttempts: 4))
            .submit(ClientFixtures.update, clientToken: token)
        guard case .rejected(let error, let attempts) = outcome else {
            Issue.record("expected rejected, got \(outcome)")
            return
        }
        #expect(attempts == 4)
        #expect(error.code == "InternalError")
        #expect(error.requestId == "req-5")
        #expect(await transport.sent.count == 4)
    }

    @Test(
        "network failures are retried, then reported unreachable",
        arguments: [TransportError.connectionFailed("connection refused"), .timedOut(after: .seconds(15))])
    func unreachable(failure: TransportError) async throws {
        let transport = FakeTransport(script: [.fail(failure)])
        let outcome = try await client(transport, policy: .immediate(maximumAttempts: 3))
            .submit(ClientFixtures.update, clientToken: token)
        #expect(outcome == .unreachable(reason: failure.localizedDescription, attempts: 3))
        #expect(await transport.sent.count == 3)
    }

    @Test("a network failure then success applies once")
    func recovers() async throws {
        let transport = FakeTransport(script: [
            .fail(.connectionFailed("connection reset by peer")), .respond(.fake(status: 200, requestId: "req-2")),
        ])
        let outcome = try await client(transport).submit(ClientFixtures.update, clientToken: token)
        #expect(outcome == .applied(requestId: "req-2", attempts: 2))
    }

    @Test("a request that cannot be sent is not retried")
    func invalidRequest() async throws {
        let transport = FakeTransport(script: [.fail(.invalidRequest("bad header"))])
        let outcome = try await client(transport).submit(ClientFixtures.update, clientToken: token)
        #expect(outcome.attempts == 1)
        #expect(await transport.sent.count == 1)
    }

    @Test("pauses between attempts back off exponentially with jitter")
    func backoff() async throws {
        let clock = ManualRetryClock()
        let transport = FakeTransport(script: [.respond(.fake(status: 500))])
        let policy = RetryPolicy(
            maximumAttempts: 4, initialDelay: .milliseconds(100), maximumDelay: .seconds(1), multiplier: 2,
            jitter: 0.5, attemptTimeout: .seconds(5), totalTimeout: .seconds(60)
        )
        _ = try await client(transport, policy: policy, clock: clock, random: .constant(0.5))
            .submit(ClientFixtures.update, clientToken: token)
        // 100, 200, 400 ms, each less a quarter (jitter 0.5 × random 0.5); none after the last attempt.
        #expect(await clock.sleeps == [.milliseconds(75), .milliseconds(150), .milliseconds(300)])
    }

    @Test("the total time bounds the attempts, and the last attempt gets only the time left")
    func totalTimeBound() async throws {
        let clock = ManualRetryClock()
        let transport = FakeTransport(
            script: [.fail(.timedOut(after: .seconds(10)))], clock: clock, latency: .seconds(10)
        )
        let policy = RetryPolicy(
            maximumAttempts: 10, initialDelay: .zero, maximumDelay: .zero, jitter: 0, attemptTimeout: .seconds(10),
            totalTimeout: .seconds(25)
        )
        let outcome = try await client(transport, policy: policy, clock: clock)
            .submit(ClientFixtures.update, clientToken: token)
        #expect(outcome.attempts == 3)
        #expect(await transport.sent.map(\.timeout) == [.seconds(10), .seconds(10), .seconds(5)])
        #expect(await clock.now() == .seconds(30))
    }

    @Test("no retry starts when its pause would pass the total time")
    func noRetryPastDeadline() async throws {
        let clock = ManualRetryClock()
        let transport = FakeTransport(script: [.respond(.fake(status: 500))])
        let policy = RetryPolicy(
            maximumAttempts: 5, initialDelay: .seconds(30), maximumDelay: .seconds(30), jitter: 0,
            attemptTimeout: .seconds(5), totalTimeout: .seconds(20)
        )
        let outcome = try await client(transport, policy: policy, clock: clock)
            .submit(ClientFixtures.update, clientToken: token)
        #expect(outcome.attempts == 1)
        #expect(await clock.sleeps.isEmpty)
    }

    @Test("cancelling the task stops a request in flight")
    func cancellation() async throws {
        let transport = FakeTransport(script: [.hang])
        let client = try client(transport)
        let task = Task { await client.submit(ClientFixtures.update, clientToken: token) }
        await transport.waitForRequests(count: 1)
        task.cancel()
        #expect(await task.value == .cancelled(attempts: 1))
        #expect(await transport.sent.count == 1)
    }

    @Test("cancelling the task during the pause before a retry stops the retries")
    func cancellationDuringPause() async throws {
        let clock = PausingClock()
        let transport = FakeTransport(script: [.respond(.fake(status: 500))])
        let pausing = BCETunnelClient(
            endpoint: try ConnectionResolver.sendingEndpoint(url: "https://bcc.bj.baidubce.com"),
            credentials: ClientFixtures.credentials,
            transport: transport, retryPolicy: .standard, clock: clock
        )
        let task = Task { await pausing.submit(ClientFixtures.update, clientToken: token) }
        var pauses = clock.pauses.makeAsyncIterator()
        _ = await pauses.next()
        task.cancel()
        #expect(await task.value == .cancelled(attempts: 1))
        #expect(await transport.sent.count == 1)
    }
}

/// A clock whose pauses last until the task is cancelled, and which tells when a pause begins.
private struct PausingClock: RetryClock {
    let pauses: AsyncStream<Duration>
    private let started: AsyncStream<Duration>.Continuation

    init() {
        (pauses, started) = AsyncStream<Duration>.makeStream()
    }

    func now() async -> Duration { .zero }

    func sleep(for duration: Duration) async throws {
        started.yield(duration)
        // Not a wait for a condition: a pause that only cancellation ends.
        try await Task.sleep(for: .seconds(86_400))
    }
}
