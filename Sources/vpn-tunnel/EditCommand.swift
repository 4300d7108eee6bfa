import ArgumentParser
import TunnelClient
import TunnelCore
import TunnelTUI

/// `vpn-tunnel edit`: the full-screen form: edit a tunnel, preview the exact request, apply it.
struct EditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: CommandLanguage.help(.abstract(.edit), at: .abstract),
        discussion: CommandLanguage.help(.discussion(.edit), at: .discussion)
    )

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
            throw ValidationError(.optionsTogether("--vpn-id", "--vpn-conn-id"))
        }
        if file != nil && vpnId != nil {
            throw ValidationError(.eitherOption("--file", "--vpn-id/--vpn-conn-id"))
        }
        if let bceGatewayIp, IPv4Address(bceGatewayIp) == nil {
            throw ValidationError(.notIPv4(option: "--bce-gateway-ip", value: bceGatewayIp))
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
                endpoint: resolved.endpoint, credentials: resolved.credentials, transport: transport,
                language: selection.language)
            (client, editorConnection) = (sending, .service(sending))
        case .unsigned(let endpoint, let error):
            // The resolver's own text, in the editor's language, asked of the type itself: asking the error for a
            // conformance (`LocalizedError`, `Translatable`) costs a scan of every conformance record at start-up.
            let reason = error.text(in: selection.language)
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
