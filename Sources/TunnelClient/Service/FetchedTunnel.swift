import TunnelCore

/// A tunnel as BCE lists it: the editable draft, and BCE's side of it, which no update changes.
public struct FetchedTunnel: Sendable, Hashable {
    public var draft: TunnelDraft
    /// The tunnel's `localIp`: the VPN gateway's public address (its EIP), the peer's remote address. Nil when
    /// the answer has none.
    public var localIp: String?

    public init(draft: TunnelDraft, localIp: String?) {
        self.draft = draft
        self.localIp = localIp
    }
}
