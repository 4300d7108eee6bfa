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

    @Flag(help: "Accept the extended algorithms (sha2_256/384/512, ipsecPfs disabled) that only Terraform documents.")
    var extendedAlgorithms = false

    func validate() throws {
        if (vpnId == nil) != (vpnConnId == nil) {
            throw ValidationError("--vpn-id and --vpn-conn-id go together: give both or neither")
        }
        if file != nil && vpnId != nil {
            throw ValidationError("Give --file or --vpn-id/--vpn-conn-id, not both.")
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
        let connected = try connect(transport: transport)
        let client = try? connected.get()
        let start = try startingDraft(client: client)
        let connection: EditorConnection
        var notice: Notice?
        switch connected {
        case .success(let client):
            connection = .service(client)
        case .failure(let error):
            // The resolver's own text: asking the error for a LocalizedError conformance costs a scan of every
            // conformance record of the binary at start-up.
            let reason = Sanitizer.visible(error.errorDescription ?? "\(error)")
            connection = .previewOnly(endpoint: previewEndpoint, reason: reason)
            notice = .warning("cannot send: \(reason)")
        }
        let exit = try await EditorLauncher.run(
            start: start, connection: connection, allowsExtendedAlgorithms: extendedAlgorithms,
            notice: notice)
        if case .signal(let number) = exit { throw ExitCode(128 + number) }
    }

    /// The client that sends, or why there is none. Reading a tunnel from BCE needs one; a file can be edited and
    /// previewed without, and Ctrl-S then says why nothing can be sent.
    private func connect(transport: LazyHTTPTransport) throws -> Result<BCETunnelClient, ConnectionError> {
        let resolved: ResolvedConnection
        if vpnId != nil {
            resolved = try connection.resolve()
        } else {
            do {
                resolved = try ConnectionResolver().resolve(connection.settings)
            } catch {
                // A config file that others can change is refused outright, as every other command refuses it.
                if case .unsafeConfigFile = error {
                    StandardError.write("error: \(Sanitizer.visible(error.errorDescription ?? "\(error)"))")
                    throw ExitCode(error.exitCode)
                }
                return .failure(error)
            }
            for warning in resolved.warnings { StandardError.write("warning: \(Sanitizer.visible(warning))") }
        }
        return .success(
            BCETunnelClient(endpoint: resolved.endpoint, credentials: resolved.credentials, transport: transport))
    }

    /// The endpoint a preview is built for when nothing can be sent: the one --endpoint or --region names, else
    /// Beijing's. Only a preview is built for it; no client is.
    private var previewEndpoint: Endpoint {
        if let url = connection.endpoint, let endpoint = try? Endpoint(url: url) { return endpoint }
        if let endpoint = try? Endpoint.region(connection.region ?? "bj") { return endpoint }
        return Endpoint(scheme: "https", host: "bcc.bj.baidubce.com")
    }

    private func startingDraft(client: BCETunnelClient?) throws -> EditorStart {
        if let file {
            do {
                return .ready(try TunnelFile.read(path: file), .file(file))
            } catch {
                StandardError.write("vpn-tunnel: \(error)")
                throw ExitCode(error.isUnreadable ? ExitStatus.noInput : ExitStatus.dataError)
            }
        }
        if let vpnId, let vpnConnId, let client {
            return .reading(vpnId: vpnId, vpnConnId: vpnConnId, client: client)
        }
        return .ready(TunnelDraft(), .empty)
    }
}
