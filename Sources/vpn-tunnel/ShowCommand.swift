import ArgumentParser
import TunnelClient
import TunnelCore

/// `vpn-tunnel show`: prints a VPN's tunnels as BCE has them now, as tunnel files.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a VPN's tunnels as tunnel files (the pre-shared key masked unless asked).",
        discussion: """
            With --vpn-conn-id the output is one tunnel file, so that `show ... --reveal-secrets > t.json`, an \
            edit and `submit --file t.json` round-trip. Without it, every tunnel of the VPN is printed as a JSON \
            list of tunnel files.

            --output FILE writes the same text to FILE instead, created owner-only (mode 0600) whether or not the \
            key is revealed (a tunnel's addresses are not for everyone either); a link at FILE is replaced, never \
            followed.

            Exit codes:
              0   printed
            \(TunnelFetchError.exitStatusHelp)
              73  the --output file could not be written
            \(ConnectionOptions.exitCodeHelp)
            """
    )

    @Option(help: "The VPN gateway whose tunnels to read (vpn-…).")
    var vpnId: String

    @Option(help: "Only this tunnel (vpnconn-…).")
    var vpnConnId: String?

    @Flag(help: "Print the pre-shared key in clear (it is masked otherwise).")
    var revealSecrets = false

    @Option(help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup
    var connection: ConnectionOptions

    @OptionGroup var language: LanguageOption

    func run() async throws {
        let resolved = try connection.resolve()
        let transport = AsyncHTTPTransport()
        let client = BCETunnelClient(
            endpoint: resolved.endpoint, credentials: resolved.credentials, transport: transport,
            language: CommandLanguage.current)
        let result: Result<[TunnelDraft], TunnelFetchError>
        do {
            result = .success(try await client.fetchTunnels(vpnId: vpnId))
        } catch {
            result = .failure(error)
        }
        try? await transport.shutdown()
        let text = try tunnels(from: result)
        try OutputFile.write(text, to: output)
    }

    /// The text to print, or the error printed and the exit code thrown.
    private func tunnels(from result: Result<[TunnelDraft], TunnelFetchError>) throws -> String {
        do throws(TunnelFetchError) {
            let all = try result.get()
            guard let vpnConnId else { return TunnelFile.encodeList(all, revealingSecrets: revealSecrets) }
            return TunnelFile.encode(try all.tunnel(vpnConnId, ofVPN: vpnId), revealingSecrets: revealSecrets)
        } catch {
            StandardError.write(.error(reason: error.text(in: CommandLanguage.current)))
            throw ExitCode(error.exitStatus)
        }
    }
}
