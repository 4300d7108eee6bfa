import ArgumentParser
import TunnelClient
import TunnelCore
import TunnelTUI

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What the editor opens on.
enum EditorStart {
    case ready(TunnelDraft, FormModel.Origin)
    /// The tunnel as BCE has it, read first on the editor's own screen (what is read and for how long; Esc cancels).
    case reading(vpnId: String, vpnConnId: String, client: BCETunnelClient)
}

/// Opens the editor on the real terminal, and gives the terminal back whatever happens.
enum EditorLauncher {
    /// The drafts of a run: the standard store, or none with the reason shown once in the status line.
    static func standardDrafts() -> Result<DraftStore, DraftStore.Unavailable> {
        DraftStore.standard(environment: ProcessEnvironment.values(["XDG_STATE_HOME", "HOME"]))
    }

    /// - Parameters:
    ///   - language: the editor's language; its note (Chinese asked for where it cannot be drawn) joins the notice.
    ///   - drafts: where drafts are kept; a failure turns them off and its reason joins the notice.
    static func run(
        start: EditorStart, connection: EditorConnection, allowsExtendedAlgorithms: Bool,
        language selection: LanguageSelection, notice: Notice? = nil, bceGatewayIp: String? = nil,
        drafts: Result<DraftStore, DraftStore.Unavailable>? = standardDrafts()
    ) async throws -> EditorSession.Exit {
        let language = selection.language
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            StandardError.write("vpn-tunnel: " + error.text(in: language))
            // A terminal that cannot draw the form is the environment's setting to change (EX_CONFIG).
            if case .noCursorAddressing = error { throw ExitCode(ExitStatus.config) }
            throw ExitCode(ExitStatus.usage)
        }
        defer { terminal.shutdown() }
        let draft: TunnelDraft
        let origin: FormModel.Origin
        var gateway = bceGatewayIp
        switch start {
        case .ready(let ready, let readyOrigin): (draft, origin) = (ready, readyOrigin)
        case .reading(let vpnId, let vpnConnId, let client):
            let message = Sanitizer.visible(
                language.text(.readingTunnel(tunnel: vpnConnId, gateway: vpnId, from: client.destination)))
            let read = await LoadingScreen.run(on: terminal, message: message, language: language) {
                try await client.fetchTunnelWithGateway(vpnId: vpnId, vpnConnId: vpnConnId)
            }
            switch read {
            case .loaded(let tunnel):
                (draft, origin) = (tunnel.draft, .service(tunnel.draft))
                // The tunnel's own gateway address wins over one given on the command line.
                gateway = tunnel.localIp ?? gateway
            case .failed(let error):
                terminal.shutdown()
                StandardError.write(
                    .couldNotRead(tunnel: Sanitizer.visible(vpnConnId), reason: error.message(in: language)))
                throw ExitCode(ExitStatus.unavailable)
            case .cancelled:
                terminal.shutdown()
                StandardError.write(.cancelledReading(tunnel: Sanitizer.visible(vpnConnId)))
                throw ExitCode(1)
            case .signal(let number): throw ExitCode(128 + number)
            }
        }
        var notices: [Notice] = []
        // First of all: it says why the screen is not in the language asked for.
        if let note = selection.note { notices.append(.warning(note)) }
        var store: DraftStore?
        switch drafts {
        case .success(let opened): store = opened
        // First: a narrow status line cuts the end, and this one says that edits will not survive a cut link.
        case .failure(let unavailable):
            notices.append(.warning(language.text(.draftsOff(reason: unavailable.reason(in: language)))))
        case nil: break
        }
        if let notice { notices.append(notice) }
        let model = FormModel(
            draft: draft, origin: origin, size: terminal.size, allowsExtendedAlgorithms: allowsExtendedAlgorithms,
            notice: Self.joined(notices), bceGatewayIp: gateway, language: language)
        let session = EditorSession(model: model, terminal: terminal, connection: connection, drafts: store)
        session.offerSavedDraft()
        return await session.run()
    }

    /// Several start notices as one, as serious as the most serious of them.
    private static func joined(_ notices: [Notice]) -> Notice? {
        guard let kind = notices.map(\.kind).max() else { return nil }
        return Notice(notices.map(\.text).joined(separator: "; "), kind: kind)
    }
}
