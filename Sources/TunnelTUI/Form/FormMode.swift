import TunnelClient
import TunnelCore

/// What the form screen shows on top of the fields.
public enum FormMode: Sendable, Equatable {
    case form
    case help(scroll: Int)
    case preview(PreviewState)
    case confirmSubmit(TunnelUpdate)
    case sending(TunnelUpdate)
    case result(SubmitOutcome)
    case confirmQuit
    case offerRestore(TunnelDraft)
}

/// The preview screen's content and position.
public struct PreviewState: Sendable, Hashable {
    public var lines: [String]
    public var scroll: Int
    public var revealsSecrets: Bool

    public init(lines: [String], scroll: Int = 0, revealsSecrets: Bool = false) {
        self.lines = lines
        self.scroll = scroll
        self.revealsSecrets = revealsSecrets
    }
}

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
    case cancelSubmit
    case discardSavedDraft
}
