import TunnelClient
import TunnelCore

/// What the form screen shows on top of the fields.
public enum FormMode: Sendable, Equatable {
    case form
    case help(scroll: Int)
    case preview(PreviewState)
    /// The configuration of the device at the other end of the tunnel.
    case peerConfig(PeerConfigState)
    /// Asks before sending, beside what the update changes on the tunnel it goes to.
    case confirmSubmit(TunnelUpdate, SubmitTarget)
    case sending(TunnelUpdate)
    case result(SubmitOutcome)
    /// The tunnel watched until it is up: after an applied submit, or asked for by key.
    case watching(WatchView)
    case confirmQuit
    case offerRestore(SavedDraft)
}

/// The tunnel an update goes to, as BCE has it: what the confirmation compares the update with.
public enum SubmitTarget: Sendable, Equatable {
    /// Being read from BCE.
    case reading
    /// As BCE has it (for a tunnel read from BCE, as it was read or last applied).
    case read(TunnelDraft)
    /// It could not be read: why.
    case unreadable(String)
}
