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
    /// The drafts of a run: the standard store, or none with the reason shown once in the status line.
    static func standardDrafts() -> Result<DraftStore, DraftStore.Unavailable> {
        DraftStore.standard(environment: ProcessEnvironment.values(["XDG_STATE_HOME", "HOME"]))
    }

    /// - Parameter drafts: where drafts are kept; a failure turns them off and its reason joins the notice.
    static func run(
        draft: TunnelDraft, origin: FormModel.Origin, connection: EditorConnection, allowsExtendedAlgorithms: Bool,
        notice: Notice? = nil, drafts: Result<DraftStore, DraftStore.Unavailable>? = standardDrafts()
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
        var notices: [Notice] = []
        var store: DraftStore?
        switch drafts {
        case .success(let opened): store = opened
        // First: a narrow status line cuts the end, and this one says that edits will not survive a cut link.
        case .failure(let unavailable): notices.append(.warning(unavailable.description))
        case nil: break
        }
        if let notice { notices.append(notice) }
        let model = FormModel(
            draft: draft, origin: origin, size: terminal.size, allowsExtendedAlgorithms: allowsExtendedAlgorithms,
            notice: Self.joined(notices))
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
