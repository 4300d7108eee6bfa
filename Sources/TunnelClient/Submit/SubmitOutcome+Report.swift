import TunnelCore

/// How a submit ended, for the command line: the lines to print and the exit status.
public struct SubmitReport: Sendable, Equatable {
    /// Lines for standard output.
    public var output: [String] = []
    /// Lines for standard error.
    public var errors: [String] = []
    public var exitStatus: Int32 = 0
}

extension SubmitOutcome {
    /// The report of this outcome of sending with `clientToken` to `baseURL`; a failure that may not have reached
    /// BCE tells how to send again with the same token, so BCE applies the update at most once.
    public func report(clientToken: String, baseURL: String) -> SubmitReport {
        let retryHint = Sanitizer.visible(
            "nothing is lost: run again with --client-token \(clientToken) so BCE applies it at most once")
        let requestId = { (id: String?) in id.map { Sanitizer.visible($0) } ?? "(none returned)" }
        var report = SubmitReport()
        switch self {
        case .applied(let id, let attempts):
            let tries = attempts == 1 ? "" : " after \(attempts) attempts"
            report.output = ["Applied\(tries). Request id: \(requestId(id))"]
        case .rejected(let error, let attempts) where error.isRetryable:
            report.errors = [
                Sanitizer.visible("error: BCE kept failing after \(attempts) attempts: \(error.localizedMessage)"),
                retryHint,
            ]
            report.exitStatus = ExitStatus.unavailable
        case .rejected(let error, _):
            report.errors = [
                Sanitizer.visible("error: BCE refused the update: \(error.code): \(error.message)"),
                "request id: \(requestId(error.requestId))",
            ]
            if let field = error.field { report.errors.append("field: \(field)") }
            report.exitStatus = ExitStatus.failure
        case .unreachable(let reason, let attempts):
            report.errors = [
                Sanitizer.visible(
                    "error: \(baseURL) could not be reached after \(attempts) attempt\(attempts == 1 ? "" : "s"): "
                        + reason),
                retryHint,
            ]
            report.exitStatus = ExitStatus.unavailable
        case .cancelled:
            report.errors = ["cancelled; \(retryHint)"]
            report.exitStatus = ExitStatus.interrupted
        }
        return report
    }
}
