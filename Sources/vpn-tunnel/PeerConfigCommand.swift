import ArgumentParser
import TunnelClient
import TunnelCore

/// `vpn-tunnel peer-config --file F`: the configuration of the device at the other end of the tunnel.
struct PeerConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peer-config",
        abstract: "Print the configuration of the peer device (strongSwan, libreswan, Cisco, Juniper, Huawei).",
        discussion: """
            The peer's proposal, lifetimes, IKE version and mode are the tunnel file's, in the vendor's names; its \
            local networks are the file's remoteSubnets and its remote networks the file's localSubnets. Its remote \
            address is BCE's gateway address, which a tunnel file does not hold: give it with --bce-gateway-ip, or \
            pass --gateway-from-bce to read the tunnel's localIp from BCE (the file's vpnId and vpnConnId, with the \
            connection options of show). A value the vendor has no equivalent for is refused, never guessed. The \
            pre-shared key is masked unless --reveal-secrets. --output FILE writes owner-only (mode 0600); a link \
            at FILE is replaced, never followed.

            Exit codes:
              0   printed
              1   (--gateway-from-bce) BCE refused the request, has no such tunnel, or gave no localIp
              64  no gateway address, or a bad option
              65  the tunnel has an error, or the vendor cannot express one of its values
              66  the file cannot be read
              69  BCE could not be reached after the retries (--gateway-from-bce)
              73  the --output file could not be written
            \(ConnectionOptions.exitCodeHelp)
            """
    )

    @OptionGroup var tunnel: TunnelFileOptions

    @Option(help: "The peer's kind: strongSwan, libreswan, Cisco IOS, Juniper SRX or Huawei AR/USG.")
    var format: PeerConfigFormat = .swanctl

    @Option(help: ArgumentHelp("BCE's gateway address (the tunnel's localIp, the VPN's EIP).", valueName: "ipv4"))
    var bceGatewayIp: String?

    @Flag(help: "Read BCE's gateway address from the tunnel as BCE has it (its localIp).")
    var gatewayFromBce = false

    @Flag(help: "Print the pre-shared key in clear (it is masked otherwise).")
    var revealSecrets = false

    @Option(help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "file"))
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
