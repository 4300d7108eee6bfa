import TunnelCore

/// A request body as `UpdateBodyReader.draft(from:)` read it, outside the store: the tunnel it holds, or the error
/// to answer once the store has checked what comes first (the tunnel's existence).
struct BodyDraft: Sendable {
    let result: Result<TunnelDraft, EmulatorError>

    init(_ result: Result<TunnelDraft, EmulatorError>) {
        self.result = result
    }
}
