/// Keys that trigger one action, and how the hint line and help describe them.
public struct KeyBinding: Sendable, Hashable {
    public let keys: [KeyEvent]
    public let action: FormAction
    /// The hint text (`preview`), or nil for a binding that only the help screen lists.
    public let hint: String?
    /// How many of `keys` the hint names (`Tab` rather than `Tab/Down`).
    public let shownKeys: Int

    public init(_ keys: [KeyEvent], _ action: FormAction, hint: String?, shownKeys: Int = 1) {
        self.keys = keys
        self.action = action
        self.hint = hint
        self.shownKeys = shownKeys
    }

    /// `Ctrl-P`, `Tab/Shift-Tab`.
    public var keyNames: String { keys.prefix(shownKeys).map(\.name).joined(separator: "/") }
    /// All keys, for the help screen: `Tab, Down`.
    public var allKeyNames: String { keys.map(\.name).joined(separator: ", ") }
}
