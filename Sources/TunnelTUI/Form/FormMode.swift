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
    case offerRestore(SavedDraft)
}
