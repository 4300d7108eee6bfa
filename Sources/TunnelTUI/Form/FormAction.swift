/// What a bound key does; the key map says which keys do what, the form model carries it out.
public enum FormAction: Sendable, Hashable {
    case nextField
    case previousField
    /// Up/Down inside a list: move between rows, and past the first or last row to the neighbouring field.
    case previousRow
    case nextRow
    case preview
    case submit
    case repaint
    case help
    case quit
    case back
    case openChoice
    case toggleReveal
    /// The preview's body: indented for reading, or the exact bytes sent.
    case toggleWireBytes
    case addRow
    case removeRow
    /// The key goes to the focused widget (shown in hints for keys a widget handles, such as an open list's arrows).
    case widget
    case scrollUp
    case scrollDown
    case pageUp
    case pageDown
    case scrollToTop
    case scrollToBottom
    case confirm
    case retry
    case restoreDraft
    case discardDraft
    /// Ctrl-Z: stop the program until the shell continues it.
    case suspend
    /// Move to the next field or row with a problem.
    case nextProblem
    /// Show the configuration of the peer device for the form as it stands.
    case peerConfig
    /// The peer configuration in the next vendor's language.
    case nextFormat
    /// Start typing the path to save the peer configuration to.
    case save
    /// Watch the tunnel's status until it is up (again).
    case watch
}
