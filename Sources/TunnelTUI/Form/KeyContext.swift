/// Where the keyboard is: which key bindings apply and what the hint line shows.
public enum KeyContext: Sendable, Hashable {
    case textField
    case secretField
    case listField
    case choiceField
    case numberField
    case choiceOpen
    /// The preview: Ctrl-R and the body's view each say what they would switch to.
    case preview(revealsSecrets: Bool, showsWire: Bool)
    case help
    /// The peer configuration screen; Ctrl-R says what it would switch to.
    case peerConfig(revealsSecrets: Bool)
    /// Typing the path the peer configuration is saved to.
    case peerConfigSave
    /// The confirmation; `canSend` is false while the target is read, or when the update would change nothing.
    case confirmSubmit(canSend: Bool)
    case sending
    case result(succeeded: Bool)
    /// Watching the tunnel; `running` until it ended.
    case watching(running: Bool)
    case confirmQuit
    case offerRestore
    case tooSmall
}
