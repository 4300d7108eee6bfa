import ArgumentParser
import TunnelClient
import TunnelCore
import TunnelTUI

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Opens the editor on the real terminal, and gives the terminal back whatever happens.
enum EditorLauncher {
    static func run(
        draft: TunnelDraft, origin: FormModel.Origin, service: any TunnelService, allowsExtendedAlgorithms: Bool,
        notice: String? = nil,
        drafts: DraftStore? = DraftStore.standard(environment: ProcessEnvironment.values(["XDG_STATE_HOME", "HOME"]))
    ) async throws -> EditorSession.Exit {
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            // The error names $TERM, which is not the program's text.
            StandardError.write("vpn-tunnel: \(Sanitizer.visible("\(error)"))")
            // A terminal that cannot draw the form is the environment's setting to change (EX_CONFIG).
            if case .noCursorAddressing = error { throw ExitCode(ExitStatus.config) }
            throw ExitCode(ExitStatus.usage)
        }
        defer { terminal.shutdown() }
        let model = FormModel(
            draft: draft, origin: origin, size: terminal.size, allowsExtendedAlgorithms: allowsExtendedAlgorithms,
            notice: notice)
        let session = EditorSession(model: model, terminal: terminal, service: service, drafts: drafts)
        session.offerSavedDraft()
        return await session.run()
    }
}
