import Foundation
import Testing
import TunnelClient
import TunnelCore
import TunnelTesting

@Suite("The submit workflow's decisions: the kept key, refused credentials, outcomes and exit statuses")
struct SubmitWorkflowTests {
    struct Unreadable: Error, LocalizedError {
        var errorDescription: String? { "connection refused" }
    }

    static let refusal = BCEServiceError(
        httpStatus: 403, code: "SignatureDoesNotMatch", message: "bad\u{1B}[2Jsignature", requestId: "req-1")

    @Test("a masked key is replaced by the tunnel's current one")
    func keptSecretComesFromTheTunnel() throws {
        let current = CurrentTunnel(.success(TunnelFixtures.seedExample))
        #expect(try current.keptSecret(for: "t.json") == "ddd22@www")
    }

    @Test("a masked key with no tunnel to read refuses, naming the file and why, as invalid data")
    func keptSecretNeedsTheTunnel() {
        let current = CurrentTunnel(.failure(Unreadable()))
        #expect(throws: SubmitRefusal.maskedSecretUnreadable(file: "t.json", reason: "connection refused")) {
            try current.keptSecret(for: "t.json")
        }
        let refusal = SubmitRefusal.maskedSecretUnreadable(file: "t.json", reason: "connection refused")
        #expect(refusal.exitStatus == 65)
        #expect(refusal.lines.count == 1)
        #expect(refusal.lines[0].contains("t.json") && refusal.lines[0].contains("connection refused"))
    }

    @Test(
        "codes of refused credentials stop the submit; other failures to read do not",
        arguments: [
            ("SignatureDoesNotMatch", true), ("InvalidAccessKeyId", true), ("RequestExpired", true),
            ("InvalidHTTPAuthHeader", true), ("NoSuchVpnConn", false), ("InternalError", false),
        ])
    func credentialsRefused(code: String, stops: Bool) {
        let error = BCEServiceError(httpStatus: 403, code: code, message: "m", requestId: nil)
        let current = CurrentTunnel(.failure(TunnelFetchError.service(error)))
        if stops {
            #expect(throws: SubmitRefusal.credentialsRefused(error)) { try current.checkCredentials() }
        } else {
            #expect(throws: Never.self) { try current.checkCredentials() }
        }
    }

    @Test("refused credentials print the code, a visible message and the request id, and exit 1")
    func credentialsRefusedLines() {
        let refusal = SubmitRefusal.credentialsRefused(Self.refusal)
        #expect(refusal.exitStatus == 1)
        #expect(refusal.lines.first?.contains("SignatureDoesNotMatch") == true)
        #expect(refusal.lines.allSatisfy { !$0.unicodeScalars.contains("\u{1B}") })
        #expect(refusal.lines.contains("request id: req-1"))
    }

    @Test("an invalid file says how many errors, as invalid data")
    func invalidFile() {
        #expect(SubmitRefusal.invalid(file: "t.json", errors: 2).lines == ["nothing sent: t.json has 2 errors"])
        #expect(SubmitRefusal.invalid(file: "t.json", errors: 1).lines == ["nothing sent: t.json has 1 error"])
        #expect(SubmitRefusal.invalid(file: "t.json", errors: 1).exitStatus == 65)
    }

    @Test("the diff is against the tunnel read, and absent when none was")
    func diffAgainstTheTunnelRead() {
        var edited = TunnelFixtures.seedExample
        edited.vpnConnName = "renamed"
        let read = CurrentTunnel(.success(TunnelFixtures.seedExample))
        #expect(read.diff(to: edited)?.isEmpty == false)
        #expect(read.diff(to: TunnelFixtures.seedExample)?.isEmpty == true)
        #expect(CurrentTunnel(.failure(Unreadable())).diff(to: edited) == nil)
    }

    @Test(
        "each outcome has its exit status",
        arguments: [
            (SubmitOutcome.applied(requestId: "r", attempts: 1), Int32(0)),
            (
                .rejected(
                    BCEServiceError(httpStatus: 400, code: "BadRequest", message: "m", requestId: nil), attempts: 1), 1
            ),
            (.rejected(BCEServiceError(httpStatus: 503, code: "Busy", message: "m", requestId: nil), attempts: 3), 69),
            (.unreachable(reason: "timed out", attempts: 3), 69),
            (.cancelled(attempts: 1), 130),
        ])
    func exitStatus(outcome: SubmitOutcome, status: Int32) {
        let report = outcome.report(clientToken: "tok-1", baseURL: "https://bcc.bj.baidubce.com")
        #expect(report.exitStatus == status)
        #expect(report.output.isEmpty == (status != 0))
        // Every failure that may not have reached BCE says how to send again with the same token.
        let mayNotHaveArrived = status == 69 || status == 130
        #expect(report.errors.contains { $0.contains("--client-token tok-1") } == mayNotHaveArrived)
    }

    @Test("an applied update names its attempts and request id; a refusal its code, request id and field")
    func reportLines() {
        let applied = SubmitOutcome.applied(requestId: "req-9", attempts: 2).report(clientToken: "t", baseURL: "u")
        #expect(applied.output == ["Applied after 2 attempts. Request id: req-9"])
        let error = BCEServiceError(
            httpStatus: 400, code: "InvalidParameter", message: "bad", requestId: nil,
            field: FieldPath(.vpnConnName))
        let refused = SubmitOutcome.rejected(error, attempts: 1).report(clientToken: "t", baseURL: "u")
        #expect(
            refused.errors == [
                "error: BCE refused the update: InvalidParameter: bad", "request id: (none returned)",
                "field: vpnConnName",
            ])
    }
}

@Suite("Exit statuses of a tunnel list that cannot be read, and of a watch")
struct ReadingExitStatusTests {
    static func refusal(_ status: Int) -> BCEServiceError {
        BCEServiceError(httpStatus: status, code: "Code", message: "m", requestId: nil)
    }

    @Test(
        "each reason a list cannot be read has its status",
        arguments: [
            (TunnelFetchError.unreachable(reason: "timed out", attempts: 3), Int32(69)),
            (.service(refusal(404)), 65), (.service(refusal(503)), 69), (.service(refusal(403)), 77),
            (.notFound(vpnConnId: "vpnconn-x", vpnId: "vpn-y", available: []), 65),
            (.malformedResponse("not JSON"), 76), (.cancelled, 130),
        ])
    func fetchError(error: TunnelFetchError, status: Int32) {
        #expect(error.exitStatus == status)
    }

    @Test(
        "each ending of a watch has its status",
        arguments: [
            (WatchOutcome.up(elapsed: .seconds(5)), Int32(0)),
            (.timedOut(last: nil, lastFailure: nil, elapsed: .seconds(300)), 1),
            (.timedOut(last: nil, lastFailure: "connection refused", elapsed: .seconds(300)), 69),
            (.cancelled(last: nil, elapsed: .seconds(1)), 130),
            (.refused(refusal(403)), 77), (.failed(.malformedResponse("x")), 76),
        ])
    func watchOutcome(outcome: WatchOutcome, status: Int32) {
        #expect(outcome.exitStatus == status)
    }
}
