import ArgumentParser
import TunnelClient
import TunnelCore
import TunnelEmulator
import TunnelTUI

/// `vpn-tunnel demo`: the whole flow with no cloud account: a local emulator and the editor on one of its tunnels.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: CommandLanguage.help(.abstract(.demo), at: .abstract),
        discussion: CommandLanguage.help(.discussion(.demo), at: .discussion)
    )

    @Option(help: .localized(.option(.demoVpnId), parserNote: true))
    var vpnId = "vpn-s1bpb19cmd8n"

    @Option(help: .localized(.option(.demoVpnConnId), parserNote: true))
    var vpnConnId = "vpnconn-ku4cxya6nisq"

    @Option(help: .localized(.option(.demoState), valueName: "file"))
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
            StandardError.write(.demoDidNotStart(reason: error.message(in: CommandLanguage.current)))
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
