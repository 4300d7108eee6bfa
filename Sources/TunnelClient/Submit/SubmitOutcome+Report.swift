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
    /// The report of this outcome of sending with `clientToken` to `baseURL`, in `language`; a failure that may not
    /// have reached BCE tells how to send again with the same token, so BCE applies the update at most once. BCE's code
    /// and message stay as BCE wrote them.
    public func report(clientToken: String, baseURL: String, language: Language = .en) -> SubmitReport {
        let line = { (text: CommandText) in Sanitizer.visible(language.text(.command(text))) }
        var report = SubmitReport()
        switch self {
        case .applied(let id, let attempts):
            report.output = [line(.applied(requestId: id, attempts: attempts))]
        case .rejected(let error, let attempts) where error.isRetryable:
            report.errors = [
                line(.keptFailing(attempts: attempts, reason: error.text(in: language))),
                line(.retryHint(clientToken: clientToken)),
            ]
            report.exitStatus = ExitStatus.unavailable
        case .rejected(let error, _):
            report.errors = [
                line(.updateRefused(code: error.code, message: error.message)), line(.requestIdLine(error.requestId)),
            ]
            if let field = error.field { report.errors.append(line(.fieldLine(field: "\(field)"))) }
            report.exitStatus = ExitStatus.failure
        case .unreachable(let reason, let attempts):
            report.errors = [
                line(.submitUnreachable(url: baseURL, attempts: attempts, reason: reason)),
                line(.retryHint(clientToken: clientToken)),
            ]
            report.exitStatus = ExitStatus.unavailable
        case .cancelled:
            report.errors = [line(.cancelledRetryHint(clientToken: clientToken))]
            report.exitStatus = ExitStatus.interrupted
        }
        return report
    }
}
