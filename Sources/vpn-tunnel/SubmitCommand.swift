import ArgumentParser
import TunnelClient
import TunnelCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `vpn-tunnel submit`: validates a tunnel file, shows what it changes, and applies it with "Update VPN tunnel".
struct SubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Validate a tunnel file and apply it to BCE with the Update VPN tunnel API.",
        discussion: """
            Nothing is sent while the file has an error. The diff against the tunnel as BCE has it now is shown \
            when it can be read; then the command asks before sending, unless --yes is given (without a terminal \
            on standard input it refuses to send without --yes). A failed attempt is retried with the same client \
            token, so BCE applies the update at most once; to retry a whole submit later, pass the token it printed \
            with --client-token. A secretKey of ******** (as `show` writes it without --reveal-secrets) keeps \
            the tunnel's current key.

            Credentials: the flags, then --profile, then BCE_ACCESS_KEY_ID / BCE_SECRET_ACCESS_KEY / \
            BCE_SECURITY_TOKEN / BCE_REGION, then the current profile of ~/.bce/config.json.

            An update that changes nothing on the tunnel as BCE has it is not sent ("no changes", exit 0) \
            unless --force is given.

            With --watch, an applied update is followed by a watch of the tunnel, as `status --watch` does: each \
            change of its status and healthStatus with the time elapsed, until it is active and reachable, \
            --timeout (default 5m) or Ctrl-C; the command then exits with the watch's code (below).

            Exit codes:
              0   the update was applied, or there was nothing to change
              1   BCE refused the update or key pair (answer printed), or you declined
              65  the tunnel file is invalid; nothing was sent
              66  the tunnel file cannot be read; nothing was sent
              69  BCE could not be reached, or kept failing (5xx), after the retries
            \(ConnectionOptions.exitCodeHelp)

            Exit codes of --watch, once the update was applied:
            \(WatchOptions.exitCodeHelp)
            """
    )

    @OptionGroup
    var tunnelFile: TunnelFileOptions

    @OptionGroup
    var connection: ConnectionOptions

    @Option(help: "The idempotence token (default: the file's clientToken, else a new one).")
    var clientToken: String?

    @Flag(name: .shortAndLong, help: "Send without asking.")
    var yes = false

    @Flag(help: "Send even when the tunnel on BCE already has the file's values.")
    var force = false

    @OptionGroup
    var watching: WatchOptions

    func run() async throws {
        var draft = try tunnelFile.readDraft()
        let token = try idempotenceToken(fileToken: draft.clientToken)
        // A file saved from `show` without --reveal-secrets holds the mask: it means "keep the current key", so
        // the tunnel must be read (and so credentials resolved) before the file can be validated.
        let keepsSecret = draft.secretKey == TunnelFile.maskedSecret
        let early = keepsSecret ? try connection.resolve() : nil
        let transport = AsyncHTTPTransport()
        let outcome: SubmitOutcome
        let endpoint: SendingEndpoint
        let watchTarget: (service: BCETunnelClient, update: TunnelUpdate)
        do {
            var current: Result<TunnelDraft, any Error>?
            if let early {
                current = await readCurrent(of: draft, connection: early, transport: transport)
                draft.secretKey = try keptSecret(from: current)
            }
            let update = try validated(draft)
            let connection = try early ?? self.connection.resolve()
            endpoint = connection.endpoint
            if current == nil { current = await readCurrent(of: draft, connection: connection, transport: transport) }
            if let current {
                try stopIfCredentialsRefused(current)
                showDiff(of: draft, against: current)
                if !force, case .success(let tunnel) = current, TunnelDiff(from: tunnel, to: draft).isEmpty {
                    Self.say(
                        Sanitizer.visible(
                            "no changes: \(draft.vpnConnId) on BCE already has these values; nothing sent "
                                + "(--force sends anyway)"))
                    try? await transport.shutdown()
                    return
                }
            }
            try confirm(update)
            let client = BCETunnelClient(
                endpoint: connection.endpoint, credentials: connection.credentials, transport: transport
            )
            Self.say(
                Sanitizer.visible(
                    "Sending the update of \(update.vpnConnId) to \(endpoint.baseURL) (client token \(token))"))
            outcome = await client.submit(update, clientToken: token)
            watchTarget = (
                BCETunnelClient(
                    endpoint: connection.endpoint, credentials: connection.credentials, transport: transport,
                    retryPolicy: WatchSchedule.pollPolicy),
                update
            )
            try report(outcome, token: token, endpoint: endpoint)
        } catch {
            try? await transport.shutdown()
            throw error
        }
        guard watching.watch else {
            try? await transport.shutdown()
            return
        }
        let code = await CommandLineWatch.run(
            service: watchTarget.service, vpnId: watchTarget.update.vpnId, vpnConnId: watchTarget.update.vpnConnId,
            schedule: watching.schedule, destination: endpoint.hostHeader)
        try? await transport.shutdown()
        if code != 0 { throw ExitCode(code) }
    }

    /// The draft's valid update, or every problem printed and exit 65.
    private func validated(_ draft: TunnelDraft) throws -> TunnelUpdate {
        let report = tunnelFile.validator.validate(draft)
        for problem in report.problems { StandardError.write(problem.description) }
        guard let update = report.update, !report.hasErrors else {
            let count = report.errors.count
            StandardError.write(
                Sanitizer.visible("nothing sent: \(tunnelFile.file) has \(count) error\(count == 1 ? "" : "s")"))
            throw ExitCode(ExitStatus.dataError)
        }
        return update
    }

    /// The tunnel as BCE has it now, in one quick try: the submit that follows has its own retries.
    private func readCurrent(
        of draft: TunnelDraft, connection: ResolvedConnection, transport: AsyncHTTPTransport
    ) async -> Result<TunnelDraft, any Error> {
        let reader = BCETunnelClient(
            endpoint: connection.endpoint, credentials: connection.credentials, transport: transport,
            retryPolicy: RetryPolicy(maximumAttempts: 1, attemptTimeout: .seconds(10), totalTimeout: .seconds(10))
        )
        do {
            return .success(try await reader.fetchTunnel(vpnId: draft.vpnId, vpnConnId: draft.vpnConnId))
        } catch {
            return .failure(error)
        }
    }

    /// The current pre-shared key, for a file that has it masked; exit 65 when it cannot be read.
    private func keptSecret(from current: Result<TunnelDraft, any Error>?) throws -> String {
        switch current {
        case .success(let tunnel)?:
            StandardError.write(
                Sanitizer.visible("note: secretKey is masked in \(tunnelFile.file); keeping the tunnel's current key"))
            return tunnel.secretKey
        case .failure(let error)?:
            StandardError.write(
                "error: secretKey is masked in \(Sanitizer.visible(tunnelFile.file)) and the current key could not be read "
                    + "(\(error.localizedMessage)); write the key into the file"
            )
            throw ExitCode(ExitStatus.dataError)
        case nil:
            return TunnelFile.maskedSecret
        }
    }

    /// The token every attempt carries: the flag, the file's, or a new one.
    private func idempotenceToken(fileToken: String) throws -> String {
        guard let clientToken else { return fileToken.isEmpty ? ClientToken.generate() : fileToken }
        if let rule = ClientToken.problem(with: clientToken) {
            StandardError.write(Sanitizer.visible("error: --client-token (\(clientToken)) \(rule)"))
            throw ExitCode(ExitStatus.usage)
        }
        return clientToken
    }

    /// BCE's codes for a request whose credentials or signature it does not accept: an update would be refused
    /// the same way, so nothing is sent.
    static let credentialErrorCodes: Set = [
        "SignatureDoesNotMatch", "InvalidAccessKeyId", "RequestExpired", "InvalidHTTPAuthHeader",
    ]

    /// Exits 1 when reading the tunnel showed that BCE refuses these credentials.
    private func stopIfCredentialsRefused(_ current: Result<TunnelDraft, any Error>) throws {
        guard case .failure(TunnelFetchError.service(let error)) = current,
            Self.credentialErrorCodes.contains(error.code)
        else { return }
        StandardError.write(Sanitizer.visible("error: BCE refused the credentials: \(error.code): \(error.message)"))
        StandardError.write("request id: \(error.requestId.map { Sanitizer.visible($0) } ?? "(none returned)")")
        StandardError.write("nothing sent: fix the access key pair (see --help for where it comes from)")
        throw ExitCode(1)
    }

    /// Prints what the update changes; a tunnel that cannot be read only costs the diff.
    private func showDiff(of edited: TunnelDraft, against current: Result<TunnelDraft, any Error>) {
        switch current {
        case .success(let tunnel):
            Self.say(Sanitizer.visible("Changes to \(edited.vpnConnId) (\(edited.vpnConnName)):"))
            for line in TunnelDiff(from: tunnel, to: edited).lines { Self.say("  " + line) }
        case .failure(let error):
            StandardError.write(
                "note: the current tunnel could not be read, so no diff is shown: \(error.localizedMessage)"
            )
        }
    }

    /// Asks before sending unless `--yes`; refuses without a terminal to ask at.
    private func confirm(_ update: TunnelUpdate) throws {
        guard !yes else { return }
        guard isatty(STDIN_FILENO) == 1 else {
            StandardError.write(
                "error: standard input is not a terminal, so the update cannot be confirmed; pass --yes to send it"
            )
            throw ExitCode(ExitStatus.usage)
        }
        StandardStream.error.write("Apply this update of \(Sanitizer.visible(update.vpnConnId)) now? [y/N] ")
        let answer = readLine()?.trimmingWhitespace().lowercased()
        guard answer == "y" || answer == "yes" else {
            StandardError.write("nothing sent")
            throw ExitCode(1)
        }
    }

    /// Prints how the submit ended and exits with its code.
    private func report(_ outcome: SubmitOutcome, token: String, endpoint: SendingEndpoint) throws {
        let retryHint = "nothing is lost: run again with --client-token \(token) so BCE applies it at most once"
        switch outcome {
        case .applied(let requestId, let attempts):
            let tries = attempts == 1 ? "" : " after \(attempts) attempts"
            Self.say("Applied\(tries). Request id: \(requestId.map { Sanitizer.visible($0) } ?? "(none returned)")")
        case .rejected(let error, let attempts) where error.isRetryable:
            StandardError.write(
                "error: BCE kept failing after \(attempts) attempts: \(error.localizedMessage)"
            )
            StandardError.write(retryHint)
            throw ExitCode(ExitStatus.unavailable)
        case .rejected(let error, _):
            StandardError.write(Sanitizer.visible("error: BCE refused the update: \(error.code): \(error.message)"))
            StandardError.write("request id: \(error.requestId.map { Sanitizer.visible($0) } ?? "(none returned)")")
            if let field = error.field { StandardError.write("field: \(field)") }
            throw ExitCode(1)
        case .unreachable(let reason, let attempts):
            StandardError.write(
                "error: \(endpoint.baseURL) could not be reached after \(attempts) attempt"
                    + "\(attempts == 1 ? "" : "s"): \(Sanitizer.visible(reason))"
            )
            StandardError.write(retryHint)
            throw ExitCode(ExitStatus.unavailable)
        case .cancelled:
            StandardError.write("cancelled; \(retryHint)")
            throw ExitCode(130)
        }
    }

    /// Writes a line to standard output at once: unbuffered even into a pipe, so the diff and progress stay in
    /// order with the errors on standard error.
    private static func say(_ line: String) {
        StandardStream.output.write(line + "\n")
    }
}
