import Logging
import TunnelCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Sends one logical request until it gets a final answer: the retry loop shared by every call of the client.
///
/// `makeRequest` is called before each attempt with the time of that attempt, so every attempt carries a fresh
/// signature and `x-bce-date`, while the caller keeps the rest (the clientToken above all) the same.
struct RetryingSender: Sendable {
    /// How a series of attempts ended.
    enum Result: Sendable, Equatable {
        /// A final answer: any 2xx or 4xx, or a 5xx after the last attempt.
        case response(HTTPResponse, attempts: Int)
        case unreachable(reason: String, attempts: Int)
        case cancelled(attempts: Int)
    }

    var transport: any HTTPTransport
    var policy: RetryPolicy
    var clock: any RetryClock
    var random: RandomSource
    var currentDate: @Sendable () -> Date
    var logger: Logger
    /// The language of the reason a series of attempts got no answer.
    var language: Language

    func send(_ makeRequest: (Date) -> PreparedRequest) async -> Result {
        let start = await clock.now()
        var attempt = 0
        while true {
            if Task.isCancelled { return .cancelled(attempts: attempt) }
            attempt += 1
            let remaining = policy.totalTimeout - (await clock.now() - start)
            let request = makeRequest(currentDate())
            let failed: Result
            let reason: String
            do {
                let response = try await transport.send(request, timeout: min(policy.attemptTimeout, remaining))
                logger.debug(
                    "answer",
                    metadata: [
                        "attempt": "\(attempt)", "status": "\(response.status)",
                        "request-id": "\(response.header("x-bce-request-id") ?? "-")",
                    ]
                )
                guard response.isServerError else { return .response(response, attempts: attempt) }
                failed = .response(response, attempts: attempt)
                reason = "HTTP \(response.status)"
            } catch {
                let transportError = (error as? TransportError) ?? .connectionFailed(String(describing: error))
                if transportError == .cancelled || error is CancellationError || Task.isCancelled {
                    return .cancelled(attempts: attempt)
                }
                reason = transportError.text(in: language)
                failed = .unreachable(reason: reason, attempts: attempt)
                logger.debug("no answer", metadata: ["attempt": "\(attempt)", "reason": "\(reason)"])
                guard transportError.isRetryable else { return failed }
            }
            guard attempt < policy.maximumAttempts else { return failed }
            let pause = policy.delay(afterAttempt: attempt, random: random.next())
            // An attempt that could not even start before the deadline would only delay the answer.
            guard await clock.now() - start + pause < policy.totalTimeout else {
                logger.debug("no time left for another attempt", metadata: ["attempt": "\(attempt)"])
                return failed
            }
            logger.debug("retrying", metadata: ["attempt": "\(attempt)", "reason": "\(reason)", "pause": "\(pause)"])
            do {
                try await clock.sleep(for: pause)
            } catch {
                return .cancelled(attempts: attempt)
            }
        }
    }
}
