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
        abstract: CommandLanguage.help(.abstract(.submit), at: .abstract),
        discussion: CommandLanguage.help(.discussion(.submit), at: .discussion)
    )

    @OptionGroup
    var tunnelFile: TunnelFileOptions

    @OptionGroup
    var connection: ConnectionOptions

    @Option(help: .localized(.option(.submitClientToken)))
    var clientToken: String?

    @Flag(name: .shortAndLong, help: .localized(.option(.yes)))
    var yes = false

    @Flag(help: .localized(.option(.force)))
    var force = false

    @OptionGroup
    var watching: WatchOptions

    @OptionGroup var language: LanguageOption

    func run() async throws {
        let draft = try tunnelFile.readDraft()
        let token = try idempotenceToken(fileToken: draft.clientToken)
        let transport = AsyncHTTPTransport()
        let sent: (outcome: SubmitOutcome, connection: ResolvedConnection)?
        do {
            sent = try await send(draft, clientToken: token, transport: transport)
        } catch let refusal as SubmitRefusal {
            try? await transport.shutdown()
            for line in refusal.lines(in: CommandLanguage.current) { StandardError.write(line) }
            throw ExitCode(refusal.exitStatus)
        } catch {
            try? await transport.shutdown()
            throw error
        }
        guard let sent else {
            try? await transport.shutdown()
            return
        }
        let report = sent.outcome.report(
            clientToken: token, baseURL: sent.connection.endpoint.baseURL, language: CommandLanguage.current)
        for line in report.output { Self.say(line) }
        for line in report.errors { StandardError.write(line) }
        guard report.exitStatus == 0, watching.watch else {
            try? await transport.shutdown()
            if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
            return
        }
        let watcher = BCETunnelClient(
            endpoint: sent.connection.endpoint, credentials: sent.connection.credentials, transport: transport,
            retryPolicy: WatchSchedule.pollPolicy, language: CommandLanguage.current)
        let code = await CommandLineWatch.run(
            service: watcher, vpnId: draft.vpnId, vpnConnId: draft.vpnConnId, schedule: watching.schedule,
            destination: sent.connection.endpoint.hostHeader)
        try? await transport.shutdown()
        if code != 0 { throw ExitCode(code) }
    }

    /// Validates, shows the diff, asks, and sends; nil when the tunnel already has the file's values.
    private func send(_ file: TunnelDraft, clientToken: String, transport: AsyncHTTPTransport) async throws
        -> (outcome: SubmitOutcome, connection: ResolvedConnection)?
    {
        var draft = file
        // A file saved from `show` without --reveal-secrets holds the mask: it means "keep the current key", so
        // the tunnel must be read (and so credentials resolved) before the file can be validated.
        var current: CurrentTunnel?
        var connection: ResolvedConnection?
        if draft.secretKey == TunnelFile.maskedSecret {
            let early = try self.connection.resolve()
            let tunnel = await read(draft, connection: early, transport: transport)
            draft.secretKey = try tunnel.keptSecret(for: tunnelFile.file, language: CommandLanguage.current)
            StandardError.write(.maskedSecretKept(file: tunnelFile.file))
            (current, connection) = (tunnel, early)
        }
        let update = try validated(draft)
        let resolved = try connection ?? self.connection.resolve()
        let tunnel: CurrentTunnel
        if let current {
            tunnel = current
        } else {
            tunnel = await read(draft, connection: resolved, transport: transport)
        }
        try tunnel.checkCredentials()
        if let diff = tunnel.diff(to: draft) {
            if diff.isEmpty && !force {
                Self.say(.noChanges(tunnel: draft.vpnConnId))
                return nil
            }
            Self.say(.changesTo(tunnel: draft.vpnConnId, name: draft.vpnConnName))
            if diff.isEmpty { Self.say(.noChangesLine, indented: true) }
            for change in diff.changes { Self.say("  " + CommandLanguage.text(.change(change))) }
        } else if case .failure(let error) = tunnel.result {
            StandardError.write(.currentUnreadable(reason: error.message(in: CommandLanguage.current)))
        }
        try confirm(update)
        let client = BCETunnelClient(
            endpoint: resolved.endpoint, credentials: resolved.credentials, transport: transport,
            language: CommandLanguage.current)
        Self.say(.sendingUpdate(tunnel: update.vpnConnId, url: resolved.endpoint.baseURL, clientToken: clientToken))
        return (await client.submit(update, clientToken: clientToken), resolved)
    }

    /// The draft's valid update, or every problem printed and the refusal thrown.
    private func validated(_ draft: TunnelDraft) throws(SubmitRefusal) -> TunnelUpdate {
        let report = tunnelFile.validator.validate(draft)
        for problem in report.problems { StandardError.write(problem.description(in: CommandLanguage.current)) }
        guard let update = report.update, !report.hasErrors else {
            throw .invalid(file: tunnelFile.file, errors: report.errors.count)
        }
        return update
    }

    private func read(
        _ draft: TunnelDraft, connection: ResolvedConnection, transport: AsyncHTTPTransport
    ) async -> CurrentTunnel {
        await CurrentTunnel.read(
            vpnId: draft.vpnId, vpnConnId: draft.vpnConnId, endpoint: connection.endpoint,
            credentials: connection.credentials, transport: transport, language: CommandLanguage.current)
    }

    /// The token every attempt carries: the flag, the file's, or a new one.
    private func idempotenceToken(fileToken: String) throws -> String {
        guard let clientToken else { return fileToken.isEmpty ? ClientToken.generate() : fileToken }
        if let rule = ClientToken.rule(for: clientToken) {
            StandardError.write(.invalidClientToken(token: clientToken, rule: CommandLanguage.text(.rule(rule))))
            throw ExitCode(ExitStatus.usage)
        }
        return clientToken
    }

    /// Asks before sending unless `--yes`; refuses without a terminal to ask at.
    private func confirm(_ update: TunnelUpdate) throws {
        guard !yes else { return }
        guard isatty(STDIN_FILENO) == 1 else {
            StandardError.write(.cannotConfirm)
            throw ExitCode(ExitStatus.usage)
        }
        StandardStream.error.write(
            CommandLanguage.text(.command(.confirmApply(tunnel: Sanitizer.visible(update.vpnConnId)))))
        let answer = readLine()?.trimmingWhitespace().lowercased()
        guard answer == "y" || answer == "yes" else {
            StandardError.write(.nothingSent)
            throw ExitCode(1)
        }
    }

    /// Writes a line to standard output at once: unbuffered even into a pipe, so the diff and progress stay in
    /// order with the errors on standard error.
    private static func say(_ line: String) {
        StandardStream.output.write(line + "\n")
    }

    /// `say` for a message of the catalog, in the run's language, through `Sanitizer` (it names the file's values).
    private static func say(_ text: CommandText, indented: Bool = false) {
        say((indented ? "  " : "") + Sanitizer.visible(CommandLanguage.text(.command(text))))
    }
}
