/// Where Ctrl-S sends the update, or why it cannot send it.
public enum SendTarget: Sendable, Hashable {
    /// The host (with its port when not the default) the update goes to: the confirmation names it.
    case host(String)
    /// No usable connection (no credentials, a refused endpoint): Ctrl-S says this and sends nothing, while editing
    /// and the preview still work.
    case unavailable(reason: String)

    /// What a model has until its session says otherwise: nothing is sent without a connection.
    public static let none = SendTarget.unavailable(reason: "the editor has no connection to BCE")

    /// The host updates go to; nil when nothing can be sent.
    public var host: String? {
        if case .host(let host) = self { return host }
        return nil
    }
}
