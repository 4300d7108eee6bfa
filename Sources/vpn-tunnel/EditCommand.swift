import ArgumentParser
import Foundation
import TunnelCore
import TunnelTUI

/// `vpn-tunnel edit`: the full-screen form: edit a tunnel, preview the exact request, apply it.
struct EditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Edit a tunnel in a full-screen form, preview the exact request and apply it.",
        discussion: """
            Starts from a tunnel file (--file), or from an empty form. Edits are saved as you type under \
            $XDG_STATE_HOME/vpn-tunnel/ (default ~/.local/state/vpn-tunnel/, mode 0600, without the pre-shared key) \
            and offered again the next time the same tunnel is edited. F1 in the form lists every key.
            """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("A tunnel file to start from.", valueName: "path"))
    var file: String?

    @Flag(help: "Accept the extended algorithms (sha2_256/384/512, ipsecPfs disabled) that only Terraform documents.")
    var extendedAlgorithms = false

    func run() async throws {
        var draft = TunnelDraft()
        var origin = FormModel.Origin.empty
        if let file {
            do {
                draft = try TunnelFile.read(path: file)
            } catch {
                StandardError.write("vpn-tunnel: \(error)")
                throw ExitCode(error.isUnreadable ? ExitStatus.noInput : ExitStatus.dataError)
            }
            origin = .file(file)
        }
        let exit = try await EditorLauncher.run(
            draft: draft, origin: origin, service: UnconnectedTunnelService(),
            allowsExtendedAlgorithms: extendedAlgorithms)
        if case .signal(let number) = exit { throw ExitCode(128 + number) }
    }
}

/// Opens the editor on the real terminal, and gives the terminal back whatever happens.
enum EditorLauncher {
    static func run(
        draft: TunnelDraft, origin: FormModel.Origin, service: any TunnelService, allowsExtendedAlgorithms: Bool
    ) async throws -> EditorSession.Exit {
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            StandardError.write("vpn-tunnel: \(error)")
            throw ExitCode(ExitStatus.usage)
        }
        defer { terminal.shutdown() }
        let model = FormModel(
            draft: draft, origin: origin, size: terminal.size, allowsExtendedAlgorithms: allowsExtendedAlgorithms)
        let session = EditorSession(
            model: model, terminal: terminal, service: service,
            drafts: DraftStore.standard(environment: ProcessInfo.processInfo.environment))
        session.offerSavedDraft()
        return await session.run()
    }
}

/// Stands in for the BCE client until it is wired in: previews the unsigned request, and says it cannot send.
// TODO(lead): replace with TunnelClient's BCETunnelClient and ConnectionOptions once the client branch is merged.
private struct UnconnectedTunnelService: TunnelService {
    let endpoint = Endpoint(scheme: "https", host: "bcc.bj.baidubce.com")

    func fetchTunnel(vpnId: String, vpnConnId: String) async throws -> TunnelDraft {
        throw ExitCode(ExitStatus.unavailable)
    }

    func submit(_ update: TunnelUpdate, clientToken: String) async -> SubmitOutcome {
        .unreachable(reason: "this build has no BCE connection configured", attempts: 0)
    }

    func preparedRequest(for update: TunnelUpdate, clientToken: String, date: Date) -> PreparedRequest {
        UpdateRequestBuilder.build(update, clientToken: clientToken, endpoint: endpoint)
    }
}
