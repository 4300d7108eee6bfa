import ArgumentParser
import TunnelClient
import TunnelCore

/// `vpn-tunnel status`: a VPN's tunnels with their status and health, once or watched until one is up.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: CommandLanguage.help(.abstract(.status), at: .abstract),
        discussion: CommandLanguage.help(.discussion(.status), at: .discussion)
    )

    @Option(help: .localized(.option(.vpnIdToRead)))
    var vpnId: String

    @Option(help: .localized(.option(.statusVpnConnId)))
    var vpnConnId: String?

    @OptionGroup
    var watching: WatchOptions

    @OptionGroup
    var connection: ConnectionOptions

    func validate() throws {
        if watching.watch && vpnConnId == nil {
            throw ValidationError(.watchNeedsTunnel)
        }
    }

    @OptionGroup var language: LanguageOption

    func run() async throws {
        let resolved = try connection.resolve()
        let transport = AsyncHTTPTransport()
        let code: Int32
        if watching.watch, let vpnConnId {
            let client = BCETunnelClient(
                endpoint: resolved.endpoint, credentials: resolved.credentials, transport: transport,
                retryPolicy: WatchSchedule.pollPolicy, language: CommandLanguage.current)
            code = await CommandLineWatch.run(
                service: client, vpnId: vpnId, vpnConnId: vpnConnId, schedule: watching.schedule,
                destination: client.destination)
        } else {
            let client = BCETunnelClient(
                endpoint: resolved.endpoint, credentials: resolved.credentials, transport: transport,
                language: CommandLanguage.current)
            code = await printOnce(client)
        }
        try? await transport.shutdown()
        if code != 0 { throw ExitCode(code) }
    }

    /// Lists the tunnels once and prints a line for each; returns the exit code.
    private func printOnce(_ client: BCETunnelClient) async -> Int32 {
        let tunnels: [ListedTunnel]
        do {
            tunnels = try await client.listTunnels(vpnId: vpnId)
        } catch {
            StandardError.write(.error(reason: error.text(in: CommandLanguage.current)))
            return error.exitStatus
        }
        let shown = tunnels.filter { vpnConnId == nil || $0.draft.vpnConnId == vpnConnId }
        if let vpnConnId, shown.isEmpty {
            let missing = TunnelFetchError.notFound(
                vpnConnId: vpnConnId, vpnId: vpnId, available: tunnels.map(\.draft.vpnConnId))
            StandardError.write(.error(reason: missing.text(in: CommandLanguage.current)))
            return missing.exitStatus
        }
        let idWidth = shown.map(\.draft.vpnConnId.count).max() ?? 0
        let nameWidth = shown.map(\.draft.vpnConnName.count).max() ?? 0
        for tunnel in shown {
            let id = tunnel.draft.vpnConnId.padding(to: idWidth)
            let name = tunnel.draft.vpnConnName.padding(to: nameWidth)
            StandardStream.output.write(Sanitizer.visible("\(id)  \(name)  ") + tunnel.state.description + "\n")
        }
        return shown.allSatisfy(\.state.isUp) ? 0 : 1
    }
}

extension String {
    /// The string with spaces after it up to `width` characters.
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
