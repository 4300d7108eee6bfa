/// What a widget did with a key, so the form knows whether to validate again, redraw, or pass the key on.
public enum EditOutcome: Sendable, Hashable {
    /// Not a key for this widget: the form may use it (move focus, say).
    case ignored
    /// Cursor, selection or view changed; the value did not.
    case moved
    /// The value changed.
    case edited
    /// A key other than a digit was refused (nil: a paste); the value did not change. The form says so with the
    /// field's name (`ikeConfig.ikeLifeTime takes digits only: "x" refused`).
    case refused(nonDigit: String?)
}
