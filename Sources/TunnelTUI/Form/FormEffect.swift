import TunnelCore

/// Work the form asks its session to do: everything that is not pure state (I/O, the network, the terminal).
public enum FormEffect: Sendable, Equatable {
    /// Redraw every cell (Ctrl-L).
    case repaint
    case bell
    case quit
    /// The draft changed: save it soon.
    case draftChanged
    /// Build the preview of this update with this client token, then call `showPreview`.
    case buildPreview(TunnelUpdate, clientToken: String, revealingSecrets: Bool)
    case submit(TunnelUpdate, clientToken: String)
    /// Read the tunnel an update goes to from BCE, then call `receiveTarget`.
    case readTarget(vpnId: String, vpnConnId: String)
    case cancelSubmit
    /// Watch the tunnel until it is up, calling `receiveWatch` with each change and `finishWatch` at the end.
    case watchTunnel(vpnId: String, vpnConnId: String, timeout: Duration)
    /// Stop the watch in progress (its result is ignored).
    case stopWatching
    /// Stop the program until the shell continues it (Ctrl-Z), then redraw everything.
    case suspend
    case discardSavedDraft
    /// Write the peer configuration to a file (mode 0600), then call `peerConfigSaved`.
    case savePeerConfig(text: String, path: String)
}
