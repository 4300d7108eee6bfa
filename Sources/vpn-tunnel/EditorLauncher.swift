import ArgumentParser
import Foundation
import Synchronization
import TunnelClient
import TunnelCore
import TunnelTUI

/// Opens the editor on the real terminal, and gives the terminal back whatever happens.
enum EditorLauncher {
    static func run(
        draft: TunnelDraft, origin: FormModel.Origin, service: any TunnelService, allowsExtendedAlgorithms: Bool,
        notice: String? = nil,
        drafts: DraftStore? = DraftStore.standard(environment: ProcessInfo.processInfo.environment)
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
            draft: draft, origin: origin, size: terminal.size, allowsExtendedAlgorithms: allowsExtendedAlgorithms,
            notice: notice)
        let session = EditorSession(model: model, terminal: terminal, service: service, drafts: drafts)
        session.offerSavedDraft()
        return await session.run()
    }
}

/// Creates the HTTP client on the first request: the editor's first frame must not wait for networking set-up
/// (issue 5), and most sessions send one request at the end, if any.
final class LazyHTTPTransport: HTTPTransport, Sendable {
    private let transport = Mutex<AsyncHTTPTransport?>(nil)

    func send(_ request: PreparedRequest, timeout: Duration) async throws -> HTTPResponse {
        let transport = self.transport.withLock { current in
            if let current { return current }
            let created = AsyncHTTPTransport()
            current = created
            return created
        }
        return try await transport.send(request, timeout: timeout)
    }

    /// Shuts the HTTP client down if one was created.
    func shutdown() async {
        guard let transport = self.transport.withLock({ $0 }) else { return }
        try? await transport.shutdown()
    }
}
