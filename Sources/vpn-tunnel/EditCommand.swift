import ArgumentParser
import TunnelClient
import TunnelCore
import TunnelTUI

/// `vpn-tunnel edit`: the full-screen form: edit a tunnel, preview the exact request, apply it.
struct EditCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "edit",
            abstract: CommandLanguage.help(.abstract(.edit), at: .abstract),
            discussion: CommandLanguage.help(.discussion(.edit), at: .discussion)
        )
    }

    @Option(name: .shortAndLong, help: .localized(.option(.editFile), valueName: "path"))
    var file: String?

    @Option(help: .localized(.option(.editVpnId)))
    var vpnId: String?

    @Option(help: .localized(.option(.editVpnConnId)))
    var vpnConnId: String?

    @OptionGroup
    var connection: ConnectionOptions

    @OptionGroup
    var language: LanguageOption

    @Flag(help: .localized(.option(.extendedAlgorithms)))
    var extendedAlgorithms = false

    @Option(help: .localized(.option(.editBCEGatewayIp), valueName: "ipv4"))
    var bceGatewayIp: String?

    func validate() throws {
        if (vpnId == nil) != (vpnConnId == nil) {
            throw ValidationError("--vpn-id and --vpn-conn-id go together: give both or neither")
        }
        if file != nil && vpnId != nil {
            throw ValidationError("Give --file or --vpn-id/--vpn-conn-id, not both.")
        }
        if let bceGatewayIp, IPv4Address(bceGatewayIp) == nil {
            throw ValidationError(Sanitizer.visible("--bce-gateway-ip (\(bceGatewayIp)) must be an IPv4 address."))
        }
    }

    func run() async throws {
        let transport = LazyHTTPTransport()
        do {
            try await edit(transport: transport)
        } catch {
            await transport.shutdown()
            throw error
        }
        await transport.shutdown()
    }

    private func edit(transport: LazyHTTPTransport) async throws {
        // Reading a tunnel from BCE needs a connection; a file can be edited and previewed without one, and Ctrl-S
        // then says why nothing can be sent.
        let target: RequestTarget = vpnId != nil ? .connection(try connection.resolve()) : try connection.target()
        let selection = CommandLanguage.selection
        let client: BCETunnelClient?
        let editorConnection: EditorConnection
        var notice: Notice?
        switch target {
        case .connection(let resolved):
            let sending = BCETunnelClient(
                endpoint: resolved.endpoint, credentials: resolved.credentials, transport: transport)
            (client, editorConnection) = (sending, .service(sending))
        case .unsigned(let endpoint, let error):
            // The resolver's own text: asking the error for a LocalizedError conformance costs a scan of every
            // conformance record of the binary at start-up.
            let reason = Sanitizer.visible(error.errorDescription ?? "\(error)")
            (client, editorConnection) = (nil, .previewOnly(endpoint: endpoint, reason: reason))
            notice = .warning(selection.language.text(.cannotSend(reason: reason)))
        }
        let exit = try await EditorLauncher.run(
            start: try startingDraft(client: client), connection: editorConnection,
            allowsExtendedAlgorithms: extendedAlgorithms, language: selection, notice: notice,
            bceGatewayIp: bceGatewayIp)
        if case .signal(let number) = exit { throw ExitCode(128 + number) }
    }

    private func startingDraft(client: BCETunnelClient?) throws -> EditorStart {
        if let file {
            do {
                return .ready(try TunnelFile.read(path: file), .file(file))
            } catch {
                StandardError.write("vpn-tunnel: \(error.text(in: CommandLanguage.current))")
                throw ExitCode(error.isUnreadable ? ExitStatus.noInput : ExitStatus.dataError)
            }
        }
        if let vpnId, let vpnConnId, let client {
            return .reading(vpnId: vpnId, vpnConnId: vpnConnId, client: client)
        }
        return .ready(TunnelDraft(), .empty)
    }
}
