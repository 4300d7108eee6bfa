/// How a submitted update ended.
public enum SubmitOutcome: Sendable, Equatable {
    /// BCE applied the update (2xx).
    case applied(requestId: String?, attempts: Int)
    /// BCE refused it: a 4xx, or a 5xx after the last retry.
    case rejected(BCEServiceError, attempts: Int)
    /// No answer after the retries: the network failed or every attempt timed out.
    case unreachable(reason: String, attempts: Int)
    /// The task was cancelled (the operator pressed Esc) before an answer arrived.
    case cancelled(attempts: Int)

    /// How many requests were sent (or tried).
    public var attempts: Int {
        switch self {
        case .applied(_, let attempts), .rejected(_, let attempts), .unreachable(_, let attempts),
            .cancelled(let attempts):
            attempts
        }
    }
}
