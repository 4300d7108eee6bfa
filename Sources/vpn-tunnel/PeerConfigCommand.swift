import ArgumentParser
import TunnelClient
import TunnelCore

/// `vpn-tunnel peer-config --file F`: the configuration of the device at the other end of the tunnel.
struct PeerConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peer-config",
        abstract: CommandLanguage.help(.abstract(.peerConfig), at: .abstract),
        discussion: CommandLanguage.help(.discussion(.peerConfig), at: .discussion)
    )

    @OptionGroup var tunnel: TunnelFileOptions

    @Option(help: .localized(.option(.peerFormat), parserNote: true))
    var format: PeerConfigFormat = .swanctl

    @Option(help: .localized(.option(.bceGatewayIp), valueName: "ipv4"))
    var bceGatewayIp: String?

    @Flag(help: .localized(.option(.gatewayFromBCE)))
    var gatewayFromBce = false

    @Flag(help: .localized(.option(.revealSecretKey)))
    var revealSecrets = false

    @Option(help: .localized(.option(.output), valueName: "file"))
    var output: String?

    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        if bceGatewayIp != nil && gatewayFromBce {
            throw ValidationError(.eitherOption("--bce-gateway-ip", "--gateway-from-bce"))
        }
        if let bceGatewayIp, IPv4Address(bceGatewayIp) == nil {
            throw ValidationError(.notIPv4(option: "--bce-gateway-ip", value: bceGatewayIp))
        }
    }

    @OptionGroup var language: LanguageOption

    func run() async throws {
        let draft = try tunnel.readDraft()
        let report = tunnel.validator.validate(draft)
        guard let update = report.update else {
            for problem in report.errors { StandardError.write(problem.line(in: CommandLanguage.current)) }
            StandardError.write(.noPeerConfigWithErrors)
            throw ExitCode(ExitStatus.dataError)
        }
        let gateway = try await gatewayAddress(of: update)
        let text: String
        do throws(PeerConfigError) {
            text = try PeerConfig.render(
                update, bceGatewayIp: gateway, format: format, revealingSecrets: revealSecrets)
        } catch {
            StandardError.write(.peerConfigRefused(reason: CommandLanguage.text(.peerConfigError(error))))
            throw ExitCode(ExitStatus.dataError)
        }
        try OutputFile.write(text, to: output)
    }

    /// The address given, or the tunnel's localIp as BCE has it; never one made up.
    private func gatewayAddress(of update: TunnelUpdate) async throws -> String {
        if let bceGatewayIp { return bceGatewayIp }
        guard gatewayFromBce else {
            StandardError.write(.noGatewayAddress)
            throw ExitCode(ExitStatus.usage)
        }
        let resolved = try connection.resolve()
        let transport = AsyncHTTPTransport()
        let client = BCETunnelClient(
            endpoint: resolved.endpoint, credentials: resolved.credentials, transport: transport,
            language: CommandLanguage.current)
        let result: Result<ListedTunnel, TunnelFetchError>
        do throws(TunnelFetchError) {
            result = .success(try await client.fetchTunnelWithGateway(vpnId: update.vpnId, vpnConnId: update.vpnConnId))
        } catch {
            result = .failure(error)
        }
        try? await transport.shutdown()
        switch result {
        case .success(let fetched):
            guard let localIp = fetched.localIp, IPv4Address(localIp) != nil else {
                StandardError.write(.noGatewayInAnswer(tunnel: update.vpnConnId, localIp: fetched.localIp))
                throw ExitCode(1)
            }
            return localIp
        case .failure(let error):
            StandardError.write(.gatewayUnreadable(reason: error.text(in: CommandLanguage.current)))
            if case .unreachable = error { throw ExitCode(ExitStatus.unavailable) }
            throw ExitCode(1)
        }
    }
}

extension PeerConfigFormat: ExpressibleByArgument {}
