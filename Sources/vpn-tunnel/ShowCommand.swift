import ArgumentParser
import TunnelClient
import TunnelCore

/// `vpn-tunnel show`: prints a VPN's tunnels as BCE has them now, as tunnel files.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: CommandLanguage.help(.abstract(.show), at: .abstract),
        discussion: CommandLanguage.help(.discussion(.show), at: .discussion)
    )

    @Option(help: .localized(.option(.vpnIdToRead)))
    var vpnId: String

    @Option(help: .localized(.option(.showVpnConnId)))
    var vpnConnId: String?

    @Flag(help: .localized(.option(.revealSecretKey)))
    var revealSecrets = false

    @Option(help: .localized(.option(.output), valueName: "file"))
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
