import TunnelCore

/// A draft as read back from its file: the values, and whether the pre-shared key had been changed.
///
/// The key itself is never in a draft file; when the operator had changed it, the restored form must say that it
/// has to be typed again rather than silently keep the key it was loaded with.
public struct SavedDraft: Sendable, Equatable {
    /// The saved values; `secretKey` is always empty.
    public var draft: TunnelDraft
    /// The key differed from the one loaded when the draft was saved.
    public var secretKeyChanged: Bool

    public init(draft: TunnelDraft, secretKeyChanged: Bool = false) {
        self.draft = draft
        self.secretKeyChanged = secretKeyChanged
    }
}
