import ArgumentParser
import TunnelClient
import TunnelCore
import TunnelEmulator
import TunnelTUI

/// `vpn-tunnel demo`: the whole flow with no cloud account: a local emulator and the editor on one of its tunnels.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Try the editor against a local BCE emulator: load, edit, preview, submit, see the result.",
        discussion: """
            Starts the emulator in this process on a free 127.0.0.1 port with its demo credentials, reads one of \
            its tunnels and opens the editor on it. Nothing leaves this machine. With --state the emulator writes \
            its tunnels to that file after every change, so what a submit did can be read afterwards.

            After an applied submit the editor watches the tunnel: configuring for --transition-ms, then active, and \
            reachable only while the emulator's simulated peer proposes what the tunnel proposes. Ctrl-O shows the \
            peer's configuration and s saves it; give the saved swanctl.conf to the simulated peer with \
            curl -X PUT --data-binary @FILE http://127.0.0.1:PORT/emulator/peer/VPN_CONN_ID (or a body \
            {"ikeConfig":{...},"ipsecConfig":{...}} in BCE's names), then Ctrl-T watches again.
            """
    )

    @Option(help: "The emulated VPN gateway.")
    var vpnId = "vpn-s1bpb19cmd8n"

    @Option(help: "The emulated tunnel to edit.")
    var vpnConnId = "vpnconn-ku4cxya6nisq"

    @Option(
        help: ArgumentHelp(
            "Keep the emulator's state in this file (default: in memory only).",
            valueName: "file"))
    var state: String?

    @OptionGroup
    var language: LanguageOption

    @OptionGroup
    var transition: TransitionOptions

    func run() async throws {
        // The server must stay quiet: anything it printed would land in the middle of the form.
        let configuration = EmulatorConfiguration(
            stateFile: state, transition: transition.transition, logLevel: .critical)
        let server: EmulatorServer
        do {
            server = try await EmulatorServer.start(configuration)
        } catch {
            StandardError.write(.demoDidNotStart(reason: "\(error)"))
            throw ExitCode(ExitStatus.unavailable)
        }
        let transport = LazyHTTPTransport()
        let exit: EditorSession.Exit
        do {
            // The emulator listens on a loopback address, which the resolver's one check accepts.
            let client = BCETunnelClient(
                endpoint: try ConnectionResolver.sendingEndpoint(
                    url: server.baseURL, source: ConnectionError.sourceName(.emulator)),
                credentials: EmulatorCredentials.demo, transport: transport, language: CommandLanguage.current)
            // A demo has nothing to lose and must start the same way every time: no drafts (its quit question
            // says so).
            let selection = CommandLanguage.selection
            exit = try await EditorLauncher.run(
                start: .reading(vpnId: vpnId, vpnConnId: vpnConnId, client: client), connection: .service(client),
                allowsExtendedAlgorithms: false, language: selection,
                notice: .information(selection.language.text(.demoEmulator(url: server.baseURL))), drafts: nil)
        } catch {
            await transport.shutdown()
            await server.stop()
            if error is ExitCode { throw error }
            StandardError.write(.demoFailed(reason: error.message(in: CommandLanguage.current)))
            throw ExitCode(ExitStatus.unavailable)
        }
        await transport.shutdown()
        await server.stop()
        if case .signal(let number) = exit { throw ExitCode(128 + number) }
    }
}
