import ArgumentParser
import TunnelClient
import TunnelCore

/// `vpn-tunnel peer-config --file F`: the configuration of the device at the other end of the tunnel.
struct PeerConfigCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "peer-config",
            abstract: CommandLanguage.help(.abstract(.peerConfig), at: .abstract),
            discussion: CommandLanguage.help(.discussion(.peerConfig), at: .discussion)
        )
    }

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
            throw ValidationError("Give --bce-gateway-ip or --gateway-from-bce, not both.")
        }
        if let bceGatewayIp, IPv4Address(bceGatewayIp) == nil {
            throw ValidationError(Sanitizer.visible("--bce-gateway-ip (\(bceGatewayIp)) must be an IPv4 address."))
        }
    }

    @OptionGroup var language: LanguageOption

    func run() async throws {
        let draft = try tunnel.readDraft()
        let report = tunnel.validator.validate(draft)
        guard let update = report.update else {
            for problem in report.errors { StandardError.write(problem.line(in: CommandLanguage.current)) }
            StandardError.write("vpn-tunnel: no peer configuration for a tunnel with errors")
            throw ExitCode(ExitStatus.dataError)
        }
        let gateway = try await gatewayAddress(of: update)
        let text: String
        do throws(PeerConfigError) {
            text = try PeerConfig.render(
                update, bceGatewayIp: gateway, format: format, revealingSecrets: revealSecrets)
        } catch {
            StandardError.write("vpn-tunnel: \(error.localizedMessage)")
            throw ExitCode(ExitStatus.dataError)
        }
        try OutputFile.write(text, to: output)
    }

    /// The address given, or the tunnel's localIp as BCE has it; never one made up.
    private func gatewayAddress(of update: TunnelUpdate) async throws -> String {
        if let bceGatewayIp { return bceGatewayIp }
        guard gatewayFromBce else {
            StandardError.write(
                "vpn-tunnel: BCE's gateway address is not in a tunnel file: give it with --bce-gateway-ip A.B.C.D "
                    + "(the tunnel's localIp, the VPN's EIP), or pass --gateway-from-bce to read it from BCE")
            throw ExitCode(ExitStatus.usage)
        }
        let resolved = try connection.resolve()
        let transport = AsyncHTTPTransport()
        let client = BCETunnelClient(
            endpoint: resolved.endpoint, credentials: resolved.credentials, transport: transport)
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
                StandardError.write(
                    "vpn-tunnel: BCE gave no IPv4 localIp for \(Sanitizer.visible(update.vpnConnId)) "
                        + "(\(Sanitizer.visible(fetched.localIp ?? "none"))): give it with --bce-gateway-ip")
                throw ExitCode(1)
            }
            return localIp
        case .failure(let error):
            StandardError.write("vpn-tunnel: could not read the gateway address: \(error.localizedMessage)")
            if case .unreachable = error { throw ExitCode(ExitStatus.unavailable) }
            throw ExitCode(1)
        }
    }
}

extension PeerConfigFormat: ExpressibleByArgument {}
