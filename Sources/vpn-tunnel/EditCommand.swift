import ArgumentParser
import TunnelClient
import TunnelCore
import TunnelTUI

/// `vpn-tunnel edit`: the full-screen form: edit a tunnel, preview the exact request, apply it.
struct EditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Edit a tunnel in a full-screen form, preview the exact request and apply it.",
        discussion: """
            Starts from a tunnel file (--file), from the tunnel as BCE has it now (--vpn-id and --vpn-conn-id), or \
            from an empty form. Edits are saved as you type under $XDG_STATE_HOME/vpn-tunnel/ (default \
            ~/.local/state/vpn-tunnel/, mode 0600, without the pre-shared key) and offered again the next time the \
            same tunnel is edited. F1 in the form lists every key.

            Credentials: the flags, then --profile, then BCE_ACCESS_KEY_ID / BCE_SECRET_ACCESS_KEY / \
            BCE_SECURITY_TOKEN / BCE_REGION, then the current profile of ~/.bce/config.json. Without credentials, or \
            with an endpoint that is refused (plain http:// to a host other than a loopback address or localhost, \
            without --allow-insecure-http), a file can still be edited and previewed (unsigned), but not sent: \
            Ctrl-S says why.

            Exit codes:
              0   the editor was closed
              1   reading the tunnel from BCE was cancelled (Esc); nothing was changed
              65  the tunnel file is invalid; 66 it cannot be read
              69  the tunnel could not be read from BCE
              129, 143  the terminal hung up or the editor was terminated (the draft was saved)
            \(ConnectionOptions.exitCodeHelp)
            """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("A tunnel file to start from.", valueName: "path"))
    var file: String?

    @Option(help: "The VPN gateway of the tunnel to read from BCE (with --vpn-conn-id).")
    var vpnId: String?

    @Option(help: "The tunnel to read from BCE (with --vpn-id).")
    var vpnConnId: String?

    @OptionGroup
    var connection: ConnectionOptions

    @OptionGroup
    var language: LanguageOption

    @Flag(help: "Accept the extended algorithms (sha2_256/384/512, ipsecPfs disabled) that only Terraform documents.")
    var extendedAlgorithms = false

    @Option(
        help: ArgumentHelp(
            "BCE's gateway address, for the peer configuration (Ctrl-O) of a tunnel file; a tunnel read from BCE "
                + "has its own.", valueName: "ipv4"))
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
