import TunnelClient
import TunnelCore

/// An in-memory `HTTPTransport`: answers from a script and records every request, for client tests.
///
/// Each `send` takes the next step of the script; the last step repeats once the script is used up. A step may
/// also advance a `ManualRetryClock`, to stand for the time a real request would take.
public actor FakeTransport: HTTPTransport {
    /// What one `send` does.
    public enum Step: Sendable {
        case respond(HTTPResponse)
        case fail(TransportError)
        /// Waits until the calling task is cancelled, then throws `TransportError.cancelled`, as a request
        /// that never gets an answer does.
        case hang
    }

    /// One request as the transport received it.
    public struct Sent: Sendable, Hashable {
        public let request: PreparedRequest
        public let timeout: Duration
    }

    private var script: [Step]
    private let clock: ManualRetryClock?
    private let latency: Duration
    public private(set) var sent: [Sent] = []
    private var waiters: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []

    /// - Parameters:
    ///   - clock, latency: when given, each send moves the clock forward by `latency`.
    public init(script: [Step], clock: ManualRetryClock? = nil, latency: Duration = .zero) {
        precondition(!script.isEmpty, "a FakeTransport needs at least one step")
        self.script = script
        self.clock = clock
        self.latency = latency
    }

    /// Answers every request with `status` and the given body and request id.
    public init(status: Int, body: String = "", requestId: String? = nil) {
        self.init(script: [.respond(.fake(status: status, body: body, requestId: requestId))])
    }

    /// The requests sent so far, oldest first.
    public var requests: [PreparedRequest] { sent.map(\.request) }

    /// Returns once at least `count` requests have been sent: lets a test act while a request is in flight.
    public func waitForRequests(count: Int) async {
        guard sent.count < count else { return }
        await withCheckedContinuation { waiters.append((count, $0)) }
    }

    public func send(_ request: PreparedRequest, timeout: Duration) async throws -> HTTPResponse {
        sent.append(Sent(request: request, timeout: timeout))
        let ready = waiters.filter { $0.count <= sent.count }
        waiters.removeAll { $0.count <= sent.count }
        for waiter in ready { waiter.continuation.resume() }
        let step = script.count > 1 ? script.removeFirst() : script[0]
        if let clock, latency > .zero { await clock.advance(by: latency) }
        switch step {
        case .respond(let response):
            return response
        case .fail(let error):
            throw error
        case .hang:
            // Not a wait for a condition: a request that never gets an answer, ended only by cancellation.
            do {
                try await Task.sleep(for: .seconds(86_400))
            } catch {
                throw TransportError.cancelled
            }
            throw TransportError.timedOut(after: timeout)
        }
    }
}

extension HTTPResponse {
    /// A response with a UTF-8 body and, when given, an `x-bce-request-id` header.
    public static func fake(status: Int, body: String = "", requestId: String? = nil) -> HTTPResponse {
        var headers: [HTTPHeader] = []
        if let requestId { headers.append(HTTPHeader("x-bce-request-id", requestId)) }
        if !body.isEmpty { headers.append(HTTPHeader("Content-Type", "application/json;charset=UTF-8")) }
        return HTTPResponse(status: status, headers: headers, body: Array(body.utf8))
    }

    /// A BCE error answer: `{"code","message","requestId"}` and the same request id in the header.
    public static func bceError(status: Int, code: String, message: String, requestId: String) -> HTTPResponse {
        let body = #"{"code":"\#(code)","message":"\#(message)","requestId":"\#(requestId)"}"#
        return fake(status: status, body: body, requestId: requestId)
    }
}
