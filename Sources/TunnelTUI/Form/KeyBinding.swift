import TunnelCore

/// Keys that trigger one action, and how the hint line and help describe them.
public struct KeyBinding: Sendable, Hashable {
    public let keys: [KeyEvent]
    public let action: FormAction
    /// The hint's text in the catalog (`.preview`), or nil for a binding that only the help screen lists.
    public let hint: Text.KeyText?
    /// How many of `keys` the hint names (`Tab` rather than `Tab/Down`).
    public let shownKeys: Int
    /// The hint's key text when it names a pair of bindings at once (`Up/Down` for scroll up and down).
    public let label: String?

    public init(_ keys: [KeyEvent], _ action: FormAction, hint: Text.KeyText?, shownKeys: Int = 1, label: String? = nil)
    {
        self.keys = keys
        self.action = action
        self.hint = hint
        self.shownKeys = shownKeys
        self.label = label
    }

    /// `Ctrl-P`, `Up/Down`.
    public var keyNames: String { label ?? keys.prefix(shownKeys).map(\.name).joined(separator: "/") }
    /// All keys, for the help screen: `Tab, Down`.
    public var allKeyNames: String { keys.map(\.name).joined(separator: ", ") }
}
